package io.lotkit.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import io.lotkit.core.LotId;
import io.lotkit.core.LotStatus;
import io.lotkit.core.StatusChange;
import java.io.IOException;
import java.time.Instant;
import java.util.Set;

/**
 * The JSON form of a {@link StatusChange}:
 * <pre>{@code
 * {"lotId":{"item":"4012345000009","lotNumber":"L-0042"},"from":"QUARANTINE","to":"RELEASED",
 *  "reason":"QC passed","at":"2024-01-16T08:30:00Z"}
 * }</pre>
 * An event describing an illegal move is refused on reading, as it is by the record's constructor.
 */
final class StatusChangeJson {

    private static final Set<String> FIELDS = Set.of("lotId", "from", "to", "reason", "at");

    private StatusChangeJson() {
    }

    static void write(StatusChange change, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeFieldName("lotId");
        ValueJson.writeLotId(change.lotId(), g);
        g.writeStringField("from", change.from().name());
        g.writeStringField("to", change.to().name());
        g.writeStringField("reason", change.reason());
        g.writeStringField("at", change.at().toString());
        g.writeEndObject();
    }

    static StatusChange read(JsonInput in, JsonNode node, String path) throws IOException {
        in.object(node, path, StatusChange.class, FIELDS);
        LotId lotId = ValueJson.readLotId(in, in.required(node, path, "lotId"), path + ".lotId");
        LotStatus from = ValueJson.readStatus(in, in.required(node, path, "from"), path + ".from");
        LotStatus to = ValueJson.readStatus(in, in.required(node, path, "to"), path + ".to");
        String reason = in.text(node, path, "reason");
        Instant at = in.instant(node, path, "at");
        return in.construct(StatusChange.class, path, () -> new StatusChange(lotId, from, to, reason, at));
    }
}
