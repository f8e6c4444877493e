package io.lotkit.genealogy;

import static io.lotkit.genealogy.Fixtures.KG;
import static io.lotkit.genealogy.Fixtures.adjust;
import static io.lotkit.genealogy.Fixtures.line;
import static io.lotkit.genealogy.Fixtures.lot;
import static io.lotkit.genealogy.Fixtures.receive;
import static io.lotkit.genealogy.Fixtures.ship;
import static io.lotkit.genealogy.Fixtures.transform;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lotkit.core.LotId;
import io.lotkit.core.Quantity;
import io.lotkit.core.UnitOfMeasure;
import io.lotkit.core.journal.InMemoryJournal;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A small plant: two raw lots (flour F1, sugar S1) blended into M1, M1 packed into P1 and P2, P1 and P2 shipped
 * to two customers; a second blend M2 from F1 only.
 */
class GenealogyGraphTest {

    private GenealogyGraph graph;

    @BeforeEach
    void plant() {
        graph = GenealogyGraph.open(InMemoryJournal.create(GenealogyCodec.json()));
        graph.record(receive("F1", "1000", "Mill", 0));
        graph.record(receive("S1", "500", "Sugar Co", 0));
        graph.record(transform(1, List.of(line("F1", "600"), line("S1", "200")), List.of(line("M1", "800"))));
        graph.record(transform(2, List.of(line("M1", "800")), List.of(line("P1", "400"), line("P2", "400"))));
        graph.record(transform(3, "F1", "300", "M2", "300"));
        graph.record(ship("P1", "400", "Acme", 4));
        graph.record(ship("P2", "150", "Bolt", 4));
        graph.record(ship("P2", "100", "Acme", 5));
    }

    @Test
    void forwardTraceReportsEveryDescendantWithItsShortestDepth() {
        Trace trace = graph.forward(lot("F1"));

        assertThat(trace.lots()).containsExactlyInAnyOrder(
                new TracedLot(lot("M1"), 1), new TracedLot(lot("M2"), 1),
                new TracedLot(lot("P1"), 2), new TracedLot(lot("P2"), 2));
        assertThat(trace.size()).isEqualTo(4);
        assertThat(trace.hasCycle()).isFalse();
        assertThat(trace.depthLimitReached()).isFalse();
        assertThat(trace.edges()).contains(new LotFlow(lot("F1"), lot("M1"), Quantity.of(600, KG)));
        assertThat(trace.paths(lot("P2"), 10)).containsExactly(List.of(lot("F1"), lot("M1"), lot("P2")));
    }

    @Test
    void backwardTraceReachesTheSuppliersLots() {
        Trace trace = graph.backward(lot("P1"));

        assertThat(trace.lots()).extracting(TracedLot::lot).containsExactlyInAnyOrder(lot("M1"), lot("F1"),
                lot("S1"));
        assertThat(trace.depthOf(lot("S1"))).hasValue(2);
        assertThat(trace.paths(lot("F1"), 5)).containsExactly(List.of(lot("P1"), lot("M1"), lot("F1")));
        assertThat(trace.edges()).allSatisfy(flow -> assertThat(trace.contains(flow.from())
                || flow.from().equals(trace.origin()) || flow.to().equals(trace.origin())).isTrue());
    }

    @Test
    void depthLimitStopsTheSearchAndSaysSo() {
        Trace trace = graph.forward(lot("F1"), TraceOptions.unlimited().withMaxDepth(1));

        assertThat(trace.lots()).extracting(TracedLot::lot).containsExactlyInAnyOrder(lot("M1"), lot("M2"));
        assertThat(trace.depthLimitReached()).isTrue();
    }

    @Test
    void filtersChooseTheReportedLotsButTheSearchPassesThroughTheOthers() {
        Trace byItem = graph.forward(lot("F1"), TraceOptions.unlimited().withItems(java.util.Set.of("P")));
        assertThat(byItem.lots()).extracting(TracedLot::lot).containsExactlyInAnyOrder(lot("P1"), lot("P2"));
        assertThat(byItem.contains(lot("M1"))).isFalse();

        Trace byDate = graph.forward(lot("F1"),
                TraceOptions.unlimited().withWindow(Fixtures.day(3), Fixtures.day(4)));
        assertThat(byDate.lots()).extracting(TracedLot::lot).containsExactly(lot("M2"));
    }

    @Test
    void recallScopeGroupsTheShipmentsOfTheClosureByCustomer() {
        RecallScope scope = graph.recallScope(lot("S1"));

        assertThat(scope.customers()).extracting(CustomerShipments::customer).containsExactly("Acme", "Bolt");
        CustomerShipments acme = scope.customers().get(0);
        assertThat(acme.shipments()).extracting(Shipment::lot).containsExactly(lot("P1"), lot("P2"));
        assertThat(acme.totals()).containsEntry(KG, Quantity.of(500, KG));
        assertThat(scope.shipments()).hasSize(3);
        assertThat(graph.recallScope(lot("M2")).customers()).isEmpty();
    }

    @Test
    void oneUpOneBackShowsTheImmediateSourcesAndDestinations() {
        OneUpOneBack m1 = graph.oneUpOneBack(lot("M1"));
        assertThat(m1.inputs()).extracting(LotFlow::from).containsExactly(lot("F1"), lot("S1"));
        assertThat(m1.outputs()).extracting(LotFlow::to).containsExactly(lot("P1"), lot("P2"));
        assertThat(m1.receipts()).isEmpty();

        OneUpOneBack f1 = graph.oneUpOneBack(lot("F1"));
        assertThat(f1.receipts()).singleElement().satisfies(r -> {
            assertThat(r.supplier()).isEqualTo("Mill");
            assertThat(r.quantity()).isEqualTo(Quantity.of(1000, KG));
        });
        assertThat(graph.oneUpOneBack(lot("P2")).shipments()).extracting(Shipment::customer)
                .containsExactly("Bolt", "Acme");
    }

