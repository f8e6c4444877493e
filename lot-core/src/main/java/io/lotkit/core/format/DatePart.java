package io.lotkit.core.format;

/**
 * A date or time part a lot-number pattern can print, and a {@link ParsedLotNumber} can return.
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
    HOUR_OF_DAY
}
