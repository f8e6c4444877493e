package io.lotkit.core.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Reads fields from a parsed JSON tree for the Lotkit deserializers, turning every problem into a Jackson
 * exception whose message names the field by its path (e.g. {@code Lot.origin.supplierLotNumber}).
 *
 * <p>Not thread-safe: one instance serves one {@code deserialize} call.
 */
final class JsonInput {

    private final JsonParser parser;
    private final DeserializationContext context;

    JsonInput(JsonParser parser, DeserializationContext context) {
        this.parser = parser;
        this.context = context;
    }

    /** Requires {@code node} to be a JSON object, and refuses unknown fields when the mapper is set to. */
    JsonNode object(JsonNode node, String path, Class<?> type, Set<String> knownFields) throws IOException {
        if (node == null || !node.isObject()) {
            throw mismatch(type, "%s: expected a JSON object for %s, got %s"
                    .formatted(path, type.getSimpleName(), describe(node)));
        }
        if (context.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)) {
            for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (!knownFields.contains(name)) {
                    throw mismatch(type, "%s: unknown field \"%s\"; known fields are %s"
                            .formatted(path, name, knownFields));
                }
            }
        }
        return node;
    }

    /** Returns the text of a required string field. */
    String text(JsonNode object, String path, String field) throws IOException {
        String value = optionalText(object, path, field);
        if (value == null) {
            throw mismatch(String.class, "%s.%s: required field is missing".formatted(path, field));
        }
        return value;
    }

    /** Returns the text of an optional string field, or {@code null} if it is absent or JSON null. */
    String optionalText(JsonNode object, String path, String field) throws IOException {
        JsonNode value = object.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        return text(value, path + "." + field);
    }

    /** Returns the text of a node that must be a JSON string. */
    String text(JsonNode node, String path) throws IOException {
        if (node == null || !node.isTextual()) {
            throw mismatch(String.class, "%s: expected a JSON string, got %s".formatted(path, describe(node)));
        }
        return node.textValue();
    }

    /** Returns a required child node (an object or other value), failing if it is absent or JSON null. */
    JsonNode required(JsonNode object, String path, String field) throws IOException {
        JsonNode value = object.get(field);
        if (value == null || value.isNull()) {
            throw mismatch(Object.class, "%s.%s: required field is missing".formatted(path, field));
        }
        return value;
    }

    /** Returns an optional ISO-8601 date field ({@code 2024-02-29}), or {@code null} if absent or JSON null. */
    LocalDate optionalDate(JsonNode object, String path, String field) throws IOException {
        String text = optionalText(object, path, field);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw invalid(LocalDate.class, path + "." + field,
                    "\"%s\" is not an ISO-8601 date like 2024-02-29 (%s)".formatted(text, e.getMessage()), e);
        }
    }

    /** Returns a required ISO-8601 instant field ({@code 2024-02-29T10:15:30Z}). */
    Instant instant(JsonNode object, String path, String field) throws IOException {
        String text = text(object, path, field);
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw invalid(Instant.class, path + "." + field,
                    "\"%s\" is not an ISO-8601 instant like 2024-02-29T10:15:30Z (%s)".formatted(text, e.getMessage()),
                    e);
        }
    }

    /**
     * Runs a domain constructor, turning its {@link IllegalArgumentException} (or other refusal) into a Jackson
     * exception that names the path and keeps the domain exception as its cause.
     */
    <T> T construct(Class<?> type, String path, Supplier<T> constructor) throws IOException {
        try {
            return constructor.get();
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw invalid(type, path, e.getMessage(), e);
        }
    }

    /** Returns a "wrong shape" exception (missing field, wrong JSON type) with the parser's location. */
    MismatchedInputException mismatch(Class<?> type, String message) {
        return MismatchedInputException.from(parser, type, message);
    }

    /** Returns an "invalid value" exception naming the path, with the domain's refusal as its cause. */
    ValueInstantiationException invalid(Class<?> type, String path, String message, Throwable cause) {
        return ValueInstantiationException.from(parser, "%s: invalid %s: %s"
                .formatted(path, type.getSimpleName(), message), context.constructType(type), cause);
    }

    private static String describe(JsonNode node) {
        return node == null ? "nothing" : node.getNodeType().toString().toLowerCase(java.util.Locale.ROOT);
    }
}
