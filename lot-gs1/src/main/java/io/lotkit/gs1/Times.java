package io.lotkit.gs1;

/**
 * The time-of-day routines: {@code hh} (hour), {@code mi} (minute), {@code ss} (second) and {@code hhmi} (hour
 * then minute), each field exactly two digits on a 24-hour clock.
 *
 * <p>Stateless and thread-safe.
 */
final class Times {

    private Times() {
    }

    static LintFailure hh(String s) {
        return field(s, LintReason.HOUR_WRONG_LENGTH, LintReason.INVALID_HOUR, 23);
    }

    static LintFailure mi(String s) {
        return field(s, LintReason.MINUTE_WRONG_LENGTH, LintReason.INVALID_MINUTE, 59);
    }

    static LintFailure ss(String s) {
        return field(s, LintReason.SECOND_WRONG_LENGTH, LintReason.INVALID_SECOND, 59);
    }

    static LintFailure hhmi(String s) {
        int length = s.length();
        if (length != 4) {
            return LintReason.HOUR_MINUTE_WRONG_LENGTH.at(0, length);
        }
        LintFailure nonDigit = CharacterSets.firstNonDigit(s, 0, 4);
        if (nonDigit != null) {
            return nonDigit;
        }
        if (Dates.twoDigits(s, 0) > 23) {
            return LintReason.INVALID_HOUR.at(0, 2);
        }
        if (Dates.twoDigits(s, 2) > 59) {
            return LintReason.INVALID_MINUTE.at(2, 4);
        }
        return null;
    }

    private static LintFailure field(String s, LintReason wrongLength, LintReason outOfRange, int max) {
        int length = s.length();
        if (length != 2) {
            return wrongLength.at(0, length);
        }
        LintFailure nonDigit = CharacterSets.firstNonDigit(s, 0, 2);
        if (nonDigit != null) {
            return nonDigit;
        }
        if (Dates.twoDigits(s, 0) > max) {
            return outOfRange.at(0, 2);
        }
        return null;
    }
}
