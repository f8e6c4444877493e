package io.lotkit.core.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;

/**
 * A deserializer that reads the value as a JSON tree and hands it to a {@link TreeReader}, so that each Lotkit
 * type's JSON form is read in one place, nested types included.
 *
 * <p>Immutable and thread-safe.
 */
final class TreeDeserializer<T> extends StdDeserializer<T> {

    private static final long serialVersionUID = 1L;

    /** Reads the tree into a value. */
    private final transient TreeReader<T> reader;

    TreeDeserializer(Class<T> type, TreeReader<T> reader) {
        super(type);
        this.reader = reader;
    }

    @Override
    public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        JsonNode node = context.readTree(parser);
        return reader.read(new JsonInput(parser, context), node, handledType().getSimpleName());
    }

    /**
     * Reads one Lotkit type from a JSON tree.
     *
     * @param <T> the type read
     */
    @FunctionalInterface
    interface TreeReader<T> {
        /** Reads the value at {@code node}; {@code path} names it in error messages. */
        T read(JsonInput in, JsonNode node, String path) throws IOException;
    }
}
