package io.lotkit.core.format;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class CheckAlgorithmTest {

    @Test
    void gs1Mod10MatchesPublishedGtins() {
        assertThat(check(CheckAlgorithm.GS1_MOD10, "400638133393")).isEqualTo('1');
        assertThat(check(CheckAlgorithm.GS1_MOD10, "0950110153000")).isEqualTo('3');
        assertThat(check(CheckAlgorithm.GS1_MOD10, "629104150021")).isEqualTo('3');
    }

    @Test
    void luhnMatchesTheTextbookExample() {
        assertThat(check(CheckAlgorithm.LUHN, "7992739871")).isEqualTo('3');
    }

    @Test
    void iso7064Mod37Of36MatchesIsanExamples() {
        assertThat(check(CheckAlgorithm.ISO7064_MOD37_36, "A12425GABC1234002")).isEqualTo('M');
        assertThat(check(CheckAlgorithm.ISO7064_MOD37_36, "B159D8FA01240000")).isEqualTo('K');
        assertThat(check(CheckAlgorithm.ISO7064_MOD37_36, "188166C734200000")).isEqualTo('3');
    }

    /** All three systems detect every single-character substitution. */
    @Property(tries = 300)
    void everySingleSubstitutionIsDetected(
            @ForAll @StringLength(min = 1, max = 19) @CharRange(from = '0', to = '9') @Chars({'A', 'K', 'Z'})
                    String text,
            @ForAll @IntRange(min = 0, max = 18) int position,
            @ForAll @IntRange(min = 1, max = 35) int shift) {
        int at = position % text.length();
        String alnum = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
        for (CheckAlgorithm algorithm : CheckAlgorithm.values()) {
            boolean digitsOnly = algorithm != CheckAlgorithm.ISO7064_MOD37_36;
            String input = digitsOnly ? text.replaceAll("[A-Z]", "7") : text;
            String alphabet = digitsOnly ? alnum.substring(0, 10) : alnum;
            char original = input.charAt(at);
            char replaced = alphabet.charAt((alphabet.indexOf(original) + shift) % alphabet.length());
            if (replaced == original) {
                continue;
            }
            String altered = input.substring(0, at) + replaced + input.substring(at + 1);
            assertThat(check(algorithm, altered)).as("%s over %s vs %s", algorithm, input, altered)
                    .isNotEqualTo(check(algorithm, input));
        }
    }

    /** The print path reads a char buffer, the parse path a CharSequence: both give the same check character. */
    @Property(tries = 200)
    void bufferAndCharSequenceAgree(
            @ForAll @StringLength(min = 0, max = 30) @CharRange(from = '0', to = '9') @CharRange(from = 'A', to = 'Z')
                    String text) {
        for (CheckAlgorithm algorithm : CheckAlgorithm.values()) {
            String input = algorithm == CheckAlgorithm.ISO7064_MOD37_36 ? text : text.replaceAll("[A-Z]", "5");
            char[] buffer = (input + "tail").toCharArray();
            assertThat(algorithm.compute(buffer, input.length())).as("%s over %s", algorithm, input)
                    .isEqualTo(check(algorithm, input));
        }
    }

    private static char check(CheckAlgorithm algorithm, String text) {
        return algorithm.compute(text, text.length());
    }
}
