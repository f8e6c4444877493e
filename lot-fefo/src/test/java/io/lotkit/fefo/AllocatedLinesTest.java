package io.lotkit.fefo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lotkit.core.LotId;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** The index's lines, kept as parts, read back as the very lines they were made from, however often. */
class AllocatedLinesTest {

    @Property(tries = 50)
    void severalLinesReadBackEqualToThePartsTheyWereBuiltFrom(@ForAll @IntRange(min = 2, max = 40) int count) {
        List<AllocationLine> expected = new ArrayList<>();
        Units units = new Units(3);
        Object[] parts = new Object[2 * count];
        long[] quantities = new long[count];
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < count; i++) {
            // Whole, fractional and large quantities: the shared small decimals and the made ones read back alike.
            long quantity = i % 3 == 0 ? (i + 1L) * 1000 : i % 3 == 1 ? 1000L * i + 125 : 5_000_000L + i * 1000L;
            AllocationLine line = new AllocationLine(
                    LotId.of("ITEM", "LOT-" + i), "LOC-" + (i % 7), BigDecimal.valueOf(quantity, 3));
            expected.add(line);
            parts[2 * i] = line.lot();
            parts[2 * i + 1] = line.location();
            quantities[i] = quantity;
            total = total.add(line.quantity());
        }
        AllocatedLines lines = new AllocatedLines(parts, quantities, units, "ITEM", total, BigDecimal.ZERO);

        assertThat(lines).hasSize(count).containsExactlyElementsOf(expected);
        assertThat(lines).isEqualTo(expected).hasSameHashCodeAs(expected);
        assertThat(lines.get(count - 1)).isEqualTo(lines.get(count - 1)).isEqualTo(expected.get(count - 1));
        assertThatThrownBy(() -> lines.get(count)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> lines.get(-1)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> lines.add(expected.get(0))).isInstanceOf(UnsupportedOperationException.class);
    }
}
