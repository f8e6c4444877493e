package io.lotkit.fefo.jcstress;

import io.lotkit.core.Lot;
import io.lotkit.core.LotId;
import io.lotkit.core.LotStatus;
import io.lotkit.core.journal.InMemoryJournal;
import io.lotkit.fefo.AllocationRequest;
import io.lotkit.fefo.StockEvent;
import io.lotkit.fefo.StockIndex;
import io.lotkit.fefo.StockPosition;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.Expect;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.III_Result;

/**
 * Two threads reserve 2 units each against 3 in stock (two lots, FEFO, partial fill allowed). Whatever the
 * interleaving, together they get exactly 3 and the reserved quantity never exceeds what is on hand.
 *
 * <p>Runs only in the {@code jcstress} profile: {@code mvn -B -Pjcstress -pl lot-fefo -am verify}.
 */
@JCStressTest
@Outcome(id = {"2, 1, 3", "1, 2, 3"}, expect = Expect.ACCEPTABLE, desc = "one thread got its 2, the other the last 1")
@Outcome(expect = Expect.FORBIDDEN, desc = "over- or under-allocation")
@State
public class ReserveStress {

    private static final LocalDate DAY = LocalDate.of(2025, 6, 1);
    private static final LotId EARLY = LotId.of("A", "EARLY");
    private static final LotId LATE = LotId.of("A", "LATE");

    private final StockIndex index = StockIndex.open(InMemoryJournal.<StockEvent>create());
    private final AllocationRequest twoUnits = AllocationRequest.builder("A", BigDecimal.valueOf(2), DAY).build();

    public ReserveStress() {
        index.registerLot(Lot.builder(EARLY).status(LotStatus.RELEASED).expiryDate(DAY.plusDays(5)).build());
        index.registerLot(Lot.builder(LATE).status(LotStatus.RELEASED).expiryDate(DAY.plusDays(9)).build());
        index.receive(EARLY, "LOC", BigDecimal.ONE);
        index.receive(LATE, "LOC", BigDecimal.valueOf(2));
    }

    @Actor
    public void first(III_Result r) {
        r.r1 = index.reserve(twoUnits).allocated().intValueExact();
    }

    @Actor
    public void second(III_Result r) {
        r.r2 = index.reserve(twoUnits).allocated().intValueExact();
    }

    @Arbiter
    public void reservedInTotal(III_Result r) {
        int reserved = 0;
        for (StockPosition position : index.positions("A")) {
            if (position.reserved().compareTo(position.onHand()) > 0) {
                r.r3 = -1;
                return;
            }
            reserved += position.reserved().intValueExact();
        }
        r.r3 = reserved;
    }
}
