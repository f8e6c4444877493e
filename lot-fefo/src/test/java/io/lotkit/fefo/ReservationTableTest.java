package io.lotkit.fefo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** The open-addressing reservation table behaves as a map under any sequence of puts and removes. */
class ReservationTableTest {

    @Property(tries = 200)
    void behavesLikeAMap(@ForAll @Size(max = 600) List<@IntRange(min = 1, max = 40) Integer> operations) {
        ReservationTable table = new ReservationTable();
        Map<Long, ItemStock.OpenReservation> model = new HashMap<>();
        for (int op : operations) {
            long id = op;
            if (model.containsKey(id)) {
                assertThat(table.remove(id)).isSameAs(model.remove(id));
            } else {
                ItemStock.OpenReservation r = new ItemStock.OpenReservation(id, null, new long[0], 0);
                table.put(r);
                model.put(id, r);
            }
            assertThat(table.size()).isEqualTo(model.size());
        }
        for (long id = 1; id <= 41; id++) {
            assertThat(table.get(id)).isSameAs(model.get(id));
        }
        assertThat(table.values()).containsExactlyInAnyOrderElementsOf(model.values());
        assertThat(table.remove(999)).isNull();
    }

    @Example
    void removalKeepsProbeRunsThatWrapAroundTheEndFindable() {
        // Ids whose home is the last slot of the initial 16-slot table: their probe run wraps to slots 0, 1, ...
        List<Long> lastSlot = new ArrayList<>();
        List<Long> firstSlot = new ArrayList<>();
        for (long id = 1; lastSlot.size() < 3 || firstSlot.size() < 1; id++) {
            int home = ReservationTable.slot(id, 15);
            if (home == 15 && lastSlot.size() < 3) {
                lastSlot.add(id);
            } else if (home == 0 && firstSlot.isEmpty()) {
                firstSlot.add(id);
            }
        }
        ReservationTable table = new ReservationTable();
        for (long id : List.of(lastSlot.get(0), lastSlot.get(1), firstSlot.get(0), lastSlot.get(2))) {
            table.put(new ItemStock.OpenReservation(id, null, new long[0], 0));
        }
        table.remove(lastSlot.get(0));
        table.remove(firstSlot.get(0));
        assertThat(table.get(lastSlot.get(1))).isNotNull();
        assertThat(table.get(lastSlot.get(2))).isNotNull();
        assertThat(table.get(firstSlot.get(0))).isNull();
        assertThat(table.size()).isEqualTo(2);
    }
}
