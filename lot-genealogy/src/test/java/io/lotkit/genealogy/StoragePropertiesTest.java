package io.lotkit.genealogy;

import static org.assertj.core.api.Assertions.assertThat;

import io.lotkit.core.LotId;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** The primitive columns keep exactly what they were given, across chunk boundaries and overflow. */
class StoragePropertiesTest {

    @Property(tries = 300)
    void decimalsRoundTripExactlyWithTheirScale(@ForAll @Size(max = 50) List<BigInteger> unscaled,
            @ForAll @IntRange(min = -200, max = 200) int scale) {
        DecimalColumn column = new DecimalColumn();
        List<BigDecimal> values = new ArrayList<>();
        for (BigInteger u : unscaled) {
            BigDecimal value = new BigDecimal(u, scale);
            values.add(value);
            column.add(value);
        }
        for (int i = 0; i < values.size(); i++) {
            assertThat(column.get(i)).isEqualTo(values.get(i)); // equals compares the scale too
        }
    }

    @Property(tries = 200)
    void sumsAreExact(@ForAll @Size(min = 1, max = 30) List<@IntRange(min = -1_000_000, max = 1_000_000) Integer> cents) {
        DecimalColumn column = new DecimalColumn();
        column.add(BigDecimal.ZERO);
        BigDecimal expected = BigDecimal.ZERO;
        for (int c : cents) {
            BigDecimal amount = BigDecimal.valueOf(c, 2).multiply(new BigDecimal("123456789012.3"));
            column.addTo(0, amount);
            expected = expected.add(amount);
        }
        assertThat(column.get(0)).isEqualTo(expected);
    }

    @Property(tries = 300)
    void smallSumsOfMixedScalesAreExactWithTheScaleOfBigDecimalAdd(
            @ForAll @Size(min = 1, max = 30) List<@IntRange(min = -20_000_000, max = 20_000_000) Integer> unscaled,
            @ForAll @Size(min = 30, max = 30) List<@IntRange(min = 0, max = 17) Integer> scales) {
        DecimalColumn column = new DecimalColumn();
        column.add(BigDecimal.ZERO);
        BigDecimal expected = BigDecimal.ZERO;
        for (int i = 0; i < unscaled.size(); i++) {
            BigDecimal amount = BigDecimal.valueOf(unscaled.get(i), scales.get(i));
            column.addTo(0, amount);
            expected = expected.add(amount);
            assertThat(column.get(0)).isEqualTo(expected); // equals compares the scale too
        }
    }

    @Test
    void lotTableInternsOnceAcrossRehashesAndChunks() {
        LotTable table = new LotTable();
        int count = IntColumn.CHUNK_SIZE + 5_000;
        for (int i = 0; i < count; i++) {
            assertThat(table.intern(LotId.of("ITEM-" + (i % 7), "LOT-" + i))).isEqualTo(i);
        }
        for (int i = 0; i < count; i += 97) {
            LotId lot = LotId.of("ITEM-" + (i % 7), "LOT-" + i);
            assertThat(table.find(lot)).isEqualTo(i);
            assertThat(table.intern(lot)).isEqualTo(i);
            assertThat(table.lot(i)).isEqualTo(lot);
        }
        assertThat(table.find(LotId.of("ITEM-1", "LOT-0"))).isEqualTo(-1);
        assertThat(table.find(LotId.of("NO-ITEM", "LOT-0"))).isEqualTo(-1);
        assertThat(table.size()).isEqualTo(count);
    }

