package io.lotkit.fefo;

import static io.lotkit.fefo.Stock.id;
import static io.lotkit.fefo.Stock.qty;
import static io.lotkit.fefo.Stock.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lotkit.core.LotStatus;
import io.lotkit.core.journal.InMemoryJournal;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * A reservation of one line is also the result's and the journaled event's list of lines: what later happens to the
 * reservation (picks, a cancellation, release) changes neither, whether the head answered the request or the full
 * path did, and whether the journal keeps the event itself or its JSON round trip.
 */
class OneLineReservationTest {

    @Property(tries = 60)
    void picksAndReleaseLeaveTheResultAndTheJournaledLineAsReserved(
            @ForAll @IntRange(min = 1, max = 12) int reserve, @ForAll @IntRange(min = 0, max = 12) int pick,
            @ForAll boolean heads, @ForAll boolean json, @ForAll boolean cancel) {
        Stock s = new Stock(json ? InMemoryJournal.create(StockEvent.jsonCodec()) : InMemoryJournal.create());
        if (!heads) {
            s.index.withoutHeads();
        }
        s.lot("L1", 10, "B", 12).lot("L2", 20, "B", 12);
        s.index.plan(request(1).build()); // sets the head, if heads are on
        AllocationResult result = s.index.reserve(request(reserve).customer("C").build());
        List<AllocationLine> reserved = List.of(line("L1", reserve));
        assertThat(result.lines()).isEqualTo(reserved).hasSameHashCodeAs(reserved).hasSize(1).isNotEmpty();
        assertThat(result.filled()).isTrue();
        assertThatThrownBy(() -> result.lines().get(1)).isInstanceOf(IndexOutOfBoundsException.class);
        ReservationId id = result.reservation().orElseThrow();

        int picked = Math.min(pick, reserve);
        if (picked > 0) {
            s.index.pick(id, id("L1"), "B", qty(picked));
        }
        if (cancel) {
            s.index.changeStatus(id("L1"), LotStatus.ON_HOLD, "check", Instant.parse("2025-06-01T09:00:00Z"), true);
        }
        int left = cancel ? 0 : reserve - picked;

        assertThat(result.lines()).isEqualTo(reserved);
        assertThat(reservedEvents(s)).singleElement().satisfies(e -> {
            assertThat(e.reservation()).isEqualTo(id);
            assertThat(e.customer()).isEqualTo("C");
            assertThat(e.lines()).isEqualTo(reserved);
        });
        if (left > 0) {
            assertThat(s.index.reservation(id).orElseThrow().lines()).containsExactly(line("L1", left));
        } else {
            assertThat(s.index.reservation(id)).isEmpty();
        }
        assertThat(s.index.position(id("L1"), "B").reserved()).isEqualByComparingTo(BigDecimal.valueOf(left));
        assertThat(StockIndex.open(s.journal).describe()).isEqualTo(s.index.describe());

        if (left > 0) {
            s.index.release(id);
            assertThat(result.lines()).isEqualTo(reserved);
            assertThat(s.index.reservation(id)).isEmpty();
            assertThat(s.index.position(id("L1"), "B").reserved()).isZero();
            assertThat(StockIndex.open(s.journal).describe()).isEqualTo(s.index.describe());
        }
    }

    private static List<StockEvent.Reserved> reservedEvents(Stock s) {
        List<StockEvent.Reserved> out = new ArrayList<>();
        s.journal.replay((position, event) -> {
            if (event instanceof StockEvent.Reserved e) {
                out.add(e);
            }
        });
        return out;
    }

    /** A line as the index makes it: quantities at the index's scale of three decimals. */
    private static AllocationLine line(String lot, long quantity) {
        return new AllocationLine(id(lot), "B", BigDecimal.valueOf(quantity * 1000, 3));
    }
}
