package io.lotkit.genealogy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * The visit marks answer exactly which lots the current search visited, and at which slot, whether the search is
 * small or large, and after earlier searches of any size on the same thread.
 */
class VisitMarksPropertiesTest {

    private static final int GRAPH_LOTS = 4_000;

    @Property(tries = 40)
    void marksHoldExactlyTheCurrentSearchsLots(
            @ForAll @Size(min = 1, max = 4) List<@IntRange(min = 0, max = 1_500) Integer> searchSizes,
            @ForAll @IntRange(min = 1, max = 3_999) int stride) {
        int seed = 0;
        for (int size : searchSizes) {
            VisitMarks marks = VisitMarks.forCurrentThread(GRAPH_LOTS);
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
}