    @Property(tries = 100)
    void lotsFoundTogetherAreTheLotsFoundOneByOne(
            @ForAll @Size(min = 1, max = 300) List<@IntRange(min = 0, max = 500) Integer> interned,
            @ForAll @Size(min = 1, max = 12) List<@IntRange(min = 0, max = 1_000) Integer> probed,
            @ForAll @IntRange(min = 0, max = 3_000) int reserved,
            @ForAll boolean trimmed) {
        LotTable table = new LotTable();
        table.reserve(reserved);
        List<LotId> known = new ArrayList<>();
        for (int key : interned) {
            LotId lot = keyedLot(key);
            if (!known.contains(lot)) {
                known.add(lot);
            }
            assertThat(table.intern(lot)).isEqualTo(known.indexOf(lot));
        }
        if (trimmed) {
            table.trim();
        }
        // Fresh string instances, as a decoded journal gives: nothing may be found by identity alone.
        LotId[] lots = probed.stream().map(key -> keyedLot(key)).map(lot -> LotId.of(new String(lot.item()),
                new String(lot.lotNumber()))).toArray(LotId[]::new);
        int[] ids = new int[lots.length + 2];
        table.findAll(lots, lots.length, ids);
        for (int i = 0; i < lots.length; i++) {
            assertThat(ids[i]).isEqualTo(table.find(lots[i])).isEqualTo(known.indexOf(lots[i]));
        }
        for (int id = 0; id < known.size(); id++) {
            assertThat(table.lot(id)).isEqualTo(known.get(id));
        }
    }

    @Test
    void lotsFoundTogetherInANearlyFullTableAreTheLotsFoundOneByOne() {
        // 760 lots in the first table's 1,024 slots: long probe runs, lots placed far past their first slot.
        LotTable table = new LotTable();
        int lots = 760;
        for (int key = 0; key < lots; key++) {
            assertThat(table.intern(keyedLot(key))).isEqualTo(key);
        }
        int batch = 8;
        LotId[] probed = new LotId[batch];
        int[] ids = new int[batch];
        for (int first = 0; first < lots + 240; first += batch) {
            for (int i = 0; i < batch; i++) {
                LotId lot = keyedLot(first + i);
                probed[i] = LotId.of(new String(lot.item()), new String(lot.lotNumber()));
            }
            table.findAll(probed, batch, ids);
            for (int i = 0; i < batch; i++) {
                int key = first + i;
                assertThat(ids[i]).as("lot %d", key).isEqualTo(table.find(probed[i]))
                        .isEqualTo(key < lots ? key : -1);
            }
        }
    }

    /**
     * A lot per key: items enough for ids of two bytes in a key, and every seventh number about as long as a packed
     * number can be, or just longer.
     */
    private static LotId keyedLot(int key) {
        String number = "N" + key;
        if (key % 7 == 0) {
            number += "P".repeat(LotNumberPool.MAX_PACKED - 1 + key % 3 - number.length());
        }
        return LotId.of("IT-" + key % 170, number);
    }

    @Property(tries = 100)
    void lotNumbersOfAnyCharactersAndLengthRoundTrip(
            @ForAll @Size(min = 1, max = 60) List<@StringLength(min = 1, max = 300)
                    @CharRange(from = '!', to = '~') @CharRange(from = '\u00A0', to = '\u3000') String> numbers) {
        LotTable table = new LotTable();
        List<LotId> interned = new ArrayList<>();
        for (String number : numbers) {
            LotId lot = LotId.of("ITEM", number);
            int id = table.intern(lot);
            if (id == interned.size()) {
                interned.add(lot);
            }
            assertThat(table.lot(id)).isEqualTo(lot);
        }
        for (int id = 0; id < interned.size(); id++) {
            assertThat(table.find(interned.get(id))).isEqualTo(id);
            assertThat(table.lot(id)).isEqualTo(interned.get(id));
            assertThat(table.find(LotId.of("ITEM", interned.get(id).lotNumber() + "x"))).isEqualTo(
                    interned.indexOf(LotId.of("ITEM", interned.get(id).lotNumber() + "x")));
        }
        assertThat(table.size()).isEqualTo(interned.size());
    }

