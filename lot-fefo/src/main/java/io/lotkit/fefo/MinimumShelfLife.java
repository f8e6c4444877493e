package io.lotkit.fefo;

/**
 * A minimum remaining shelf life a lot must have on the date that counts (SAP's MRSL): in days, as a percentage
 * of the lot's total shelf life (production to expiry), or both. A lot without an expiry date never expires and
 * meets any minimum; a percentage cannot be judged for a lot with an expiry but no production date, which is then
 * skipped as {@link SkipReason#SHELF_LIFE_UNKNOWN}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param days the minimum remaining days (expiry date minus the date that counts), 0 for no minimum
 * @param percent the minimum remaining share of the total shelf life, 0 to 100, 0 for no minimum
 */
public record MinimumShelfLife(int days, int percent) {

    /** No minimum. */
    public static final MinimumShelfLife NONE = new MinimumShelfLife(0, 0);

    /**
     * Validates the minimum.
     *
     * @param days the minimum remaining days, not negative
     * @param percent the minimum remaining percentage, 0 to 100
     * @throws IllegalArgumentException if a value is out of range
     */
    public MinimumShelfLife {
        if (days < 0) {
            throw new IllegalArgumentException("days must not be negative: " + days);
        }
        if (percent < 0 || percent > 100) {
            throw new IllegalArgumentException("percent must be between 0 and 100: " + percent);
        }
    }

    /**
     * Returns a minimum in days.
     *
     * @param days the minimum remaining days, not negative
     * @return the minimum
     * @throws IllegalArgumentException if {@code days} is negative
     */
    public static MinimumShelfLife days(int days) {
        return new MinimumShelfLife(days, 0);
    }

    /**
     * Returns a minimum as a percentage of the total shelf life.
     *
     * @param percent the minimum remaining percentage, 0 to 100
     * @return the minimum
     * @throws IllegalArgumentException if {@code percent} is out of range
     */
    public static MinimumShelfLife percent(int percent) {
        return new MinimumShelfLife(0, percent);
    }
}
