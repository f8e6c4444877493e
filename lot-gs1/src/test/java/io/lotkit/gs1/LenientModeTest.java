package io.lotkit.gs1;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class LenientModeTest {

    private static final String GS = "\u001d";
    private final Gs1Parser strict = Gs1Parser.builder().build();
    private final Gs1Parser lenient = Gs1Parser.builder().lenient(true).build();

    @Test
    void zeroDateIsReadAsAbsentWithAWarning() {
        String input = "(01)09501101020917(17)000000(10)ABC";
        assertThat(strict.tryParse(input).isOk()).isFalse();
        Gs1ParseResult result = lenient.tryParse(input);
        assertThat(result.warnings()).extracting(Gs1Error::code).containsExactly(Gs1ErrorCode.LENIENT_ZERO_DATE);
        assertThat(result.warnings().get(0).index()).isEqualTo(22);
        Gs1Message message = result.orElseThrow();
        assertThat(message.get("17")).contains("000000");
        assertThat(message.date("17", LocalDate.of(2026, 1, 1))).isEmpty();
    }

    @Test
    void missingSeparatorIsRecoveredWhenOnlyOneReadingWorks() {
        // A run-on that still fits the lot's 20 characters is indistinguishable from a long lot: no repair.
        String fits = "]d2010950110102091710ABC1231726053121XYZ";
        assertThat(lenient.tryParse(fits).orElseThrow().get("10")).contains("ABC1231726053121XYZ");
        // Past 20 characters the lot must have ended; only the split before "21XYZ" reads cleanly.
        String tooLong = "]d20109501101020917" + "10ABCDEFGHIJKLMNOPQRS" + "21XYZ";
        assertThat(strict.tryParse(tooLong).errors().get(0).code()).isEqualTo(Gs1ErrorCode.VALUE_TOO_LONG);
        Gs1ParseResult recovered = lenient.tryParse(tooLong);
        assertThat(recovered.orElseThrow().elements()).containsExactly(new Gs1Element("01", "09501101020917"),
                new Gs1Element("10", "ABCDEFGHIJKLMNOPQRS"), new Gs1Element("21", "XYZ"));
        assertThat(recovered.warnings()).extracting(Gs1Error::code)
                .containsExactly(Gs1ErrorCode.LENIENT_MISSING_SEPARATOR);
    }

    @Test
    void ambiguousRunOnIsNotGuessed() {
        // The lot may end after 18 characters, leaving (99)12345678, or after 19, leaving (91)2345678: two clean
        // readings, so nothing is guessed and the strict error stands.
        String input = "]d20109501101020917" + "10AAAAAAAAAAAAAAAAAA" + "9912345678";
        Gs1ParseResult result = lenient.tryParse(input);
        assertThat(result.isOk()).isFalse();
        assertThat(result.errors().get(0).code()).isEqualTo(Gs1ErrorCode.VALUE_TOO_LONG);
    }

    @Test
    void repeatedSeparatorIsSkippedWithAWarning() {
        String input = "]d2010950110102091710ABC" + GS + GS + "21XYZ";
        assertThat(strict.tryParse(input).isOk()).isFalse();
        Gs1ParseResult result = lenient.tryParse(input);
        assertThat(result.orElseThrow().get("21")).contains("XYZ");
        assertThat(result.warnings()).extracting(Gs1Error::code).containsExactly(Gs1ErrorCode.LENIENT_EXTRA_SEPARATOR);
    }

    @Test
    void strictModeNeverWarns() {
        assertThat(strict.tryParse("(01)09501101020917(10)ABC").warnings()).isEmpty();
    }
}
