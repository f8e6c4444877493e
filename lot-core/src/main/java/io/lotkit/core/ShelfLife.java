package io.lotkit.core;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A lot's shelf life as seen on one day: how many days it had in total and how many remain.
 *
 * <p>The shelf life starts on the lot's production date or, when that is unknown, its receipt date (see
 * {@link Lot#shelfLifeOn(LocalDate)}), and ends on its expiry date, the last usable day ({@link ExpiryRule}).
 * <ul>
 *   <li>{@link #totalDays()} = expiry − start, in calendar days.</li>
 *   <li>{@link #remainingDays()} = expiry − day, as {@link ExpiryRule#remainingDays}: 0 on the expiry date (the
 *       last usable day), negative once expired.</li>
 *   <li>{@link #remainingPercent()} is the share of usable days left, counting days inclusively: from the day
 *       through the expiry date, out of from the start through the expiry date. So it is 100 on the start date,
 *       above 0 on the expiry date (the last day still counts), and exactly 0 from the day after the expiry date
 *       on. Example: start 2024-01-01, expiry 2024-01-10 (10 usable days); on 2024-01-10 it is 10.00, on
 *       2024-01-11 it is 0.00. For a day before the start it exceeds 100. It has scale 2, rounded
 *       {@linkplain RoundingMode#DOWN down}, so that it never overstates what is left (a "at least 70 %
 *       remaining" check never passes by rounding).</li>
 * </ul>
 *
 * <p>Immutable and thread-safe.
 *
 * @param startDate the first day of the shelf life (production or receipt date)
 * @param expiryDate the last usable day
 * @param day the day the shelf life is looked at
 */
public record ShelfLife(LocalDate startDate, LocalDate expiryDate, LocalDate day) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** The scale of {@link #remainingPercent()}. */
    public static final int PERCENT_SCALE = 2;

    /**
     * Validates the dates.
     *
     * @param startDate the first day of the shelf life
     * @param expiryDate the last usable day
     * @param day the day looked at
     * @throws IllegalArgumentException if a date is {@code null}, or the expiry date is before the start date
     */
    public ShelfLife {
        Checks.requireNonNull("startDate", startDate);
        Checks.requireNonNull("expiryDate", expiryDate);
        Checks.requireNonNull("day", day);
        if (expiryDate.isBefore(startDate)) {
            throw new IllegalArgumentException(
                    "expiryDate %s is before startDate %s".formatted(expiryDate, startDate));
        }
    }

    /**
     * Returns the total shelf life in calendar days: expiry date − start date.
     *
     * @return the total days, never negative
     */
    public long totalDays() {
        return ChronoUnit.DAYS.between(startDate, expiryDate);
    }

    /**
     * Returns the days remaining on {@link #day()}, by {@link ExpiryRule#remainingDays}: 0 on the expiry date,
     * negative after it.
     *
     * @return the days remaining
     */
    public long remainingDays() {
        return ExpiryRule.remainingDays(expiryDate, day);
    }

    /**
     * Returns whether the lot is expired on {@link #day()}, by {@link ExpiryRule#isExpiredOn}.
     *
     * @return {@code true} from the day after the expiry date
     */
    public boolean isExpired() {
        return ExpiryRule.isExpiredOn(expiryDate, day);
    }

    /**
     * Returns the share of usable days remaining, in percent, as described in the class description.
     *
     * @return the percentage with scale {@value #PERCENT_SCALE}, rounded down; 0 once expired
     */
    public BigDecimal remainingPercent() {
        long usableLeft = Math.max(0, remainingDays() + 1);
        long usableTotal = totalDays() + 1;
        return BigDecimal.valueOf(usableLeft).multiply(HUNDRED)
                .divide(BigDecimal.valueOf(usableTotal), PERCENT_SCALE, RoundingMode.DOWN);
    }
}
