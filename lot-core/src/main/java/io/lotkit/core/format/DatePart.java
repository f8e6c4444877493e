package io.lotkit.core.format;

import java.time.LocalDate;
import java.time.temporal.IsoFields;

/**
 * A date or time part a lot-number pattern can print, and a {@link ParsedLotNumber} can return.
 *
 * <p>Immutable and thread-safe.
 */
public enum DatePart {
    /** The proleptic year, printed with four digits ({@code yyyy}). */
    YEAR,
    /** The year modulo 100, printed with two digits ({@code yy}); repeats every century. */
    YEAR_OF_CENTURY,
    /** The last digit of the year ({@code y}); repeats every ten years. */
    YEAR_OF_DECADE,
    /** The ISO week-based year, printed with four digits ({@code YYYY}). */
    WEEK_BASED_YEAR,
    /** The ISO week-based year modulo 100 ({@code YY}). */
    WEEK_BASED_YEAR_OF_CENTURY,
    /** The last digit of the ISO week-based year ({@code Y}). */
    WEEK_BASED_YEAR_OF_DECADE,
    /** The month, 1 to 12, printed as two digits ({@code MM}) or as a letter A to L ({@code L}). */
    MONTH,
    /** The day of the month, 1 to 31 ({@code dd}). */
    DAY_OF_MONTH,
    /** The day of the year, 1 to 366, the "Julian" day of food plants ({@code DDD}). */
    DAY_OF_YEAR,
    /** The ISO week of the week-based year, 1 to 53 ({@code ww}). */
    WEEK_OF_WEEK_BASED_YEAR,
    /** The hour of the day, 0 to 23 ({@code HH}). */
    HOUR_OF_DAY;

    /**
     * Returns the value of this part for a date, reduced as the pattern prints it (e.g. the year modulo 100 for
     * {@link #YEAR_OF_CENTURY}).
     *
     * @param date the date
     * @return the value
     * @throws IllegalArgumentException if {@code date} is {@code null}, or this part is {@link #HOUR_OF_DAY}, which
     *     is not a part of a date
     */
    public int getFrom(LocalDate date) {
        if (date == null) {
            throw new IllegalArgumentException("date must not be null");
        }
        switch (this) {
            case YEAR:
                return date.getYear();
            case YEAR_OF_CENTURY:
                return Math.floorMod(date.getYear(), 100);
            case YEAR_OF_DECADE:
                return Math.floorMod(date.getYear(), 10);
            case WEEK_BASED_YEAR:
                return date.get(IsoFields.WEEK_BASED_YEAR);
            case WEEK_BASED_YEAR_OF_CENTURY:
                return Math.floorMod(date.get(IsoFields.WEEK_BASED_YEAR), 100);
            case WEEK_BASED_YEAR_OF_DECADE:
                return Math.floorMod(date.get(IsoFields.WEEK_BASED_YEAR), 10);
            case MONTH:
                return date.getMonthValue();
            case DAY_OF_MONTH:
                return date.getDayOfMonth();
            case DAY_OF_YEAR:
                return date.getDayOfYear();
            case WEEK_OF_WEEK_BASED_YEAR:
                return date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
            default:
                throw new IllegalArgumentException(this + " is not a part of a date");
        }
    }
}
