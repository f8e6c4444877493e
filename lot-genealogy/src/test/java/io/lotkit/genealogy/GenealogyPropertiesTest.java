package io.lotkit.genealogy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lotkit.core.LotId;
import io.lotkit.core.journal.InMemoryJournal;
import io.lotkit.core.testkit.FaultInjectingJournal;
import io.lotkit.core.testkit.InjectedJournalFault;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** The invariants of the graph, on random event streams, against {@link ReferenceGenealogy}. */
class GenealogyPropertiesTest {

    static final int TINY_REBASE = 3;

    @Provide
    Arbitrary<List<GenealogyEvent>> acyclic() {
        return RandomEvents.streams(true);
    }

    @Provide
    Arbitrary<List<GenealogyEvent>> cyclic() {
        return RandomEvents.streams(false);
    }

    @Property(tries = 150)
    void tracesEqualAPlainSearchOnRandomDags(@ForAll("acyclic") List<GenealogyEvent> events) {
        checkTracesAgainstReference(events);
    }

    @Property(tries = 150)
    void tracesEqualAPlainSearchAndReportCyclesOnCyclicGraphs(@ForAll("cyclic") List<GenealogyEvent> events) {
        checkTracesAgainstReference(events);
    }

    private static void checkTracesAgainstReference(List<GenealogyEvent> events) {
        GenealogyGraph graph = live(events);
        ReferenceGenealogy reference = new ReferenceGenealogy(events);
        assertThat(graph.lotCount()).isEqualTo(reference.lots.size());
        for (LotId lot : reference.lots) {
            for (boolean forward : new boolean[] {true, false}) {
                Trace trace = forward ? graph.forward(lot) : graph.backward(lot);
                assertThat(depths(trace)).as("%s trace of %s", trace.direction(), lot)
                        .isEqualTo(reference.reach(lot, forward, Integer.MAX_VALUE));
                assertThat(trace.hasCycle()).as("cycle reachable from %s", lot)
                        .isEqualTo(reference.cycleReachableFrom(lot, forward));
                for (List<LotId> cycle : trace.cycles()) {
                    assertThat(cycle.get(0)).isEqualTo(cycle.get(cycle.size() - 1));
                    assertIsPath(reference, cycle, true);
                }
                for (TracedLot traced : trace.lots()) {
                    List<List<LotId>> paths = trace.paths(traced.lot(), 3);
                    assertThat(paths).isNotEmpty();
                    for (List<LotId> path : paths) {
                        assertThat(path).startsWith(lot).endsWith(traced.lot()).doesNotHaveDuplicates()
                                .hasSizeGreaterThan(traced.depth());
                        assertIsPath(reference, path, forward);
                    }
                }
            }
        }
    }

    private static void assertIsPath(ReferenceGenealogy reference, List<LotId> lots, boolean parentToChild) {
        for (int i = 0; i + 1 < lots.size(); i++) {
            LotId a = lots.get(i);
            LotId b = lots.get(i + 1);
            assertThat(parentToChild ? reference.hasEdge(a, b) : reference.hasEdge(b, a))
                    .as("edge between %s and %s in %s", a, b, lots).isTrue();
        }
    }

    @Property(tries = 100)
    void depthLimitedTracesEqualATruncatedSearch(@ForAll("cyclic") List<GenealogyEvent> events,
            @ForAll @IntRange(min = 1, max = 4) int maxDepth) {
        GenealogyGraph graph = live(events);
        ReferenceGenealogy reference = new ReferenceGenealogy(events);
        TraceOptions options = TraceOptions.unlimited().withMaxDepth(maxDepth);
        for (LotId lot : reference.lots) {
            assertThat(depths(graph.forward(lot, options))).isEqualTo(reference.reach(lot, true, maxDepth));
            assertThat(depths(graph.backward(lot, options))).isEqualTo(reference.reach(lot, false, maxDepth));
        }
    }

    @Property(tries = 150)
    void forwardAndBackwardAreDual(@ForAll("cyclic") List<GenealogyEvent> events) {
        GenealogyGraph graph = live(events);
        List<LotId> lots = new ArrayList<>(new ReferenceGenealogy(events).lots);
        Map<LotId, Trace> forward = new LinkedHashMap<>();
        Map<LotId, Trace> backward = new LinkedHashMap<>();
        lots.forEach(lot -> {
            forward.put(lot, graph.forward(lot));
            backward.put(lot, graph.backward(lot));
        });
        for (LotId a : lots) {
            for (LotId b : lots) {
                if (!a.equals(b)) {
                    assertThat(forward.get(a).contains(b)).as("%s -> %s", a, b)
                            .isEqualTo(backward.get(b).contains(a));
                }
            }
        }
    }

    @Property(tries = 150)
    void massBalanceAddsUpOnRandomStreams(@ForAll("cyclic") List<GenealogyEvent> events) {
        GenealogyGraph graph = live(events);
        ReferenceGenealogy reference = new ReferenceGenealogy(events);
        for (LotId lot : reference.lots) {
            BigDecimal[] sums = reference.sums.get(lot);
            MassBalance balance = graph.massBalance(lot);
            assertThat(List.of(balance.received().value(), balance.produced().value(), balance.consumed().value(),
                    balance.shipped().value(), balance.adjustedUp().value(), balance.adjustedDown().value()))
                    .usingElementComparator(BigDecimal::compareTo).containsExactly(sums);
            BigDecimal onHand = sums[0].add(sums[1]).subtract(sums[2]).subtract(sums[3]).add(sums[4])
                    .subtract(sums[5]);
            assertThat(balance.onHand()).isEqualByComparingTo(onHand);
            assertThat(balance.issues().contains(MassBalance.Issue.NEGATIVE_ON_HAND))
                    .isEqualTo(onHand.signum() < 0);
            assertThat(balance.issues().contains(MassBalance.Issue.NO_SOURCE))
                    .isEqualTo(sums[0].signum() == 0 && sums[1].signum() == 0);
        }
        assertThat(graph.unbalancedLots()).allMatch(balance -> !balance.balanced());
    }

