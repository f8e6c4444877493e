package io.lotkit.gs1;

/**
 * The calendar date routines: {@code yymmdd} and {@code yyyymmdd} (a real date), and {@code yymmd0} and
 * {@code yyyymmd0} (the same, but day 00 is allowed and means "the month as a whole").
 *
 * <p>Two-digit years follow GS1's reference engine in the leap-year test: a year {@code YY} is a leap year when it
 * is divisible by four, which is right for every year of a current 50-year sliding window except 2100. Four-digit
 * years use the full Gregorian rule. Stateless and thread-safe.
 */
final class Dates {

    /** Days per month in a common year; index 0 unused. */
    private static final int[] DAYS_IN_MONTH = {0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

    private Dates() {
    }

    static LintFailure yymmdd(String s) {
        return date(s, 2, false, false);
    }

    static LintFailure yymmd0(String s) {
        return date(s, 2, true, false);
    }

    static LintFailure yyyymmdd(String s) {
        return date(s, 4, false, false);
    }

    static LintFailure yyyymmd0(String s) {
        return date(s, 4, true, false);
    }

    /** {@code yymmdd} ({@code yymmd0} when {@code dayZeroAllowed}) for a component known to be all digits. */
    static LintFailure yymmddOfDigits(String s, boolean dayZeroAllowed) {
        return date(s, 2, dayZeroAllowed, true);
    }

    /** Two digits at {@code at} as a number; the caller has checked they are digits. */
    static int twoDigits(String s, int at) {
        return (s.charAt(at) - '0') * 10 + s.charAt(at + 1) - '0';
    }

    private static LintFailure date(String s, int yearDigits, boolean dayZeroAllowed, boolean digitsKnown) {
        int length = s.length();
        int expected = yearDigits + 4;
        if (length < expected) {
            return LintReason.DATE_TOO_SHORT.at(0, length);
        }
        if (length > expected) {
            return LintReason.DATE_TOO_LONG.at(0, length);
        }
        LintFailure nonDigit = digitsKnown ? null : CharacterSets.firstNonDigit(s, 0, length);
        if (nonDigit != null) {
            return nonDigit;
        }
        int year = yearDigits == 2 ? twoDigits(s, 0) : twoDigits(s, 0) * 100 + twoDigits(s, 2);
        boolean leap = yearDigits == 2 ? year % 4 == 0 : isGregorianLeapYear(year);
        return monthAndDay(s, yearDigits, leap, dayZeroAllowed);
    }

    /**
     * Checks the month at {@code at} and the day after it, both two digits already known to be digits.
     *
     * @return null when valid, else the failure spanning the offending two digits
     */
    static LintFailure monthAndDay(String s, int at, boolean leapYear, boolean dayZeroAllowed) {
        int month = twoDigits(s, at);
        if (month < 1 || month > 12) {
            return LintReason.INVALID_MONTH.at(at, at + 2);
        }
        int day = twoDigits(s, at + 2);
        int lastDay = month == 2 && leapYear ? 29 : DAYS_IN_MONTH[month];
        if (day > lastDay || day == 0 && !dayZeroAllowed) {
            return LintReason.INVALID_DAY.at(at + 2, at + 4);
        }
        return null;
    }

    static boolean isGregorianLeapYear(int year) {
        return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    }
}
