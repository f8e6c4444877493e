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

/**
 * The index's lines, kept as slots and units beside the item's per-slot lot ids and locations, read back as the very
 * lines they were made from, however often.
 */
class AllocatedLinesTest {

    @Property(tries = 50)
    void severalLinesReadBackEqualToThePartsTheyWereBuiltFrom(@ForAll @IntRange(min = 2, max = 40) int count) {
        List<AllocationLine> expected = new ArrayList<>();
        Units units = new Units(3);
        // The item's per-slot arrays hold more slots than the lines take, and the lines take them out of order.
        LotId[] slotLotId = new LotId[count + 3];
        String[] slotLocation = new String[count + 3];
        int[] slots = new int[count];
        long[] quantities = new long[count];
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < count; i++) {
            // Whole, fractional and large quantities: the shared small decimals and the made ones read back alike.
            long quantity = i % 3 == 0 ? (i + 1L) * 1000 : i % 3 == 1 ? 1000L * i + 125 : 5_000_000L + i * 1000L;
            AllocationLine line = new AllocationLine(
                    LotId.of("ITEM", "LOT-" + i), "LOC-" + (i % 7), BigDecimal.valueOf(quantity, 3));
            expected.add(line);
            int slot = (i * 7 + 2) % (count + 3);
            while (slotLotId[slot] != null) {
                slot = (slot + 1) % (count + 3);
            }
            slots[i] = slot;
            slotLotId[slot] = line.lot();
            slotLocation[slot] = line.location();
            quantities[i] = quantity;
            total = total.add(line.quantity());
        }
        AllocatedLines lines =
                new AllocatedLines.Several(slots, quantities, slotLotId, slotLocation, units, "ITEM", total,
                        BigDecimal.ZERO);

        assertThat(lines).hasSize(count).containsExactlyElementsOf(expected);
        assertThat(lines).isEqualTo(expected).hasSameHashCodeAs(expected);
        assertThat(lines.get(count - 1)).isEqualTo(lines.get(count - 1)).isEqualTo(expected.get(count - 1));
        assertThatThrownBy(() -> lines.get(count)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> lines.get(-1)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> lines.add(expected.get(0))).isInstanceOf(UnsupportedOperationException.class);
    }
}