    @Property(tries = 100)
    void replayAfterARestartEqualsTheLiveGraph(@ForAll("cyclic") List<GenealogyEvent> events) {
        InMemoryJournal<GenealogyEvent> journal = InMemoryJournal.create(GenealogyCodec.json());
        GenealogyGraph live = GenealogyGraph.open(journal, TINY_REBASE);
        events.forEach(live::record);

        GenealogyGraph replayed = GenealogyGraph.open(journal.reopen());

        assertThat(GraphSnapshot.of(replayed)).isEqualTo(GraphSnapshot.of(live));
        assertThat(replayed.eventCount()).isEqualTo(events.size());
    }

    @Property(tries = 100)
    void injectedJournalFailuresLeaveTheGraphEqualToTheReplayedJournal(
            @ForAll("cyclic") List<GenealogyEvent> events, @ForAll long seed) {
        InMemoryJournal<GenealogyEvent> store = InMemoryJournal.create(GenealogyCodec.json());
        FaultInjectingJournal<GenealogyEvent> journal = FaultInjectingJournal.failingRandomly(store, seed, 0.3);
        GenealogyGraph graph = GenealogyGraph.open(journal, TINY_REBASE);
        List<GenealogyEvent> stored = new ArrayList<>();
        for (GenealogyEvent event : events) {
            GraphSnapshot before = journal.injectedFaults() % 4 == 0 ? GraphSnapshot.of(graph) : null;
            try {
                graph.record(event);
                stored.add(event);
            } catch (InjectedJournalFault fault) {
                if (before != null) {
                    assertThat(GraphSnapshot.of(graph)).isEqualTo(before);
                }
            }
        }

        assertThat(GraphSnapshot.of(graph)).isEqualTo(GraphSnapshot.of(GenealogyGraph.open(store.reopen())))
                .isEqualTo(GraphSnapshot.of(live(stored)));
        assertThat(graph.eventCount()).isEqualTo(stored.size());
    }

    @Property(tries = 200)
    void everyEventSurvivesTheJsonCodec(@ForAll("cyclic") List<GenealogyEvent> events) {
        for (GenealogyEvent event : events) {
            assertThat(GenealogyCodec.json().decode(GenealogyCodec.json().encode(event))).isEqualTo(event);
        }
    }

    @Property(tries = 50)
    void aRejectedEventChangesNothing(@ForAll("cyclic") List<GenealogyEvent> events) {
        GenealogyGraph graph = live(events);
        GraphSnapshot before = GraphSnapshot.of(graph);
        LotId lot = events.get(0).lots().get(0);
        Ship inOtherUnit = new Ship(Fixtures.T0, LotQuantity.of(lot,
                io.lotkit.core.Quantity.of(1, io.lotkit.core.UnitOfMeasure.of("EA")), "x"), "Acme", "Plant",
                "Acme DC", "Plant", ReferenceDocument.of("Invoice", "X"));

        assertThatThrownBy(() -> graph.record(inOtherUnit)).isInstanceOf(IllegalArgumentException.class);
        assertThat(GraphSnapshot.of(graph)).isEqualTo(before);
    }

    /** A graph holding the events; its edge rows are rebuilt every few edges, so rebuilds happen mid-stream. */
    /**
     * A trace reads its edges' quantities from the graph when asked (a forward trace keeps only each edge's index);
     * events recorded and rows rebuilt since must not change what it answers.
     */
    @Property(tries = 100)
    void aTraceKeepsItsEdgesAndQuantitiesAfterLaterEvents(@ForAll("cyclic") List<GenealogyEvent> events,
            @ForAll @IntRange(min = 0, max = 40) int cut) {
        List<GenealogyEvent> first = events.subList(0, Math.min(cut, events.size()));
        GenealogyGraph growing = live(first);
        GenealogyGraph frozen = live(first);
        List<Trace> traces = new ArrayList<>();
        for (LotId lot : frozen.read(GraphSnapshot::allLots)) {
            traces.add(growing.forward(lot));
            traces.add(growing.backward(lot));
        }
        events.subList(first.size(), events.size()).forEach(growing::record);
        for (Trace trace : traces) {
            Trace twin = trace.direction() == TraceDirection.FORWARD ? frozen.forward(trace.origin())
                    : frozen.backward(trace.origin());
            assertThat(trace.edges()).as("%s", trace).isEqualTo(twin.edges());
        }
    }

    static GenealogyGraph live(List<GenealogyEvent> events) {
        GenealogyGraph graph = GenealogyGraph.open(InMemoryJournal.create(), TINY_REBASE);
        events.forEach(graph::record);
        return graph;
    }

    private static Map<LotId, Integer> depths(Trace trace) {
        Map<LotId, Integer> depths = new LinkedHashMap<>();
        trace.lots().forEach(traced -> depths.put(traced.lot(), traced.depth()));
        return depths;
    }
}
