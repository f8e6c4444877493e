package io.lotkit.drill;

import static org.assertj.core.api.Assertions.assertThat;

import io.lotkit.gs1.Gtin;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

class PlantTest {

    @Property(tries = 200)
    void everyGtinMadeByThePlantHasAValidCheckDigit(@ForAll @LongRange(min = 0, max = 9_999_999_999_999L) long digits) {
        String gtin = Plant.gtin("%013d".formatted(digits));

        assertThat(Gtin.of(gtin).value()).isEqualTo(gtin);
    }
}
