package io.lotkit.core.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/**
 * The sequence is printed by a decimal fast path and by a general path for other alphabets; both must print
 * exactly what the JDK prints, padded and unpadded, at every width, including values past
 * {@code Integer.MAX_VALUE}.
 */
class SequencePrintingTest {

    @Property(tries = 500)
    void sequencesPrintAsTheJdkDoes(
            @ForAll boolean decimal,
            @ForAll @IntRange(min = 1, max = 18) int requestedWidth,
            @ForAll @LongRange(min = 0, max = Long.MAX_VALUE) long seed) {
        int radix = decimal ? 10 : 36;
        int width = decimal ? requestedWidth : Math.min(requestedWidth, 12);
        long value = seed % pow(radix, width);
        String option = decimal ? "" : ",base36";
        String jdk = Long.toString(value, radix).toUpperCase(Locale.ROOT);

        String padded = LotNumberFormat.compile("'X'{seq:" + width + option + "}", Gs1Limit.NONE)
                .format(LotContext.empty(), value);
        String unpadded = LotNumberFormat.compile("'X'{seq:.." + width + option + "}", Gs1Limit.NONE)
                .format(LotContext.empty(), value);

        assertThat(padded).isEqualTo("X" + "0".repeat(width - jdk.length()) + jdk);
        assertThat(unpadded).isEqualTo("X" + jdk);
    }

    private static long pow(int radix, int width) {
        long power = 1;
        for (int i = 0; i < width; i++) {
            power *= radix;
        }
        return power;
    }
}
