package io.lotkit.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import io.lotkit.core.LotId;
import io.lotkit.core.LotOrigin;
import io.lotkit.core.LotStatus;
import io.lotkit.core.Quantity;
import io.lotkit.core.UnitOfMeasure;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Set;

/**
 * The JSON forms of Lotkit's small value types:
 * <ul>
 *   <li>{@link UnitOfMeasure}: its code as a string, {@code "KG"};</li>
 *   <li>{@link LotStatus}: its name as a string, {@code "RELEASED"};</li>
 *   <li>{@link Quantity}: {@code {"value":"12.500","unit":"KG"}}, the amount as a string in plain notation so
 *       that no JSON reader turns it into a {@code double}; its scale survives the round trip;</li>
 *   <li>{@link LotId}: {@code {"item":"4012345000009","lotNumber":"L-0042"}};</li>
 *   <li>{@link LotOrigin}: {@code {"supplier":"ACME","supplierLotNumber":"a 17/3"}}.</li>
 * </ul>
 */
final class ValueJson {

    /** Longer amount strings cannot be valid quantities; refusing them early bounds the parsing work. */
    private static final int MAX_AMOUNT_LENGTH = Quantity.MAX_INTEGER_DIGITS + Quantity.MAX_SCALE + 16;

    private static final Set<String> QUANTITY_FIELDS = Set.of("value", "unit");
    private static final Set<String> LOT_ID_FIELDS = Set.of("item", "lotNumber");
    private static final Set<String> ORIGIN_FIELDS = Set.of("supplier", "supplierLotNumber");

    private ValueJson() {
    }

    static void writeUnit(UnitOfMeasure unit, JsonGenerator g) throws IOException {
        g.writeString(unit.code());
    }

    static UnitOfMeasure readUnit(JsonInput in, JsonNode node, String path) throws IOException {
        String code = in.text(node, path);
        return in.construct(UnitOfMeasure.class, path, () -> UnitOfMeasure.of(code));
    }

    static void writeStatus(LotStatus status, JsonGenerator g) throws IOException {
        g.writeString(status.name());
    }

    static LotStatus readStatus(JsonInput in, JsonNode node, String path) throws IOException {
        String name = in.text(node, path);
        for (LotStatus status : LotStatus.values()) {
            if (status.name().equals(name)) {
                return status;
            }
        }
        throw in.invalid(LotStatus.class, path, "\"%s\" is not one of %s"
                .formatted(name, Arrays.toString(LotStatus.values())), null);
    }

    static void writeQuantity(Quantity quantity, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("value", quantity.value().toPlainString());
        g.writeStringField("unit", quantity.unit().code());
        g.writeEndObject();
    }

    static Quantity readQuantity(JsonInput in, JsonNode node, String path) throws IOException {
        in.object(node, path, Quantity.class, QUANTITY_FIELDS);
        JsonNode valueNode = in.required(node, path, "value");
        if (valueNode.isNumber()) {
            throw in.mismatch(Quantity.class, "%s.value: expected the amount as a JSON string such as \"12.500\", "
                    .formatted(path) + "not a JSON number, which readers may turn into an inexact double");
        }
        String amountText = in.text(valueNode, path + ".value");
        UnitOfMeasure unit = readUnit(in, in.required(node, path, "unit"), path + ".unit");
        if (amountText.length() > MAX_AMOUNT_LENGTH) {
            throw in.invalid(Quantity.class, path + ".value", "the amount is %d characters long, at most %d allowed"
                    .formatted(amountText.length(), MAX_AMOUNT_LENGTH), null);
        }
        BigDecimal amount;
        try {
            amount = new BigDecimal(amountText);
        } catch (NumberFormatException e) {
            throw in.invalid(Quantity.class, path + ".value", "\"%s\" is not a decimal number".formatted(amountText), e);
        }
        return in.construct(Quantity.class, path + ".value", () -> Quantity.of(amount, unit));
    }

    static void writeLotId(LotId id, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("item", id.item());
        g.writeStringField("lotNumber", id.lotNumber());
        g.writeEndObject();
    }

    static LotId readLotId(JsonInput in, JsonNode node, String path) throws IOException {
        in.object(node, path, LotId.class, LOT_ID_FIELDS);
        String item = in.text(node, path, "item");
        String lotNumber = in.text(node, path, "lotNumber");
        return in.construct(LotId.class, path, () -> LotId.of(item, lotNumber));
    }

    static void writeOrigin(LotOrigin origin, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("supplier", origin.supplier());
        g.writeStringField("supplierLotNumber", origin.supplierLotNumber());
        g.writeEndObject();
    }

    static LotOrigin readOrigin(JsonInput in, JsonNode node, String path) throws IOException {
        in.object(node, path, LotOrigin.class, ORIGIN_FIELDS);
        String supplier = in.text(node, path, "supplier");
        String supplierLotNumber = in.text(node, path, "supplierLotNumber");
        return in.construct(LotOrigin.class, path, () -> LotOrigin.of(supplier, supplierLotNumber));
    }
}
