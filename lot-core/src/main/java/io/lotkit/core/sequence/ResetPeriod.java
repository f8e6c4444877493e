package io.lotkit.core.sequence;

/**
 * The calendar period after which a sequence starts again at its start value.
 */
public enum ResetPeriod {
    /** Never: one counter for all dates. */
    NEVER,
    /** Every day; the format must print a year and the day of the year, or a year, the month and the day. */
    DAY,
    /** Every ISO week; the format must print a week-based year ({@code Y}) and the week ({@code ww}). */
    ISO_WEEK,
    /** Every month; the format must print a year and the month ({@code MM} or {@code L}). */
    MONTH,
    /** Every year; the format must print a year ({@code yyyy}, {@code yy} or {@code y}). */
    YEAR
}
