package io.lotkit.genealogy;

import io.lotkit.core.LotId;
import io.lotkit.core.Quantity;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Random event streams over a small universe of lots (two items, so that equal lot numbers of different items
 * meet), either acyclic (every transformation turns lower-numbered lots into higher-numbered ones) or free to form
 * cycles (rework, returns of returns).
 */
final class RandomEvents {

    static final int LOTS = 12;

    private RandomEvents() {
    }

    static LotId lot(int index) {
        return LotId.of(index % 2 == 0 ? "ITEM-A" : "ITEM-B", "L" + (index / 2));
    }

    static Arbitrary<List<GenealogyEvent>> streams(boolean acyclic) {
        return event(acyclic).list().ofMinSize(1).ofMaxSize(40);
    }

    static Arbitrary<GenealogyEvent> event(boolean acyclic) {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, receive()),
                net.jqwik.api.Tuple.of(5, acyclic ? acyclicTransform() : anyTransform()),
                net.jqwik.api.Tuple.of(2, ship()),
                net.jqwik.api.Tuple.of(1, adjust()));
    }

    private static Arbitrary<Integer> lotIndex() {
        return Arbitraries.integers().between(0, LOTS - 1);
    }

    private static Arbitrary<Quantity> quantity() {
        return Combinators.combine(Arbitraries.longs().between(1, 100_000), Arbitraries.integers().between(0, 3))
                .as((unscaled, scale) -> Quantity.of(BigDecimal.valueOf(unscaled, scale), Fixtures.KG));
    }

    private static Arbitrary<Instant> time() {
        return Arbitraries.integers().between(0, 30).map(Fixtures::day);
    }

    private static LotQuantity line(int lot, Quantity quantity) {
        return LotQuantity.of(lot(lot), quantity, "Product " + lot(lot).item());
    }

    private static Arbitrary<GenealogyEvent> receive() {
        return Combinators.combine(time(), lotIndex(), quantity(), Arbitraries.of("Mill", "Farm"))
                .as((time, lot, quantity, supplier) -> new Receive(time, line(lot, quantity), supplier, "S" + lot,
                        supplier + " dock", "Plant", supplier, ReferenceDocument.of("BOL", "B" + lot)));
    }

    private static Arbitrary<GenealogyEvent> ship() {
        return Combinators.combine(time(), lotIndex(), quantity(), Arbitraries.of("Acme", "Bolt", "Cargo"))
                .as((time, lot, quantity, customer) -> new Ship(time, line(lot, quantity), customer, "Plant",
                        customer + " DC", "Plant", ReferenceDocument.of("Invoice", "I" + lot)));
    }

    private static Arbitrary<GenealogyEvent> adjust() {
        return Combinators.combine(time(), lotIndex(), quantity(), Arbitraries.of(AdjustReason.class))
                .as((time, lot, quantity, reason) -> new Adjust(time, lot(lot), quantity, reason, "Plant",
                        ReferenceDocument.of("Count sheet", "C" + lot)));
    }

    private static Arbitrary<GenealogyEvent> acyclicTransform() {
        return Arbitraries.integers().between(1, LOTS - 1).flatMap(split -> transform(
                Arbitraries.integers().between(0, split - 1), Arbitraries.integers().between(split, LOTS - 1)));
    }

    private static Arbitrary<GenealogyEvent> anyTransform() {
        return transform(lotIndex(), lotIndex());
    }

    private static Arbitrary<GenealogyEvent> transform(Arbitrary<Integer> inputLots, Arbitrary<Integer> outputLots) {
        return Combinators.combine(time(), inputLots.set().ofMinSize(1).ofMaxSize(3),
                        outputLots.set().ofMinSize(1).ofMaxSize(3), quantity().list().ofSize(6))
                .as((time, inputs, outputs, quantities) -> {
                    Set<Integer> outputsOnly = new java.util.HashSet<>(outputs);
                    outputsOnly.removeAll(inputs);
                    if (outputsOnly.isEmpty()) {
                        return null;
                    }
                    List<LotQuantity> in = new ArrayList<>();
                    List<LotQuantity> out = new ArrayList<>();
                    int q = 0;
                    for (int lot : inputs) {
                        in.add(line(lot, quantities.get(q++)));
                    }
                    for (int lot : outputsOnly) {
                        out.add(line(lot, quantities.get(q++)));
                    }
                    return (GenealogyEvent) new Transform(time, in, out, "Plant",
                            ReferenceDocument.of("Production order", "PO" + q));
                })
                .filter(event -> event != null);
    }
}
