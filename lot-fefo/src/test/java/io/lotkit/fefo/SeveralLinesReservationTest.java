package io.lotkit.fefo;

import static io.lotkit.fefo.Stock.id;
import static io.lotkit.fefo.Stock.qty;
import static io.lotkit.fefo.Stock.request;
import static org.assertj.core.api.Assertions.assertThat;

import io.lotkit.core.LotStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A reservation of several lines shares the result's arrays of slots and units: what later happens to the
 * reservation (picks, cancellations, release) changes neither the result the host holds nor the journaled event.
 */
class SeveralLinesReservationTest {

    @Test
    void picksAndCancellationsLeaveTheResultAndTheJournaledLinesAsReserved() {
        Stock s = new Stock().lot("L1", 10, "B", 5).lot("L2", 20, "B", 5).lot("L3", 30, "B", 5);
        AllocationResult result = s.index.reserve(request(12).build());
        List<AllocationLine> reserved = List.of(line("L1", "5.000"),
                line("L2", "5.000"), line("L3", "2.000"));
        assertThat(result.lines()).isEqualTo(reserved);
        ReservationId id = result.reservation().orElseThrow();

        s.index.pick(id, id("L2"), "B", qty(3));
        s.index.changeStatus(id("L1"), LotStatus.ON_HOLD, "check", Instant.parse("2025-06-01T09:00:00Z"), true);

        assertThat(result.lines()).isEqualTo(reserved);
        assertThat(s.index.reservation(id).orElseThrow().lines()).containsExactly(
                line("L2", "2.000"), line("L3", "2.000"));
        StockIndex replayed = StockIndex.open(s.journal);
        assertThat(replayed.describe()).isEqualTo(s.index.describe());

        s.index.release(id);
        assertThat(result.lines()).isEqualTo(reserved);
        assertThat(s.index.position(id("L1"), "B").reserved()).isZero();
        assertThat(s.index.position(id("L2"), "B").available()).isEqualByComparingTo("2");
        assertThat(s.index.position(id("L3"), "B").available()).isEqualByComparingTo("5");
    }

    /** A line as the index makes it: quantities at the index's scale of three decimals. */
    private static AllocationLine line(String lot, String quantity) {
        return new AllocationLine(id(lot), "B", new BigDecimal(quantity));
    }
}
