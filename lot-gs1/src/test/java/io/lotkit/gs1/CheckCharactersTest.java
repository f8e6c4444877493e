package io.lotkit.gs1;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class CheckCharactersTest {

    private static final Linter CSUM = Linters.forName("csum");
    private static final Linter CSUM_ALPHA = Linters.forName("csumalpha");
    private static final String CSET82 =
            "!\"%&'()*+,-./0123456789:;<=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz";

    @Test
    void knownKeysCarryTheirCheckDigit() {
        assertThat(CSUM.lint("4006381333931")).isNull(); // GTIN-13
        assertThat(CSUM.lint("00012345600012")).isNull(); // GTIN-14
        assertThat(CSUM.lint("106141411234567897")).isNull(); // SSCC
        assertThat(CSUM.lint("4006381333932"))
                .isEqualTo(new LintFailure("INCORRECT_CHECK_DIGIT", LintReason.INCORRECT_CHECK_DIGIT.message(), 12, 13));
    }

    @Test
    void aNonDigitIsReportedWhereItIs() {
        assertThat(CSUM.lint("40063813339x1")).extracting(LintFailure::code, LintFailure::start, LintFailure::end)
                .containsExactly("NON_DIGIT_CHARACTER", 11, 12);
    }

    @Test
    void tooShortToCarryACheckDigit() {
        assertThat(CSUM.lint("")).extracting(LintFailure::code).isEqualTo("TOO_SHORT_FOR_CHECK_DIGIT");
        assertThat(CSUM.lint("7")).extracting(LintFailure::code).isEqualTo("TOO_SHORT_FOR_CHECK_DIGIT");
    }

    @Property(tries = 300)
    void appendingTheComputedDigitPassesAndAnySingleDigitChangeFails(
            @ForAll @NumericChars @StringLength(min = 1, max = 30) String payload,
            @ForAll @IntRange(min = 0, max = 30) int position, @ForAll @IntRange(min = 1, max = 9) int shift) {
        String key = payload + CheckCharacters.checkDigit(payload, 0, payload.length());
        assertThat(CSUM.lint(key)).isNull();

        int at = position % key.length();
        char changed = (char) ('0' + (key.charAt(at) - '0' + shift) % 10);
        String corrupted = key.substring(0, at) + changed + key.substring(at + 1);
        assertThat(CSUM.lint(corrupted)).extracting(LintFailure::code).isEqualTo("INCORRECT_CHECK_DIGIT");
    }

    @Test
    void knownAlphanumericKeysCarryTheirPair() {
        assertThat(CSUM_ALPHA.lint("1987654Ad4X4bL5ttr2310c2K")).isNull(); // GMN example from the GS1 spec
        assertThat(CSUM_ALPHA.lint("1987654Ad4X4bL5ttr2310cK2"))
                .extracting(LintFailure::code, LintFailure::start, LintFailure::end)
                .containsExactly("INCORRECT_CHECK_PAIR", 23, 25);
    }

    @Test
    void thePairNeedsTwoCharactersAndAtMostNinetySevenBeforeIt() {
        assertThat(CSUM_ALPHA.lint("2")).extracting(LintFailure::code).isEqualTo("TOO_SHORT_FOR_CHECK_PAIR");
        assertThat(CSUM_ALPHA.lint("22")).isNull(); // nothing before the pair sums to zero: "22"
        String longest = "z".repeat(CheckCharacters.MAX_PAIR_DATA_LENGTH);
        assertThat(CSUM_ALPHA.lint(withPair(longest))).isNull();
        assertThat(CSUM_ALPHA.lint(longest + "z" + "ZZ"))
                .extracting(LintFailure::code).isEqualTo("TOO_LONG_FOR_CHECK_PAIR");
    }

    @Test
    void theDataBeforeThePairMustBeCharacterSet82() {
        assertThat(CSUM_ALPHA.lint("12 4NT")).extracting(LintFailure::code, LintFailure::start)
                .containsExactly("NON_CSET82_CHARACTER", 2);
    }

    @Property(tries = 300)
    void appendingTheComputedPairPassesAndAnySingleSubstitutionFails(
            @ForAll("cset82Strings") String payload, @ForAll @IntRange(min = 0, max = 40) int position,
            @ForAll @IntRange(min = 1, max = 81) int shift) {
        String key = withPair(payload);
        assertThat(CSUM_ALPHA.lint(key)).isNull();

        // 1021 is prime and both the weight and the value difference are below it, so their product never
        // vanishes modulo 1021: every single substitution in the data changes the pair.
        int at = position % payload.length();
        char changed = CSET82.charAt((CSET82.indexOf(payload.charAt(at)) + shift) % CSET82.length());
        String corrupted = payload.substring(0, at) + changed + payload.substring(at + 1) + key.substring(payload.length());
        assertThat(CSUM_ALPHA.lint(corrupted)).extracting(LintFailure::code).isEqualTo("INCORRECT_CHECK_PAIR");
    }

    @Provide
    Arbitrary<String> cset82Strings() {
        return Arbitraries.strings().withChars(CSET82.toCharArray()).ofMinLength(1).ofMaxLength(40);
    }

    private static String withPair(String payload) {
        int pair = CheckCharacters.checkPair(payload, 0, payload.length());
        return payload + (char) (pair >>> 16) + (char) (pair & 0xFFFF);
    }
}
