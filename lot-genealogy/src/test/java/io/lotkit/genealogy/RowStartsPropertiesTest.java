package io.lotkit.genealogy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** Packed row starts give back every start, in blocks of narrow offsets and in blocks too wide for them. */
class RowStartsPropertiesTest {

    @Property(tries = 60)
    void everyStartComesBack(
            @ForAll @Size(max = 400) List<@IntRange(min = 0, max = 5) Integer> lengths,
            @ForAll @IntRange(min = 0, max = 399) int wideLot,
            @ForAll @IntRange(min = 0, max = 200_000) int wideLength) {
        int lots = lengths.size();
        int[] starts = new int[lots + 1];
        for (int lot = 0; lot < lots; lot++) {
            int length = lot == wideLot ? wideLength : lengths.get(lot);
            starts[lot + 1] = starts[lot] + length;
        }
        RowStarts packed = new RowStarts(starts, lots);
        for (int lot = 0; lot <= lots; lot++) {
            assertThat(packed.start(lot)).as("start of lot %d", lot).isEqualTo(starts[lot]);
        }
    }
}
