package io.lotkit.genealogy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Packed edge entries give back every lot and code as stored, at each width, across chunk boundaries, and when
 * copied to entries of the same or other widths.
 */
class PackedEntriesPropertiesTest {

    @Property(tries = 12)
    void entriesKeepTheirLotAndCodeAtEveryWidth(
            @ForAll long seed,
            @ForAll boolean wideLots,
            @ForAll @IntRange(min = 0, max = 2) int codeWidth,
            @ForAll @IntRange(min = 0, max = 3) int sourceOffset) {
        int lotBytes = wideLots ? 4 : 3;
        int codeBytes = codeWidth == 0 ? 0 : codeWidth + 2;
        int size = PackedEntries.CHUNK_ENTRIES + 1_000;
        SplittableRandom random = new SplittableRandom(seed);
        int[] lots = new int[size];
        int[] codes = new int[size];
        PackedEntries entries = new PackedEntries(size, lotBytes, codeBytes);
        for (int i = 0; i < size; i++) {
            lots[i] = wideLots ? random.nextInt(Integer.MAX_VALUE) : random.nextInt(1 << 24);
            codes[i] = codeBytes == 4 ? random.nextInt() : codeBytes == 3 ? random.nextInt(-(1 << 23), 1 << 23) : 0;
            entries.set(i, lots[i], codes[i]);
        }
        for (int i = 0; i < size; i++) {
            assertThat(entries.other(i)).isEqualTo(lots[i]);
            if (codeBytes > 0) {
                assertThat(entries.code(i)).isEqualTo(codes[i]);
            }
        }
        // Copy a run that crosses a chunk boundary on both sides, into stores as wide and wider.
        int from = PackedEntries.CHUNK_ENTRIES - 500 + sourceOffset;
        int to = size - 10;
        for (PackedEntries target : new PackedEntries[] {new PackedEntries(size, lotBytes, codeBytes),
                new PackedEntries(size, 4, codeBytes == 0 ? 0 : 4)}) {
            int at = 7;
            target.copy(entries, from, to, at);
            for (int i = from; i < to; i++) {
                assertThat(target.other(at + i - from)).isEqualTo(lots[i]);
                if (codeBytes > 0) {
                    assertThat(target.code(at + i - from)).isEqualTo(codes[i]);
                }
            }
        }
    }

    @Property(tries = 50)
    void aCodeTakesThreeBytesExactlyWhenItFitsTwentyFourBitsSigned(@ForAll int code) {
        boolean fits = code >= -(1 << 23) && code < 1 << 23;
        assertThat(PackedEntries.codeBytesFor(code)).isEqualTo(fits ? 3 : 4);
    }
}
