package io.lotkit.gs1;

import java.time.LocalDate;

/**
 * A date read from a GS1 date AI. GS1 lets a date omit its day ({@code 00}), which means the last day of the
 * month; {@link #dayOmitted()} tells when that was so.
 *
 * <p>Immutable and thread-safe.
 *
 * @param date the date (the month's last day when the day was omitted)
 * @param dayOmitted whether the value had day {@code 00}
 */
public record Gs1Date(LocalDate date, boolean dayOmitted) {

    /**
     * Validates the parts.
     *
     * @param date the date
     * @param dayOmitted whether the day was omitted
     * @throws IllegalArgumentException if {@code date} is {@code null}, or the day was omitted but the date is not
     *     the month's last day
     */
    public Gs1Date {
        if (date == null) {
            throw new IllegalArgumentException("date must not be null");
        }
        if (dayOmitted && date.getDayOfMonth() != date.lengthOfMonth()) {
            throw new IllegalArgumentException("a date with day 00 stands for the month's last day, not " + date);
        }
    }

    /**
     * Reads {@code YYMMDD} (or {@code YYYYMMDD} when {@code fourDigitYear}), resolving a two-digit year by the GS1
     * rule: from 49 years behind to 50 years ahead of {@code currentYear}.
     */
    static Gs1Date parse(String digits, int from, boolean fourDigitYear, int currentYear) {
        int year;
        int at = from;
        if (fourDigitYear) {
            year = number(digits, at, 4);
            at += 4;
        } else {
            year = resolveYear(number(digits, at, 2), currentYear);
            at += 2;
        }
        int month = number(digits, at, 2);
        int day = number(digits, at + 2, 2);
        if (day == 0) {
            LocalDate first = LocalDate.of(year, month, 1);
            return new Gs1Date(first.withDayOfMonth(first.lengthOfMonth()), true);
        }
        return new Gs1Date(LocalDate.of(year, month, day), false);
    }

    /** GS1 General Specifications 7.12: the century that puts the year from 49 years behind to 50 ahead. */
    static int resolveYear(int yy, int currentYear) {
        int century = currentYear / 100 * 100;
        int difference = yy - currentYear % 100;
        if (difference >= 51) {
            return century - 100 + yy;
        }
        if (difference <= -50) {
            return century + 100 + yy;
        }
        return century + yy;
    }

    static int number(String digits, int from, int length) {
        int value = 0;
        for (int i = from; i < from + length; i++) {
            value = value * 10 + (digits.charAt(i) - '0');
        }
        return value;
    }

    /** Returns the ISO date, with {@code (day 00)} appended when the day was omitted. */
    @Override
    public String toString() {
        return date + (dayOmitted ? " (day 00)" : "");
    }
}