    @Test
    void commonOriginsRankTheAncestorsSharedByMostComplaints() {
        List<SharedOrigin> ranked = graph.commonOrigins(List.of(lot("P1"), lot("M2"), lot("P2")), 2);

        assertThat(ranked.get(0).lot()).isEqualTo(lot("F1"));
        assertThat(ranked.get(0).sharedBy()).containsExactly(lot("P1"), lot("M2"), lot("P2"));
        assertThat(ranked).extracting(SharedOrigin::lot).containsExactly(lot("F1"), lot("M1"), lot("S1"));
        assertThat(ranked.get(1).totalDepth()).isEqualTo(2);
    }

    @Test
    void massBalanceAddsUpAndFlagsWhatDoesNot() {
        MassBalance f1 = graph.massBalance(lot("F1"));
        assertThat(f1.consumed()).isEqualTo(Quantity.of(900, KG));
        assertThat(f1.onHand()).isEqualByComparingTo("100");
        assertThat(f1.balanced()).isTrue();

        graph.record(adjust("P2", "200", AdjustReason.SCRAP, 6));
        graph.record(ship("X9", "5", "Acme", 6));
        assertThat(graph.massBalance(lot("P2")).onHand()).isEqualByComparingTo("-50");
        assertThat(graph.unbalancedLots()).extracting(MassBalance::lot, MassBalance::issues).containsExactly(
                org.assertj.core.groups.Tuple.tuple(lot("P2"), java.util.Set.of(MassBalance.Issue.NEGATIVE_ON_HAND)),
                org.assertj.core.groups.Tuple.tuple(lot("X9"), java.util.Set.of(MassBalance.Issue.NEGATIVE_ON_HAND,
                        MassBalance.Issue.NO_SOURCE)));
    }

    @Test
    void reworkLoopTerminatesAndReportsTheCycle() {
        graph.record(transform(6, "P1", "10", "R1", "10"));
        graph.record(transform(7, "R1", "10", "M1", "10"));

        Trace forward = graph.forward(lot("M1"));
        assertThat(forward.lots()).extracting(TracedLot::lot).containsExactlyInAnyOrder(lot("P1"), lot("P2"),
                lot("R1"));
        assertThat(forward.contains(lot("M1"))).as("the traced lot is reported as a cycle, not as a lot").isFalse();
        assertThat(forward.cycles()).containsExactly(List.of(lot("M1"), lot("P1"), lot("R1"), lot("M1")));
        Trace backward = graph.backward(lot("R1"));
        assertThat(backward.cycles()).containsExactly(List.of(lot("R1"), lot("M1"), lot("P1"), lot("R1")));
    }

    @Test
    void anEventInAnotherUnitIsRejectedAndChangesNothing() {
        UnitOfMeasure cases = UnitOfMeasure.of("CASE");
        Ship inCases = new Ship(Fixtures.day(9), LotQuantity.of(lot("P1"), Quantity.of(1, cases), "Pack"), "Acme",
                "Plant 1", "Acme DC", "Plant 1", ReferenceDocument.of("Invoice", "9"));
        long before = graph.eventCount();

        assertThatThrownBy(() -> graph.record(inCases)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("shipped: lot P/P1 is recorded in unit 'KG', not 'CASE'");
        assertThat(graph.eventCount()).isEqualTo(before);
    }

    @Test
    void unknownLotsAndNullsAreNamed() {
        assertThatThrownBy(() -> graph.forward(lot("Z1"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("lot Z/Z1 is not in the genealogy graph");
        assertThatThrownBy(() -> graph.forward(null)).hasMessage("lot must not be null");
        assertThatThrownBy(() -> graph.record(null)).hasMessage("event must not be null");
        assertThatThrownBy(() -> graph.commonOrigins(List.of(lot("P1")), 2))
                .hasMessage("minShared must be between 1 and 1: 2");
        assertThatThrownBy(() -> graph.forward(lot("P1")).paths(lot("P1"), 0))
                .hasMessage("limit must be at least 1: 0");
    }

    @Test
    void eventsBehindATraceAreReadBackFromTheJournal() {
        Trace trace = graph.forward(lot("S1"));
        graph.record(ship("P1", "1", "Late", 9));

        List<GenealogyEvent> events = graph.events(trace);
        assertThat(events).hasSize(6).noneMatch(e -> e instanceof Ship s && s.customer().equals("Late"));
        assertThat(events).filteredOn(Transform.class::isInstance).hasSize(2);
        assertThat(graph.events(Fixtures.day(4), Fixtures.day(5))).hasSize(2);
    }

    @Test
    void lotsKeepTheirItem() {
        LotId sameNumber = LotId.of("OTHER", "F1");
        graph.record(new Receive(Fixtures.day(9), LotQuantity.of(sameNumber, Quantity.of(BigDecimal.ONE, KG),
                "Other"), "Mill", "S", "Mill dock", "Plant 1", "Mill", ReferenceDocument.of("BOL", "1")));
        assertThat(graph.forward(sameNumber).size()).isZero();
        assertThat(graph.forward(lot("F1")).size()).isEqualTo(4);
    }
}
