package io.lotkit.fefo;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** Unit counts turn back into the exact decimal at the index's scale, shared for small whole quantities. */
class UnitsTest {

    @Property(tries = 300)
    void aCountTurnsIntoItsExactDecimal(@ForAll @IntRange(min = 0, max = 9) int scale,
            @ForAll @LongRange(min = -5_000_000_000_000L, max = 5_000_000_000_000L) long units) {
        assertThat(new Units(scale).toDecimal(units)).isEqualTo(BigDecimal.valueOf(units, scale));
    }

    @Property(tries = 300)
    void wholeQuantitiesAreExactAndSmallOnesShared(@ForAll @IntRange(min = 0, max = 9) int scale,
            @ForAll @IntRange(min = 0, max = 5000) int whole) {
        Units units = new Units(scale);
        long count = BigDecimal.valueOf(whole).movePointRight(scale).longValueExact();
        BigDecimal decimal = units.toDecimal(count);
        assertThat(decimal).isEqualTo(BigDecimal.valueOf(count, scale));
        if (whole < 4096 && scale <= 8) {
            assertThat(units.toDecimal(count)).isSameAs(decimal);
        }
    }
}
