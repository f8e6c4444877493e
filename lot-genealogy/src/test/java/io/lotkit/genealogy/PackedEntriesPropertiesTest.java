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

    @Property(tries = 16)
    void entriesKeepTheirLotAndCodeAtEveryWidth(
            @ForAll long seed,
            @ForAll @IntRange(min = 1, max = 31) int lotBits,
            @ForAll @IntRange(min = 0, max = 32) int codeBits,
            @ForAll @IntRange(min = 0, max = 7) int sourceOffset) {
        int size = PackedEntries.CHUNK_ENTRIES + 1_000;
        SplittableRandom random = new SplittableRandom(seed);
        int[] lots = new int[size];
        int[] codes = new int[size];
        PackedEntries entries = new PackedEntries(size, lotBits, codeBits);
        for (int i = 0; i < size; i++) {
            lots[i] = (int) (random.nextLong() >>> (64 - lotBits));
            codes[i] = codeBits == 0 ? 0 : (int) (random.nextLong() >> (64 - codeBits));
            entries.set(i, lots[i], codes[i]);
        }
        for (int i = 0; i < size; i++) {
            assertThat(entries.other(i)).isEqualTo(lots[i]);
            if (codeBits > 0) {
                assertThat(entries.code(i)).isEqualTo(codes[i]);
                assertThat(PackedEntries.codeBitsFor(codes[i])).isLessThanOrEqualTo(codeBits);
            }
        }
        // Copy a run that crosses a chunk boundary on both sides, into stores as wide and wider.
        int from = PackedEntries.CHUNK_ENTRIES - 500 + sourceOffset;
        int to = size - 10;
        for (PackedEntries target : new PackedEntries[] {new PackedEntries(size, lotBits, codeBits),
                new PackedEntries(size, 31, codeBits == 0 ? 0 : 32)}) {
            int at = 3 + sourceOffset;
            target.copy(entries, from, to, at);
            for (int i = from; i < to; i++) {
                assertThat(target.other(at + i - from)).isEqualTo(lots[i]);
                if (codeBits > 0) {
                    assertThat(target.code(at + i - from)).isEqualTo(codes[i]);
                }
            }
        }
    }

    @Property(tries = 50)
    void aCodeTakesTheBitsOfItsValueAndSign(@ForAll int code) {
        int bits = PackedEntries.codeBitsFor(code);
        assertThat(bits).isBetween(1, 32);
        long min = -(1L << (bits - 1));
        long max = (1L << (bits - 1)) - 1;
        assertThat((long) code).isBetween(min, max);
        if (bits > 1) {
            assertThat((long) code < min / 2 || code > max / 2).isTrue();
        }
    }

    @Property(tries = 50)
    void aLotFieldHoldsEveryIdBelowTheLotCount(@ForAll @IntRange(min = 0, max = Integer.MAX_VALUE) int lots) {
        int bits = PackedEntries.lotBitsFor(lots);
        assertThat(bits).isBetween(1, 31);
        assertThat((long) Math.max(lots - 1, 0)).isLessThan(1L << bits);
    }
}
