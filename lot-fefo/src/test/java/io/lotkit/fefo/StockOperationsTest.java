package io.lotkit.fefo;

import static io.lotkit.fefo.Stock.id;
import static io.lotkit.fefo.Stock.qty;
import static io.lotkit.fefo.Stock.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lotkit.core.IllegalStatusTransitionException;
import io.lotkit.core.Lot;
import io.lotkit.core.LotStatus;
import io.lotkit.core.journal.InMemoryJournal;
import io.lotkit.core.spi.FaultInjectingJournal;
import io.lotkit.core.spi.JournalException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class StockOperationsTest {

    private static final Instant NOW = Instant.parse("2025-06-01T08:00:00Z");

    @Test
    void reserveThenPickConsumesAndReleaseFreesTheRest() {
        Stock s = new Stock().lot("L1", 10, "B", 10);
        ReservationId id = s.index.reserve(request(6).customer("C").build()).reservation().orElseThrow();
        assertThat(s.index.position(id("L1"), "B").available()).isEqualByComparingTo("4");
        s.index.pick(id, id("L1"), "B", qty(2));
        assertThat(s.index.position(id("L1"), "B").onHand()).isEqualByComparingTo("8");
        assertThat(s.index.reservation(id).orElseThrow().lines()).singleElement()
                .satisfies(line -> assertThat(line.quantity()).isEqualByComparingTo("4"));
        s.index.release(id);
        assertThat(s.index.reservation(id)).isEmpty();
        assertThat(s.index.position(id("L1"), "B").reserved()).isZero();
        assertThatThrownBy(() -> s.index.release(id)).isInstanceOf(StockException.class)
                .satisfies(e -> assertThat(((StockException) e).problem())
                        .isEqualTo(StockException.Problem.UNKNOWN_RESERVATION));
    }

    @Test
    void pickingMoreThanReservedIsRefused() {
        Stock s = new Stock().lot("L1", 10, "B", 10);
        ReservationId id = s.index.reserve(request(3).build()).reservation().orElseThrow();
        assertThatThrownBy(() -> s.index.pick(id, id("L1"), "B", qty(4)))
                .isInstanceOf(StockException.class).hasMessageContaining("holds 3");
        assertThatThrownBy(() -> s.index.pick(id, id("L1"), "ELSEWHERE", qty(1)))
                .isInstanceOf(StockException.class);
    }

    @Test
    void adjustmentsAndMovesNeverTouchReservedStock() {
        Stock s = new Stock().lot("L1", 10, "B", 10);
        s.index.reserve(request(7).build());
        assertThatThrownBy(() -> s.index.adjust(id("L1"), "B", qty(-4), "count"))
                .isInstanceOf(StockException.class).hasMessageContaining("only 3.000 available");
        assertThatThrownBy(() -> s.index.move(id("L1"), "B", "C", qty(4))).isInstanceOf(StockException.class);
        s.index.move(id("L1"), "B", "C", qty(3));
        s.index.adjust(id("L1"), "C", qty(-1), "damaged");
        assertThat(s.index.positions(Stock.ITEM)).extracting(p -> p.location() + "=" + p.onHand().intValue())
                .containsExactly("B=7", "C=2");
    }

    @Test
    void unknownLotsAndConflictingRegistrationsAreRefused() {
        Stock s = new Stock().lot("L1", 10, "B", 10);
        assertThatThrownBy(() -> s.index.receive(id("NOPE"), "B", qty(1)))
                .isInstanceOf(StockException.class).hasMessageContaining("NOPE");
        Lot changed = Lot.builder(id("L1")).status(LotStatus.RELEASED).build();
        assertThatThrownBy(() -> s.index.registerLot(changed)).isInstanceOf(StockException.class)
                .satisfies(e -> assertThat(((StockException) e).problem())
                        .isEqualTo(StockException.Problem.CONFLICTING_LOT));
        long before = s.journal.nextPosition();
        s.index.registerLot(s.index.lot(id("L1")).orElseThrow());
        assertThat(s.journal.nextPosition()).isEqualTo(before);
    }

    @Test
    void holdStopsAllocationAtOnceAndOptionallyCancelsOpenReservations() {
        Stock s = new Stock().lot("L1", 10, "B", 10).lot("L2", 20, "B", 10);
        ReservationId kept = s.index.reserve(request(3).build()).reservation().orElseThrow();
        s.index.changeStatus(id("L1"), LotStatus.ON_HOLD, "complaint", NOW, false);
        assertThat(s.index.plan(request(1).build()).lines().get(0).lot()).isEqualTo(id("L2"));
        assertThat(s.index.reservation(kept)).isPresent();

        ReservationId both = s.index.reserve(request(12).allowedStatuses(java.util.Set.of(LotStatus.ON_HOLD,
                LotStatus.RELEASED)).build()).reservation().orElseThrow();
        s.index.changeStatus(id("L1"), LotStatus.RECALLED, "recall 2025-17", NOW, true);
        assertThat(s.index.reservation(kept)).isEmpty();
        assertThat(s.index.reservation(both).orElseThrow().lines()).extracting(l -> l.lot().lotNumber())
                .containsOnly("L2");
        assertThat(s.index.position(id("L1"), "B").reserved()).isZero();
        assertThatThrownBy(() -> s.index.changeStatus(id("L1"), LotStatus.RELEASED, "oops", NOW, false))
                .isInstanceOf(IllegalStatusTransitionException.class);
        assertThat(StockIndex.open(s.journal).describe()).isEqualTo(s.index.describe());
    }

    @Test
    void waveReservesInPriorityOrderAndReturnsResultsInRequestOrder() {
        Stock s = new Stock().lot("L1", 10, "B", 10);
        List<AllocationResult> results = s.index.reserveWave(List.of(
                request(6).priority(1).build(), request(6).priority(5).build(), request(6).priority(1).build()));
        assertThat(results).extracting(r -> r.allocated().intValue()).containsExactly(4, 6, 0);
    }

    @Test
    void aFailedAppendLeavesMemoryUnchanged() {
        FaultInjectingJournal<StockEvent> journal = FaultInjectingJournal.failingCalls(InMemoryJournal.create(), 2);
        StockIndex index = StockIndex.open(journal);
        Stock.lotInto(index, "L1", 10, "B", 10);
        String before = index.describe();
        assertThatThrownBy(() -> index.reserve(request(4).build())).isInstanceOf(JournalException.class);
        assertThat(index.describe()).isEqualTo(before);
        assertThat(index.reserve(request(4).build()).filled()).isTrue();
        assertThat(StockIndex.open(journal).describe()).isEqualTo(index.describe());
    }

    @Test
    void eventsSurviveTheJsonCodec() {
        InMemoryJournal<StockEvent> journal = InMemoryJournal.create(StockEvent.jsonCodec());
        Stock s = new Stock(journal).lot("L1", 10, "B", 10).lot("L2", 20, "B", 10);
        s.index.setRemovalTime(Stock.ITEM, 2);
        ReservationId id = s.index.reserve(request(12).customer("C").build()).reservation().orElseThrow();
        s.index.pick(id, id("L1"), "B", qty(10));
        s.index.changeStatus(id("L2"), LotStatus.ON_HOLD, "check", NOW, true);
        s.index.move(id("L2"), "B", "C", new BigDecimal("1.5"));
        assertThat(StockIndex.open(journal.reopen()).describe()).isEqualTo(s.index.describe());
        StockEvent received = new StockEvent.Received(id("L1"), "B", new BigDecimal("1.250"));
        String json = StockEvent.jsonCodec().encode(received);
        assertThat(json).contains("\"type\":\"received\"");
        assertThat(StockEvent.jsonCodec().decode(json)).isEqualTo(received);
    }

    @Test
    void openRejectsAJournalWhoseEventsDoNotApply() {
        InMemoryJournal<StockEvent> journal = InMemoryJournal.create();
        journal.append(new StockEvent.Received(id("GHOST"), "B", qty(1)));
        assertThatThrownBy(() -> StockIndex.open(journal)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("journal position 0");
    }
}
