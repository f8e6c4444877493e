package io.lotkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class ShelfLifeTest {

    private static final LocalDate EXPIRY = LocalDate.of(2024, 3, 10);

    @Provide
    Arbitrary<LocalDate> dates() {
        return LotkitArbitraries.dates();
    }

    @Test
    void theLotIsUsableThroughItsExpiryDateAndExpiredTheDayAfter() {
        Lot lot = Lot.of(LotId.of("A", "1")).withExpiryDate(EXPIRY);

        assertThat(lot.isExpiredOn(EXPIRY.minusDays(1))).isFalse();
        assertThat(lot.isExpiredOn(EXPIRY)).isFalse();
        assertThat(lot.isExpiredOn(EXPIRY.plusDays(1))).isTrue();
        assertThat(ExpiryRule.remainingDays(EXPIRY, EXPIRY.minusDays(1))).isEqualTo(1);
        assertThat(ExpiryRule.remainingDays(EXPIRY, EXPIRY)).isZero();
        assertThat(ExpiryRule.remainingDays(EXPIRY, EXPIRY.plusDays(1))).isEqualTo(-1);
        assertThat(Lot.of(LotId.of("A", "2")).isExpiredOn(LocalDate.MAX)).isFalse();
    }

    @Property(tries = 300)
    void remainingDaysAndExpiryAgreeEverywhere(@ForAll("dates") LocalDate expiry, @ForAll("dates") LocalDate day) {
        assertThat(ExpiryRule.remainingDays(expiry, day) < 0).isEqualTo(ExpiryRule.isExpiredOn(expiry, day));
        Lot lot = Lot.of(LotId.of("A", "1")).withExpiryDate(expiry);
        assertThat(lot.isExpiredOn(day)).isEqualTo(ExpiryRule.isExpiredOn(expiry, day));
        assertThat(Lot.builder(LotId.of("A", "1")).status(LotStatus.RELEASED).expiryDate(expiry).build()
                .isAllocatableOn(day)).isEqualTo(!ExpiryRule.isExpiredOn(expiry, day));
    }

    @Property(tries = 300)
    void percentageFallsFromHundredToZeroAcrossTheShelfLife(
            @ForAll("dates") LocalDate start, @ForAll @IntRange(max = 3000) int totalDays,
            @ForAll @IntRange(min = -10, max = 3010) int offset) {
        LocalDate expiry = start.plusDays(totalDays);
        ShelfLife life = new ShelfLife(start, expiry, start.plusDays(offset));

        assertThat(life.totalDays()).isEqualTo(totalDays);
        assertThat(life.remainingDays()).isEqualTo(totalDays - offset);
        assertThat(life.remainingPercent().scale()).isEqualTo(ShelfLife.PERCENT_SCALE);
        if (offset == 0) {
            assertThat(life.remainingPercent()).isEqualByComparingTo("100");
        }
        if (offset > totalDays) {
            assertThat(life.remainingPercent()).isEqualByComparingTo("0");
            assertThat(life.isExpired()).isTrue();
        } else {
            assertThat(life.remainingPercent()).isPositive();
            assertThat(life.isExpired()).isFalse();
        }
    }

    @Test
    void percentageExamplesAroundTheExpiryDay() {
        LocalDate start = LocalDate.of(2024, 3, 1); // 10 usable days: March 1 through March 10
        assertThat(new ShelfLife(start, EXPIRY, EXPIRY.minusDays(1)).remainingPercent()).isEqualByComparingTo("20.00");
        assertThat(new ShelfLife(start, EXPIRY, EXPIRY).remainingPercent()).isEqualByComparingTo("10.00");
        assertThat(new ShelfLife(start, EXPIRY, EXPIRY.plusDays(1)).remainingPercent()).isEqualByComparingTo("0.00");
        assertThat(new ShelfLife(start, EXPIRY, EXPIRY.plusDays(30)).remainingPercent()).isEqualByComparingTo("0.00");
        assertThat(new ShelfLife(start, EXPIRY, start.minusDays(10)).remainingPercent()).isEqualByComparingTo("200.00");
        // 3 usable days: 2 of 3 left is 66.666..., rounded down so that it never overstates.
        assertThat(new ShelfLife(start, start.plusDays(2), start.plusDays(1)).remainingPercent())
                .isEqualTo("66.66");
        // A same-day shelf life is usable on that one day.
        assertThat(new ShelfLife(start, start, start).remainingPercent()).isEqualTo("100.00");
    }

    @Test
    void leapYearsCountTheLeapDay() {
        LocalDate production = LocalDate.of(2024, 2, 28);
        Lot lot = Lot.of(LotId.of("A", "1")).withProductionDate(production).withExpiryDate(LocalDate.of(2024, 3, 1));
        ShelfLife onLeapDay = lot.shelfLifeOn(LocalDate.of(2024, 2, 29)).orElseThrow();

        assertThat(onLeapDay.totalDays()).isEqualTo(2);
        assertThat(onLeapDay.remainingDays()).isEqualTo(1);
        assertThat(onLeapDay.remainingPercent()).isEqualTo("66.66");
        assertThat(new ShelfLife(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 1, 1), LocalDate.of(2024, 1, 1))
                .totalDays()).isEqualTo(366);
        assertThat(new ShelfLife(LocalDate.of(2023, 1, 1), LocalDate.of(2024, 1, 1), LocalDate.of(2023, 1, 1))
                .totalDays()).isEqualTo(365);
        assertThat(lot.isExpiredOn(LocalDate.of(2024, 3, 1))).isFalse();
        assertThat(lot.isExpiredOn(LocalDate.of(2024, 3, 2))).isTrue();
    }

    @Test
    void shelfLifeStartsAtProductionOrElseReceipt() {
        LotId id = LotId.of("A", "1");
        LocalDate day = LocalDate.of(2024, 3, 5);
        Lot noStart = Lot.of(id).withExpiryDate(EXPIRY);
        Lot received = noStart.withReceiptDate(LocalDate.of(2024, 3, 1));
        Lot produced = received.withProductionDate(LocalDate.of(2024, 2, 1));

        assertThat(noStart.shelfLifeOn(day)).isEmpty();
        assertThat(Lot.of(id).withProductionDate(day).shelfLifeOn(day)).isEmpty();
        assertThat(received.shelfLifeOn(day).orElseThrow().startDate()).isEqualTo(LocalDate.of(2024, 3, 1));
        assertThat(produced.shelfLifeOn(day).orElseThrow().startDate()).isEqualTo(LocalDate.of(2024, 2, 1));
        assertThat(Lot.of(id).withExpiryDate(EXPIRY).withReceiptDate(EXPIRY.plusDays(5)).shelfLifeOn(day)).isEmpty();
    }

    @Test
    void inconsistentShelfLifeIsRefused() {
        assertThatThrownBy(() -> new ShelfLife(EXPIRY, EXPIRY.minusDays(1), EXPIRY))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("expiryDate 2024-03-09 is before startDate 2024-03-10");
        assertThatThrownBy(() -> ExpiryRule.isExpiredOn(null, EXPIRY)).hasMessage("expiryDate must not be null");
        assertThatThrownBy(() -> Lot.of(LotId.of("A", "1")).isExpiredOn(null)).hasMessage("day must not be null");
    }
}
