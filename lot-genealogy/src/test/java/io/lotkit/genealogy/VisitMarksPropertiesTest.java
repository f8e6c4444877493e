package io.lotkit.genealogy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/**
 * The visit marks answer exactly which lots the current search visited, and at which slot, whether the search is
 * small or large, after earlier searches of any size on the same thread, and when the marks must be cleared because
 * their counting would outgrow an int.
 */
class VisitMarksPropertiesTest {

    private static final int GRAPH_LOTS = 4_000;

    @Property(tries = 40)
    void marksHoldExactlyTheCurrentSearchsLots(
            @ForAll @Size(min = 1, max = 4) List<@IntRange(min = 0, max = 1_500) Integer> searchSizes,
            @ForAll @IntRange(min = 1, max = 3_999) int stride,
            @ForAll boolean nearOverflow) {
        // Near the top of the int range, the marks must be cleared to count again from 0 before a search could overflow.
        VisitMarks own = nearOverflow ? new VisitMarks(Integer.MAX_VALUE - 2_500) : null;
        int seed = 0;
        for (int size : searchSizes) {
            VisitMarks marks = own == null ? VisitMarks.forCurrentThread(GRAPH_LOTS) : own;
            if (own != null) {
                own.startSearch(GRAPH_LOTS);
            }
            Map<Integer, Integer> expected = new HashMap<>();
            int lot = seed;
            for (int slot = 0; slot < size; slot++) {
                while (expected.containsKey(lot)) {
                    lot = (lot + 1) % GRAPH_LOTS;
                }
                marks.ensureRoom(slot + 1, 0);
                marks.visit(lot, slot);
                marks.lots[slot] = lot;
                expected.put(lot, slot);
                lot = (lot + stride) % GRAPH_LOTS;
            }
            for (int any = 0; any < GRAPH_LOTS; any++) {
                assertThat(marks.slotIfVisited(any)).as("lot %d after %d visits", any, size)
                        .isEqualTo(expected.getOrDefault(any, -1));
            }
            seed += 7;
        }
    }

    @Test
    void marksCountAgainFromZeroBeforeTheyWouldOverflow() {
        VisitMarks marks = new VisitMarks(Integer.MAX_VALUE - 150);
        for (int search = 0; search < 4; search++) {
            marks.startSearch(100);
            for (int slot = 0; slot < 60; slot++) {
                marks.visit((slot * 7 + search) % 100, slot);
            }
            for (int slot = 0; slot < 60; slot++) {
                assertThat(marks.slotIfVisited((slot * 7 + search) % 100)).isEqualTo(slot);
            }
            int unvisited = 0;
            for (int lot = 0; lot < 100; lot++) {
                unvisited += marks.slotIfVisited(lot) < 0 ? 1 : 0;
            }
            assertThat(unvisited).as("search %d", search).isEqualTo(40);
        }
    }
}
