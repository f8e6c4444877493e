package io.lotkit.gs1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lotkit.core.LotId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class Gs1MessageTypedViewsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private final Gs1Parser parser = Gs1Parser.builder().build();

    @Test
    void shortcutsReadWhatLotTrackingNeeds() {
        Gs1Message message = parser.parse("(01)09501101020917(17)260500(15)260531(11)251201(10)ABC123(21)XYZ");
        assertThat(message.gtin()).contains(new Gtin("09501101020917"));
        assertThat(message.gtin().orElseThrow().format()).isEqualTo(Gtin.Format.GTIN_13);
        assertThat(message.lot()).contains("ABC123");
        assertThat(message.serial()).contains("XYZ");
        assertThat(message.lotId()).contains(LotId.of("09501101020917", "ABC123"));
        assertThat(message.date("17", TODAY)).contains(new Gs1Date(LocalDate.of(2026, 5, 31), true));
        assertThat(message.date("15", TODAY)).contains(new Gs1Date(LocalDate.of(2026, 5, 31), false));
        assertThat(message.date("11", TODAY).orElseThrow().date()).isEqualTo(LocalDate.of(2025, 12, 1));
        assertThat(message.expiry()).isPresent();
        assertThat(message.bestBefore()).isPresent();
        assertThat(message.productionDate()).isPresent();
        assertThat(message.sscc()).isEmpty();
        assertThat(message.count()).isEmpty();
    }

    @Test
    void theElementListEndsAtTheLastElementWhateverTheParserAllocated() {
        Gs1Message message = parser.parse("(01)09501101020917(17)260531(10)ABC123(21)XYZ");
        assertThat(message.elements()).hasSize(4).doesNotContainNull().isSameAs(message.elements());
        assertThatThrownBy(() -> message.elements().get(4)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> message.elements().get(-1)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThat(message).isEqualTo(parser.parse("]d201095011010209171726053110ABC123\u001d21XYZ"))
                .hasSameHashCodeAs(parser.parse("^01095011010209171726053110ABC123^21XYZ"));
    }

    @Test
    void dayZeroMeansTheLastDayOfTheMonthIncludingLeapYears() {
        Gs1Message message = parser.parse("(01)09501101020917(17)280200");
        assertThat(message.date("17", TODAY)).contains(new Gs1Date(LocalDate.of(2028, 2, 29), true));
        assertThatThrownBy(() -> new Gs1Date(LocalDate.of(2028, 2, 28), true))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void twoDigitYearsFollowTheGs1SlidingWindow() {
        assertThat(Gs1Date.resolveYear(76, 2026)).isEqualTo(2076);
        assertThat(Gs1Date.resolveYear(77, 2026)).isEqualTo(1977);
        assertThat(Gs1Date.resolveYear(10, 2095)).isEqualTo(2110);
        assertThat(Gs1Date.resolveYear(45, 2095)).isEqualTo(2145);
        assertThat(Gs1Date.resolveYear(46, 2095)).isEqualTo(2046);
    }

    @Test
    void measuresCarryTheirImpliedDecimalsAndUnit() {
        Gs1Message message = parser.parse("(01)09501101020917(3103)001250(3922)1999(3302)023456");
        assertThat(message.measure("3103")).contains(new Measure(new BigDecimal("1.250"), "kg"));
        assertThat(message.measure("3302").orElseThrow().value()).isEqualByComparingTo("234.56");
        assertThat(message.amount("3922")).contains(new Amount(new BigDecimal("19.99"), ""));
        assertThat(message.measure("3104")).isEmpty();
        assertThatThrownBy(() -> message.measure("10")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no measure");
    }

    @Test
    void amountsNameTheirCurrency() {
        Gs1Message message = parser.parse("(01)09501101020917(30)5(3932)9781250");
        Amount amount = message.amount("3932").orElseThrow();
        assertThat(amount.value()).isEqualByComparingTo("12.50");
        assertThat(amount.currency().orElseThrow().getCurrencyCode()).isEqualTo("EUR");
        assertThat(message.count()).contains(new BigDecimal("5"));
    }

    @Test
    void dateTimesAndCountriesAreRead() {
        Gs1Message message = parser.parse("(01)09501101020917(7003)2605311430(422)276(423)276040");
        assertThat(message.dateTime("7003", TODAY)).contains(LocalDateTime.of(2026, 5, 31, 14, 30));
        assertThat(message.countries("422")).containsExactly("276");
        assertThat(message.countries("423")).containsExactly("276", "040");
        assertThatThrownBy(() -> message.countries("10")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> message.date("10", TODAY)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no date");
    }

    @Test
    void gtinFormatsAndValidation() {
        assertThat(Gtin.of("96385074").format()).isEqualTo(Gtin.Format.GTIN_8);
        assertThat(Gtin.of("614141000036").format()).isEqualTo(Gtin.Format.GTIN_12);
        assertThat(Gtin.of("614141000036").toShortForm()).isEqualTo("614141000036");
        assertThat(Gtin.of("10614141000033").format()).isEqualTo(Gtin.Format.GTIN_14);
        assertThatThrownBy(() -> Gtin.of("5901234123458")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("check digit");
        assertThatThrownBy(() -> Gtin.of("123")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Gtin.of(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void ssccAndOtherGtinAisAreRead() {
        Gs1Message message = parser.parse("(00)106141412345678908(02)00614141123452(37)25");
        assertThat(message.sscc()).contains("106141412345678908");
        assertThat(message.gtin("02").orElseThrow().format()).isEqualTo(Gtin.Format.GTIN_12);
        assertThat(message.count()).contains(new BigDecimal("25"));
        assertThat(message.lotId()).isEmpty();
        assertThatThrownBy(() -> message.gtin("10")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void glnsAreRead() {
        Gs1Message message = parser.parse("(414)9520123456788(254)32a");
        assertThat(message.gln("414")).contains("9520123456788");
        assertThat(message.gln("410")).isEmpty();
        assertThatThrownBy(() -> message.gln("418")).isInstanceOf(IllegalArgumentException.class);
        assertThat(parser.tryParse("(414)9520123456789").errors().get(0).checkCode())
                .isEqualTo("INCORRECT_CHECK_DIGIT");
    }
}
