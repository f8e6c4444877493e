package io.lotkit.gs1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class Gs1MessageBuilderTest {

    private static final char GS = '\u001d';

    @Test
    void buildsFromTypedValues() {
        int year = LocalDate.now().getYear() + 1;
        Gs1Message message = Gs1Message.builder().gtin(Gtin.of("9501101020917")).lot("ABC123")
                .expiry(LocalDate.of(year, 5, 31)).measure("310", new BigDecimal("1.25")).serial("XYZ").build();
        String yy = "%02d".formatted(year % 100);
        assertThat(message.toBracketed())
                .isEqualTo("(01)09501101020917(10)ABC123(17)" + yy + "0531(3102)000125(21)XYZ");
        assertThat(message.measure("3102").orElseThrow().value()).isEqualByComparingTo("1.25");
        assertThat(message.expiry().orElseThrow().date()).isEqualTo(LocalDate.of(year, 5, 31));
    }

    @Test
    void dataStringPutsSeparatorsOnlyAfterVariableLengthFields() {
        Gs1Message message = Gs1Message.builder().add("01", "09501101020917").add("10", "ABC123")
                .add("17", "260531").add("21", "XYZ").build();
        assertThat(message.toDataString(GS, false)).isEqualTo(GS + "0109501101020917" + "10ABC123" + GS
                + "17260531" + "21XYZ");
        assertThat(message.toDataString(GS, true)).isEqualTo(GS + "0109501101020917" + "17260531" + "10ABC123"
                + GS + "21XYZ");
        assertThat(message.toUnbracketed()).isEqualTo("^010950110102091710ABC123^1726053121XYZ");
    }

    @Test
    void canonicalDigitalLinkPutsKeyAndQualifiersInThePath() {
        Gs1Message message = Gs1Message.builder().add("01", "09501101020917").add("17", "260531")
                .add("21", "XYZ").add("10", "ABC/1").add("3922", "0299").checkPairings(false).build();
        assertThat(message.toDigitalLink())
                .contains("https://id.gs1.org/01/09501101020917/10/ABC%2F1/21/XYZ?17=260531&3922=0299");
        assertThat(message.toDigitalLink("https://example.com/stem/"))
                .contains("https://example.com/stem/01/09501101020917/10/ABC%2F1/21/XYZ?17=260531&3922=0299");
        assertThatThrownBy(() -> message.toDigitalLink("ftp://x")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void noDigitalLinkWithoutAKeyOrWithMixedQualifierSequences() {
        Gs1Message noKey = Gs1Message.builder().add("99", "INTERNAL").build();
        assertThat(noKey.toDigitalLink()).isEmpty();
        Gs1Message mixed = Gs1Message.builder().add("01", "09501101020917").add("235", "TPX").add("10", "A").build();
        assertThat(mixed.toDigitalLink()).isEmpty();
    }

    @Test
    void amountsAndDatesAreEncoded() {
        Gs1Message message = Gs1Message.builder().gtin(Gtin.of("09501101020917")).add("30", "1")
                .amount("393", new BigDecimal("12.50"), "978").date("7250", LocalDate.of(1970, 1, 2))
                .checkPairings(false).build();
        assertThat(message.get("3931")).contains("978125");
        assertThat(message.get("7250")).contains("19700102");
        assertThat(message.amount("3931").orElseThrow().currency().orElseThrow().getCurrencyCode())
                .isEqualTo("EUR");
    }

    @Test
    void invalidContentIsReportedWithTheElementIndex() {
        Gs1ParseResult result = Gs1Message.builder().add("01", "09501101020918").add("10", "A").tryBuild();
        assertThat(result.errors().get(0).index()).isZero();
        assertThat(result.errors().get(0).checkCode()).isEqualTo("INCORRECT_CHECK_DIGIT");
        assertThatThrownBy(() -> Gs1Message.builder().add("10", "A").build())
                .isInstanceOf(Gs1ParseException.class).hasMessageContaining("REQUIRED_AI_MISSING");
        assertThatThrownBy(() -> Gs1Message.builder().add("01", null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void typedAddersRejectValuesThatCannotBeEncoded() {
        Gs1MessageBuilder builder = Gs1Message.builder();
        assertThatThrownBy(() -> builder.measure("310", new BigDecimal("1.234567")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("decimals");
        assertThatThrownBy(() -> builder.measure("310", new BigDecimal("-1")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("negative");
        assertThatThrownBy(() -> builder.measure("999", BigDecimal.ONE)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder.amount("391", BigDecimal.ONE, "")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder.expiry(LocalDate.of(1900, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("window");
        assertThatThrownBy(() -> builder.date("7003", LocalDate.of(2026, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("date-only");
        assertThatCode(() -> builder.date("15", new Gs1Date(LocalDate.of(2026, 1, 31), true)))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> builder.date("7006", new Gs1Date(LocalDate.of(2026, 1, 31), true)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("day 00");
    }
}
