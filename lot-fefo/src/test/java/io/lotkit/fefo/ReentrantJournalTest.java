package io.lotkit.fefo;

import static io.lotkit.fefo.Stock.qty;
import static io.lotkit.fefo.Stock.request;
import static org.assertj.core.api.Assertions.assertThat;

import io.lotkit.core.journal.InMemoryJournal;
import io.lotkit.core.spi.Journal;
import io.lotkit.core.spi.JournalVisitor;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The index reuses per-item scratch space for allocations under the item's monitor, and that monitor is reentrant:
 * a journal that calls back into the index for the same item while a reservation is being written must not
 * change what that reservation holds.
 */
class ReentrantJournalTest {

    /** Plans other lines of the same item from inside every append of a reservation. */
    private static final class PlanningJournal implements Journal<StockEvent> {
        final InMemoryJournal<StockEvent> store = InMemoryJournal.create();
        final List<AllocationResult> plannedInside = new ArrayList<>();
        StockIndex index;

        @Override
        public long append(List<? extends StockEvent> events) {
            if (index != null && events.get(0) instanceof StockEvent.Reserved) {
                plannedInside.add(index.plan(request(25).build()));
            }
            return store.append(events);
        }

        @Override
        public void replay(long fromPosition, JournalVisitor<? super StockEvent> visitor) {
            store.replay(fromPosition, visitor);
        }

        @Override
        public long nextPosition() {
            return store.nextPosition();
        }

        @Override
        public void close() {
            store.close();
        }
    }

    @Test
    void aPlanInsideTheJournalDoesNotChangeTheReservationBeingWritten() {
        PlanningJournal journal = new PlanningJournal();
        StockIndex index = StockIndex.open(journal);
        Stock.lotInto(index, "L1", 10, "A-1", 5);
        Stock.lotInto(index, "L2", 20, "A-1", 10);
        Stock.lotInto(index, "L3", 30, "A-2", 10);
        journal.index = index;

        AllocationResult reserved = index.reserve(request(3).build());

        assertThat(journal.plannedInside).singleElement()
                .satisfies(inside -> assertThat(inside.lines()).hasSize(3));
        Reservation held = index.reservation(reserved.reservation().orElseThrow()).orElseThrow();
        assertThat(held.lines()).isEqualTo(reserved.lines());
        assertThat(held.lines()).singleElement().satisfies(line -> {
            assertThat(line.lot()).isEqualTo(Stock.id("L1"));
            assertThat(line.quantity()).isEqualByComparingTo(qty(3));
        });
        assertThat(index.position(Stock.id("L1"), "A-1").reserved()).isEqualByComparingTo(qty(3));
        assertThat(index.position(Stock.id("L2"), "A-1").reserved()).isEqualByComparingTo(qty(0));
        assertThat(StockIndex.open(journal.store).describe()).isEqualTo(index.describe());
    }
}
