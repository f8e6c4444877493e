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

/** The reservation table behaves as a map under any sequence of puts and removes. */
class ReservationTableTest {

    @Property(tries = 200)
    void behavesLikeAMap(@ForAll @Size(max = 600) List<@IntRange(min = 1, max = 40) Integer> operations) {
        ReservationTable table = new ReservationTable();
        Map<Long, OpenReservation> model = new HashMap<>();
        for (int op : operations) {
            long id = op;
            if (model.containsKey(id)) {
                assertThat(table.removeReservation(id)).isSameAs(model.remove(id));
            } else {
                OpenReservation r = new ArrayReservation(id, null, new int[0], new long[0], 0);
                table.addReservation(r);
                model.put(id, r);
            }
            assertThat(table.openReservationCount()).isEqualTo(model.size());
        }
        for (long id = 1; id <= 41; id++) {
            assertThat(table.openReservation(id)).isSameAs(model.get(id));
        }
        assertThat(table.openReservations()).containsExactlyInAnyOrderElementsOf(model.values());
        assertThat(table.removeReservation(999)).isNull();
    }

    /**
     * The usual pattern: ids handed out in ascending order, reservations removed in any order (the newest, an old
     * one, many at once), so the table both grows and moves its open reservations together; lookups and listings
     * come in between, so the reservations waiting to be placed in the array are placed at any point.
     */
    @Property(tries = 200)
    void ascendingIdsWithRemovalsInAnyOrderBehaveLikeAMap(
            @ForAll @Size(max = 600) List<@IntRange(min = 0, max = 11) Integer> operations) {
        ReservationTable table = new ReservationTable();
        Map<Long, OpenReservation> model = new HashMap<>();
        List<Long> open = new ArrayList<>();
        long next = 1;
        for (int op : operations) {
            if (op < 6 || open.isEmpty()) {
                OpenReservation r = new ArrayReservation(next, null, new int[0], new long[0], 0);
                table.addReservation(r);
                model.put(next, r);
                open.add(next);
                next += 1 + op % 3;
            } else if (op < 10) {
                // 6: the newest, 7-9: one further back
                long id = open.remove(op == 6 ? open.size() - 1 : (open.size() * (op - 6)) / 4);
                assertThat(table.removeReservation(id)).isSameAs(model.remove(id));
                assertThat(table.removeReservation(id)).isNull();
            } else if (op == 10) {
                long id = open.get(open.size() / 3);
                assertThat(table.openReservation(id)).isSameAs(model.get(id));
                assertThat(table.openReservation(next)).isNull();
            } else {
                List<OpenReservation> listed = table.openReservations();
                assertThat(listed).extracting(OpenReservation::id).isSorted()
                        .containsExactlyInAnyOrderElementsOf(model.keySet());
                // Placed in the array, a reservation no longer links to an older one (which it would keep alive).
                assertThat(listed).allSatisfy(r -> assertThat(r.addedBefore()).isNull());
            }
            assertThat(table.openReservationCount()).isEqualTo(model.size());
        }
        for (long id = 0; id <= next; id++) {
            assertThat(table.openReservation(id)).isSameAs(model.get(id));
        }
        assertThat(table.openReservations()).extracting(OpenReservation::id).isSorted()
                .containsExactlyInAnyOrderElementsOf(model.keySet());
    }

    /** Many reservations added at once wait in the chain; the first lookup places them all, in order. */
    @Example
    void aLongRunOfAddsIsPlacedInOrderByTheFirstLookup() {
        ReservationTable table = new ReservationTable();
        List<OpenReservation> added = new ArrayList<>();
        for (long id = 1; id <= 1_000; id++) {
            OpenReservation r = new ArrayReservation(id * 2, null, new int[0], new long[0], 0);
            table.addReservation(r);
            added.add(r);
        }
        assertThat(table.openReservationCount()).isEqualTo(1_000);
        assertThat(table.removeReservation(1_000)).isSameAs(added.get(499));
        assertThat(table.openReservation(999)).isNull();
        assertThat(table.openReservation(2_000)).isSameAs(added.get(999));
        added.remove(499);
        assertThat(table.openReservations()).containsExactlyElementsOf(added);
    }

    @Example
    void aRemovedIdCanBeAddedAgainBeforeAndAfterNewerOnes() {
        ReservationTable table = new ReservationTable();
        for (long id = 1; id <= 20; id++) {
            table.addReservation(new ArrayReservation(id, null, new int[0], new long[0], 0));
        }
        OpenReservation five = new ArrayReservation(5, null, new int[0], new long[0], 0);
        table.removeReservation(5);
        table.removeReservation(20);
        table.addReservation(five);
        table.addReservation(new ArrayReservation(20, null, new int[0], new long[0], 0));
        assertThat(table.openReservation(5)).isSameAs(five);
        assertThat(table.openReservations()).extracting(OpenReservation::id).containsExactly(
                1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L, 12L, 13L, 14L, 15L, 16L, 17L, 18L, 19L, 20L);
    }
}
