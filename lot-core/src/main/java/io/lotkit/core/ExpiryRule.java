package io.lotkit.core;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The one rule for when a lot is expired, which every Lotkit module (and the host) should call rather than compare
 * dates itself, so that no two parts of a system disagree about the expiry day.
 *
 * <p><b>The rule:</b> a lot whose expiry date is D is usable through D inclusive and expired from D + 1. This
 * follows GS1, where the expiration date is the last day on which the product may be used. Accordingly,
 * {@link #remainingDays} is positive before D, 0 on D (the last usable day) and negative from D + 1.
 *
 * <p>Stateless and thread-safe.
 */
public final class ExpiryRule {

    private ExpiryRule() {
    }

    /**
     * Returns whether a lot with expiry date {@code expiryDate} is expired on {@code day}: whether {@code day} is
     * after the expiry date.
     *
     * @param expiryDate the lot's expiry date, the last usable day
     * @param day the day asked about
     * @return {@code true} from the day after the expiry date on; {@code false} on the expiry date itself
     * @throws IllegalArgumentException if an argument is {@code null}
     */
    public static boolean isExpiredOn(LocalDate expiryDate, LocalDate day) {
        Checks.requireNonNull("expiryDate", expiryDate);
        Checks.requireNonNull("day", day);
        return day.isAfter(expiryDate);
    }

    /**
     * Returns the whole days from {@code day} to {@code expiryDate}: positive before the expiry date, 0 on it (the
     * last usable day), and negative once expired ({@code -1} the day after). So {@code remainingDays(e, d) < 0}
     * exactly when {@link #isExpiredOn isExpiredOn(e, d)}.
     *
     * @param expiryDate the lot's expiry date
     * @param day the day asked about
     * @return the days remaining, counting calendar days (leap days included)
     * @throws IllegalArgumentException if an argument is {@code null}
     */
    public static long remainingDays(LocalDate expiryDate, LocalDate day) {
        Checks.requireNonNull("expiryDate", expiryDate);
        Checks.requireNonNull("day", day);
        return ChronoUnit.DAYS.between(day, expiryDate);
    }
}
