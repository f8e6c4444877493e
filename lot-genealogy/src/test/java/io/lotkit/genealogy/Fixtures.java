package io.lotkit.genealogy;

import io.lotkit.core.LotId;
import io.lotkit.core.Quantity;
import io.lotkit.core.UnitOfMeasure;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** Short builders for the events of the tests. */
final class Fixtures {

    static final UnitOfMeasure KG = UnitOfMeasure.of("KG");
    static final Instant T0 = Instant.parse("2025-03-01T08:00:00Z");

    private Fixtures() {
    }

    static LotId lot(String name) {
        return LotId.of(name.substring(0, 1), name);
    }

    static Instant day(int day) {
        return T0.plusSeconds(86_400L * day);
    }

    static LotQuantity line(String lot, String kg) {
        return LotQuantity.of(lot(lot), Quantity.of(new BigDecimal(kg), KG), "Product " + lot);
    }

    static Receive receive(String lot, String kg, String supplier, int day) {
        return new Receive(day(day), line(lot, kg), supplier, "S-" + lot, supplier + " dock", "Plant 1",
                supplier + " plant", ReferenceDocument.of("BOL", "BOL-" + lot));
    }

    static Transform transform(int day, List<LotQuantity> inputs, List<LotQuantity> outputs) {
        return new Transform(day(day), inputs, outputs, "Plant 1",
                ReferenceDocument.of("Production order", "PO-" + outputs.get(0).lot().lotNumber()));
    }

    static Transform transform(int day, String input, String inputKg, String output, String outputKg) {
        return transform(day, List.of(line(input, inputKg)), List.of(line(output, outputKg)));
    }

    static Ship ship(String lot, String kg, String customer, int day) {
        return new Ship(day(day), line(lot, kg), customer, "Plant 1", customer + " DC", "Plant 1",
                ReferenceDocument.of("Invoice", "INV-" + lot + "-" + customer));
    }

    static Adjust adjust(String lot, String kg, AdjustReason reason, int day) {
        return new Adjust(day(day), lot(lot), Quantity.of(new BigDecimal(kg), KG), reason, "Plant 1",
                ReferenceDocument.of("Count sheet", "CS-" + lot));
    }
}
