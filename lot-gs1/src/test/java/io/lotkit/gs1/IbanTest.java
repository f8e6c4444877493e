package io.lotkit.gs1;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class IbanTest {

    private static final Linter IBAN = Linters.forName("iban");

    @Test
    void publishedExamplesPass() {
        assertThat(IBAN.lint("GB82WEST12345698765432")).isNull();
        assertThat(IBAN.lint("DE89370400440532013000")).isNull();
        assertThat(IBAN.lint("NL91ABNA0417164300")).isNull();
    }

    @Test
    void eachFaultIsNamedAndLocated() {
        assertThat(IBAN.lint("GB83WEST12345698765432"))
                .extracting(LintFailure::code, LintFailure::start, LintFailure::end)
                .containsExactly("IBAN_INCORRECT_CHECK_DIGITS", 2, 4);
        assertThat(IBAN.lint("ZZ82WEST12345698765432"))
                .extracting(LintFailure::code, LintFailure::start, LintFailure::end)
                .containsExactly("IBAN_INVALID_COUNTRY", 0, 2);
        assertThat(IBAN.lint("GB82West12345698765432"))
                .extracting(LintFailure::code, LintFailure::start, LintFailure::end)
                .containsExactly("IBAN_INVALID_CHARACTER", 5, 6);
        assertThat(IBAN.lint("GB82")).extracting(LintFailure::code).isEqualTo("IBAN_TOO_SHORT");
        assertThat(IBAN.lint("GB82" + "1".repeat(31))).extracting(LintFailure::code).isEqualTo("IBAN_TOO_LONG");
    }

    @Property(tries = 200)
    void computedCheckDigitsPassAndAnyChangedDigitFails(
            @ForAll @NumericChars @StringLength(min = 1, max = 30) String bban,
            @ForAll @IntRange(min = 0, max = 29) int position, @ForAll @IntRange(min = 1, max = 9) int shift) {
        String iban = "DE" + checkDigits("DE", bban) + bban;
        assertThat(IBAN.lint(iban)).isNull();

        int at = 4 + position % bban.length();
        char changed = (char) ('0' + (iban.charAt(at) - '0' + shift) % 10);
        String corrupted = iban.substring(0, at) + changed + iban.substring(at + 1);
        assertThat(IBAN.lint(corrupted)).extracting(LintFailure::code).isEqualTo("IBAN_INCORRECT_CHECK_DIGITS");
    }

    /** ISO 7064 MOD 97-10 check digits, computed independently with BigInteger. */
    private static String checkDigits(String country, String bban) {
        StringBuilder digits = new StringBuilder(bban);
        for (char c : (country + "00").toCharArray()) {
            digits.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
        }
        int check = 98 - new BigInteger(digits.toString()).mod(BigInteger.valueOf(97)).intValue();
        return String.format("%02d", check);
    }
}