    @Test
    void lotNumbersFillManyPoolChunks() {
        LotTable table = new LotTable();
        String padding = "P".repeat(LotNumberPool.MAX_PACKED - 10);
        int count = 2_000; // some 500 KB of numbers: several chunks, each filled to its end
        for (int i = 0; i < count; i++) {
            assertThat(table.intern(LotId.of("ITEM", padding + i))).isEqualTo(i);
        }
        for (int i = 0; i < count; i++) {
            assertThat(table.lot(i).lotNumber()).isEqualTo(padding + i);
            assertThat(table.find(LotId.of("ITEM", padding + i))).isEqualTo(i);
        }
    }

    @Property(tries = 200)
    void instantsRoundTripExactlyAndCompareLikeInstants(
            @ForAll @Size(min = 1, max = 40) List<@LongRange(min = -31_557_014_167_219_200L,
                    max = 31_556_889_864_403_199L) Long> seconds,
            @ForAll @IntRange(min = 0, max = 999_999_999) int nano) {
        TimeColumn column = new TimeColumn();
        List<Instant> values = new ArrayList<>();
        for (int i = 0; i < seconds.size(); i++) {
            // Every other value near the epoch, so that the packed range and the side map are both exercised.
            long second = i % 2 == 0 ? seconds.get(i) : seconds.get(i) % 10_000_000_000L;
            Instant value = i % 5 == 4 ? null : Instant.ofEpochSecond(second, nano);
            values.add(value);
            column.add(value);
        }
        column.set(0, values.get(values.size() - 1));
        values.set(0, values.get(values.size() - 1));
        for (int i = 0; i < values.size(); i++) {
            assertThat(column.get(i)).isEqualTo(values.get(i));
            assertThat(column.isPresent(i)).isEqualTo(values.get(i) != null);
            for (Instant other : values) {
                if (values.get(i) != null && other != null) {
                    assertThat(Integer.signum(column.compareTo(i, other)))
                            .isEqualTo(Integer.signum(values.get(i).compareTo(other)));
                }
            }
        }
    }

    @Property(tries = 100)
    void sparseColumnsReadBackWhatWasSet(@ForAll @IntRange(min = -1, max = 3) int defaultValue,
            @ForAll @Size(max = 40) List<@IntRange(min = 0, max = 5_000) Integer> indexes,
            @ForAll @Size(min = 40, max = 40) List<@IntRange(min = -1, max = 3) Integer> values) {
        SparseIntColumn column = new SparseIntColumn(defaultValue);
        int[] expected = new int[5_001];
        Arrays.fill(expected, defaultValue);
        for (int i = 0; i < expected.length; i++) {
            assertThat(column.addDefault()).isEqualTo(i);
        }
        for (int i = 0; i < indexes.size(); i++) {
            column.set(indexes.get(i), values.get(i));
            expected[indexes.get(i)] = values.get(i);
        }
        for (int i = 0; i < expected.length; i++) {
            assertThat(column.get(i)).isEqualTo(expected[i]);
        }
        assertThat(column.size()).isEqualTo(expected.length);
    }

    @Test
    void intColumnsGrowAcrossChunks() {
        IntColumn column = new IntColumn();
        int count = 3 * IntColumn.CHUNK_SIZE + 17;
        for (int i = 0; i < count; i++) {
            assertThat(column.add(i * 3)).isEqualTo(i);
        }
        assertThat(column.get(IntColumn.CHUNK_SIZE)).isEqualTo(IntColumn.CHUNK_SIZE * 3);
        assertThat(column.get(count - 1)).isEqualTo((count - 1) * 3);
        // A copy gives every value in order, the last chunk's partly filled, and leaves the rest of the target.
        int[] copy = new int[count + 2];
        copy[count] = -7;
        column.copyTo(copy);
        for (int i = 0; i < count; i++) {
            assertThat(copy[i]).isEqualTo(i * 3);
        }
        assertThat(copy[count]).isEqualTo(-7);
    }
}
