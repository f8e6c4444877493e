package io.lotkit.gs1;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class CharacterSetsTest {

    private static final Linter CSET82 = Linters.forName("cset82");
    private static final Linter CSET39 = Linters.forName("cset39");
    private static final Linter CSET64 = Linters.forName("cset64");
    private static final Linter NUMERIC = Linters.forName("csetnumeric");

    private static int acceptedSingleCharacters(Linter linter) {
        int count = 0;
        for (char c = 0; c < 256; c++) {
            if (linter.lint(String.valueOf(c)) == null) {
                count++;
            }
        }
        return count;
    }

    @Test
    void eachSetHasTheSizeItsNameSays() {
        assertThat(acceptedSingleCharacters(CSET82)).isEqualTo(82);
        assertThat(acceptedSingleCharacters(CSET39)).isEqualTo(39);
        assertThat(acceptedSingleCharacters(CSET64)).isEqualTo(64);
        assertThat(acceptedSingleCharacters(NUMERIC)).isEqualTo(10);
    }

    @Test
    void theFirstStrayCharacterIsReported() {
        assertThat(CSET82.lint("AB C#")).extracting(LintFailure::code, LintFailure::start, LintFailure::end)
                .containsExactly("NON_CSET82_CHARACTER", 2, 3);
        assertThat(CSET39.lint("AB-C_")).extracting(LintFailure::code, LintFailure::start)
                .containsExactly("NON_CSET39_CHARACTER", 4);
        assertThat(CSET39.lint("abc")).extracting(LintFailure::start).isEqualTo(0);
        assertThat(CSET82.lint("caf\u00e9")).extracting(LintFailure::start).isEqualTo(3);
        assertThat(CSET82.lint("\u4e2d")).extracting(LintFailure::start).isEqualTo(0);
    }

    @Property(tries = 200)
    void unpaddedBase64UrlOfAnyBytesPasses(@ForAll @Size(max = 40) byte[] bytes) {
        assertThat(CSET64.lint(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes))).isNull();
    }

    @Property(tries = 200)
    void gs1PaddingMakesTheLengthAMultipleOfThree(@ForAll @Size(max = 40) byte[] bytes) {
        String unpadded = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        int pads = (3 - unpadded.length() % 3) % 3;
        assertThat(CSET64.lint(unpadded + "=".repeat(pads))).isNull();
        assertThat(CSET64.lint(unpadded + "=".repeat(pads + 1)))
                .extracting(LintFailure::code, LintFailure::start, LintFailure::end)
                .containsExactly("INVALID_CSET64_PADDING", unpadded.length(), unpadded.length() + pads + 1);
    }

    @Test
    void paddingFollowsGs1NotRfc4648() {
        assertThat(CSET64.lint("QQ=")).isNull();
        assertThat(CSET64.lint("QQ==")).extracting(LintFailure::code, LintFailure::start, LintFailure::end)
                .containsExactly("INVALID_CSET64_PADDING", 2, 4);
        assertThat(CSET64.lint("QUJD=")).extracting(LintFailure::code, LintFailure::start, LintFailure::end)
                .containsExactly("INVALID_CSET64_PADDING", 4, 5);
        assertThat(CSET64.lint("QU=I")).extracting(LintFailure::code, LintFailure::start)
                .containsExactly("NON_CSET64_CHARACTER", 2);
        assertThat(CSET64.lint("QUI+")).extracting(LintFailure::code).isEqualTo("NON_CSET64_CHARACTER");
    }

    @Test
    void hasNonDigitWantsAtLeastOneCharacterOtherThanADigit() {
        Linter hasNonDigit = Linters.forName("hasnondigit");
        assertThat(hasNonDigit.lint("12A")).isNull();
        assertThat(hasNonDigit.lint("123")).extracting(LintFailure::code, LintFailure::end)
                .containsExactly("DIGIT_REQUIRED_ABSENT", 3);
        assertThat(hasNonDigit.lint("")).extracting(LintFailure::code).isEqualTo("DIGIT_REQUIRED_ABSENT");
    }
}
