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
import java.util.function.IntFunction;

/**
 * Turns the seeded topology into Lotkit events, in an order a plant would record them: each raw lot received,
 * each other lot produced by a transformation from its inputs, and each shipment lot shipped to a customer.
 *
 * <p>Two memory layouts of the same events (same values, same order, same count):
 * <ul>
 *   <li>{@link #forEach}: every event builds its own values — its {@link LotId}s with their strings, its quantities
 *       and their {@link BigDecimal}s, its descriptions — next to the event in memory, as a journal's decoder (or an
 *       application building events from its own records) makes them. This is the layout a replay on start meets.
 *   <li>{@link #forEachSharingLotIds}: one {@link LotId} instance per lot, made up front and shared by every event
 *       naming that lot, so that reading a transformation's inputs chases references to objects allocated long
 *       before (the layout earlier benchmark runs measured).
 * </ul>
 * In both, every quantity uses the one {@link #KG} unit object, as hosts pass a few unit constants.
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

    /** Emits every event of the seeded genealogy, in order, each with values of its own; returns how many. */
    static long forEach(SeededGraph graph, Consumer<GenealogyEvent> sink) {
        return emit(graph, SeededEvents::lot, sink);
    }

    /** Emits the same events as {@link #forEach}, sharing one {@link LotId} per lot among them; returns how many. */
    static long forEachSharingLotIds(SeededGraph graph, Consumer<GenealogyEvent> sink) {
        LotId[] lots = new LotId[SeededGraph.LOTS];
        for (int i = 0; i < lots.length; i++) {
            lots[i] = lot(i);
        }
        return emit(graph, index -> lots[index], sink);
    }

    private static long emit(SeededGraph graph, IntFunction<LotId> lots, Consumer<GenealogyEvent> sink) {
        long count = 0;
        for (int i = 0; i < SeededGraph.LOTS; i++) {
            Instant time = START.plusSeconds(i * 10L);
            if (i < SeededGraph.RAW) {
                sink.accept(new Receive(time, line(lots.apply(i), 1_000_000), "SUP-" + (i % 211), "S" + i,
                        "SUP-DOCK", "PLANT", "SUP-" + (i % 211), ReferenceDocument.of("BOL", "B" + i)));
                count++;
                continue;
            }
            List<LotQuantity> inputs = new ArrayList<>(4);
            for (int e = graph.inputStart[i]; e < graph.inputStart[i + 1]; e++) {
                inputs.add(line(lots.apply(graph.inputs[e]), graph.quantityCenti[e]));
            }
            sink.accept(new Transform(time, inputs, List.of(line(lots.apply(i), 500_000)), "PLANT",
                    ReferenceDocument.of("Production order", "PO" + i)));
            count++;
            if (SeededGraph.isShipment(i)) {
                sink.accept(new Ship(time.plusSeconds(5), line(lots.apply(i), 400_000), "CUST-" + (i % 2003),
                        "PLANT", "DC-" + (i % 2003), "PLANT", ReferenceDocument.of("Invoice", "I" + i)));
                count++;
            }
        }
        return count;
    }

    private static LotQuantity line(LotId lot, int centi) {
        return LotQuantity.of(lot, Quantity.of(BigDecimal.valueOf(centi, 2), KG), "Product " + lot.item());
    }
}
