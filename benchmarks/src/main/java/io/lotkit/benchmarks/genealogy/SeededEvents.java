package io.lotkit.benchmarks.genealogy;

import io.lotkit.core.LotId;
import io.lotkit.core.Quantity;
import io.lotkit.core.UnitOfMeasure;
import io.lotkit.genealogy.GenealogyEvent;
import io.lotkit.genealogy.LotQuantity;
import io.lotkit.genealogy.Receive;
import io.lotkit.genealogy.ReferenceDocument;
import io.lotkit.genealogy.Ship;
import io.lotkit.genealogy.Transform;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Turns the seeded topology into Lotkit events, in an order a plant would record them: each raw lot received,
 * each other lot produced by a transformation from its inputs, and each shipment lot shipped to a customer.
 */
final class SeededEvents {

    static final UnitOfMeasure KG = UnitOfMeasure.of("KG");
    private static final Instant START = Instant.parse("2025-01-01T00:00:00Z");
    private static final String[] LAYER = {"RAW", "INT", "FIN", "SHP"};

    private SeededEvents() {
    }

    static LotId lot(int index) {
        int layer = layer(index);
        return LotId.of(LAYER[layer] + "-" + (index % 97), "L" + index);
    }

    private static int layer(int index) {
        int start = SeededGraph.layerStart(index);
        return start == 0 ? 0 : start == SeededGraph.RAW ? 1 : start == SeededGraph.RAW + SeededGraph.INTERMEDIATE
                ? 2 : 3;
    }

    /** Emits every event of the seeded genealogy, in order; returns how many. */
    static long forEach(SeededGraph graph, Consumer<GenealogyEvent> sink) {
        LotId[] lots = new LotId[SeededGraph.LOTS];
        for (int i = 0; i < lots.length; i++) {
            lots[i] = lot(i);
        }
        long count = 0;
        for (int i = 0; i < SeededGraph.LOTS; i++) {
            Instant time = START.plusSeconds(i * 10L);
            if (i < SeededGraph.RAW) {
                sink.accept(new Receive(time, line(lots[i], 1_000_000), "SUP-" + (i % 211), "S" + i, "SUP-DOCK",
                        "PLANT", "SUP-" + (i % 211), ReferenceDocument.of("BOL", "B" + i)));
                count++;
                continue;
            }
            List<LotQuantity> inputs = new ArrayList<>(4);
            for (int e = graph.inputStart[i]; e < graph.inputStart[i + 1]; e++) {
                inputs.add(line(lots[graph.inputs[e]], graph.quantityCenti[e]));
            }
            sink.accept(new Transform(time, inputs, List.of(line(lots[i], 500_000)), "PLANT",
                    ReferenceDocument.of("Production order", "PO" + i)));
            count++;
            if (SeededGraph.isShipment(i)) {
                sink.accept(new Ship(time.plusSeconds(5), line(lots[i], 400_000), "CUST-" + (i % 2003), "PLANT",
                        "DC-" + (i % 2003), "PLANT", ReferenceDocument.of("Invoice", "I" + i)));
                count++;
            }
        }
        return count;
    }

    private static LotQuantity line(LotId lot, int centi) {
        return LotQuantity.of(lot, Quantity.of(BigDecimal.valueOf(centi, 2), KG), "Product " + lot.item());
    }
}
