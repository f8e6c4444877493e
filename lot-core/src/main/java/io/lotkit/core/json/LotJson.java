package io.lotkit.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import io.lotkit.core.Lot;
import io.lotkit.core.LotBuilder;
import io.lotkit.core.LotId;
import io.lotkit.core.LotOrigin;
import io.lotkit.core.LotStatus;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The JSON form of a {@link Lot}:
 * <pre>{@code
 * {"id":{"item":"4012345000009","lotNumber":"L-0042"},"status":"RELEASED",
 *  "productionDate":"2024-01-15","expiryDate":"2025-01-14","bestBeforeDate":"2024-12-31","receiptDate":"2024-01-20",
 *  "origin":{"supplier":"ACME","supplierLotNumber":"a 17/3"},"attributes":{"colour":"red"}}
 * }</pre>
 * Absent dates and origin are left out when writing; when reading, a missing field or JSON {@code null} means
 * absent. {@code attributes} is always written (possibly {@code {}}), keeps its order, and may be missing on input.
 */
final class LotJson {

    private static final Set<String> FIELDS = Set.of("id", "status", "productionDate", "expiryDate",
            "bestBeforeDate", "receiptDate", "origin", "attributes");

    private LotJson() {
    }

    static void write(Lot lot, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeFieldName("id");
        ValueJson.writeLotId(lot.id(), g);
        g.writeStringField("status", lot.status().name());
        writeDate(g, "productionDate", lot.productionDate());
        writeDate(g, "expiryDate", lot.expiryDate());
        writeDate(g, "bestBeforeDate", lot.bestBeforeDate());
        writeDate(g, "receiptDate", lot.receiptDate());
        if (lot.origin().isPresent()) {
            g.writeFieldName("origin");
            ValueJson.writeOrigin(lot.origin().get(), g);
        }
        g.writeObjectFieldStart("attributes");
        for (Map.Entry<String, String> attribute : lot.attributes().entrySet()) {
            g.writeStringField(attribute.getKey(), attribute.getValue());
        }
        g.writeEndObject();
        g.writeEndObject();
    }

    static Lot read(JsonInput in, JsonNode node, String path) throws IOException {
        in.object(node, path, Lot.class, FIELDS);
        LotId id = ValueJson.readLotId(in, in.required(node, path, "id"), path + ".id");
        LotStatus status = ValueJson.readStatus(in, in.required(node, path, "status"), path + ".status");
        LotBuilder builder = Lot.builder(id).status(status)
                .productionDate(in.optionalDate(node, path, "productionDate"))
                .expiryDate(in.optionalDate(node, path, "expiryDate"))
                .bestBeforeDate(in.optionalDate(node, path, "bestBeforeDate"))
                .receiptDate(in.optionalDate(node, path, "receiptDate"));
        JsonNode origin = node.get("origin");
        if (origin != null && !origin.isNull()) {
            LotOrigin value = ValueJson.readOrigin(in, origin, path + ".origin");
            builder.origin(value);
        }
        Map<String, String> attributes = readAttributes(in, node.get("attributes"), path + ".attributes");
        in.construct(Map.class, path + ".attributes", () -> builder.attributes(attributes));
        return in.construct(Lot.class, path, builder::build);
    }

    private static Map<String, String> readAttributes(JsonInput in, JsonNode node, String path) throws IOException {
        Map<String, String> attributes = new LinkedHashMap<>();
        if (node == null || node.isNull()) {
            return attributes;
        }
        if (!node.isObject()) {
            throw in.mismatch(Map.class, "%s: expected a JSON object of strings, got %s"
                    .formatted(path, node.getNodeType()));
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            attributes.put(field.getKey(), in.text(field.getValue(), path + "." + field.getKey()));
        }
        return attributes;
    }

    private static void writeDate(JsonGenerator g, String field, Optional<LocalDate> date) throws IOException {
        if (date.isPresent()) {
            g.writeStringField(field, date.get().toString());
        }
    }
}
