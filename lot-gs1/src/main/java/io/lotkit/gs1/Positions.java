package io.lotkit.gs1;

/**
 * Routines for numbers with a range or an order: {@code latitude} and {@code longitude} (ten digits, offset so
 * that they are never negative), {@code pieceoftotal} (piece and total, two equal-length digit groups) and
 * {@code posinseqslash} (position and end written {@code pos/end}).
 *
 * <p>Stateless and thread-safe.
 */
final class Positions {

    private static final int COORDINATE_DIGITS = 10;

    private Positions() {
    }

    /** Latitude + 90 degrees, in units of 10^-7 degrees: 0 to 1800000000. */
    static LintFailure latitude(String s) {
        return coordinate(s, "1800000000", LintReason.LATITUDE_OUT_OF_RANGE);
    }

    /** Longitude + 180 degrees, in units of 10^-7 degrees: 0 to 3600000000. */
    static LintFailure longitude(String s) {
        return coordinate(s, "3600000000", LintReason.LONGITUDE_OUT_OF_RANGE);
    }

    private static LintFailure coordinate(String s, String max, LintReason outOfRange) {
        int length = s.length();
        if (length != COORDINATE_DIGITS) {
            return LintReason.COORDINATE_WRONG_LENGTH.at(0, length);
        }
        LintFailure nonDigit = CharacterSets.firstNonDigit(s, 0, length);
        if (nonDigit != null) {
            return nonDigit;
        }
        // Equal-length digit strings compare as their values.
        if (s.compareTo(max) > 0) {
            return outOfRange.at(0, length);
        }
        return null;
    }

    /** Piece number then total, each half of the component: nonzero, and the piece not above the total. */
    static LintFailure pieceOfTotal(String s) {
        int length = s.length();
        if (length == 0 || length % 2 != 0) {
            return LintReason.PIECE_TOTAL_UNEVEN.at(0, length);
        }
        LintFailure nonDigit = CharacterSets.firstNonDigit(s, 0, length);
        if (nonDigit != null) {
            return nonDigit;
        }
        int half = length / 2;
        if (allZeros(s, 0, half)) {
            return LintReason.PIECE_ZERO.at(0, half);
        }
        if (allZeros(s, half, length)) {
            return LintReason.PIECE_TOTAL_ZERO.at(half, length);
        }
        if (compareDigits(s, 0, half, half, length) > 0) {
            return LintReason.PIECE_EXCEEDS_TOTAL.at(0, length);
        }
        return null;
    }

    /** {@code pos/end}: two nonempty digit groups without leading zeros, the position not above the end. */
    static LintFailure positionInSequence(String s) {
        int length = s.length();
        int slash = s.indexOf('/');
        if (slash <= 0 || slash == length - 1
                || CharacterSets.firstNonDigit(s, 0, slash) != null
                || CharacterSets.firstNonDigit(s, slash + 1, length) != null) {
            return LintReason.POSITION_FORMAT.at(0, length);
        }
        if (s.charAt(0) == '0') {
            return LintReason.ZERO_PREFIX.at(0, slash);
        }
        if (s.charAt(slash + 1) == '0') {
            return LintReason.ZERO_PREFIX.at(slash + 1, length);
        }
        if (compareDigits(s, 0, slash, slash + 1, length) > 0) {
            return LintReason.POSITION_EXCEEDS_END.at(0, length);
        }
        return null;
    }

    private static boolean allZeros(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.charAt(i) != '0') {
                return false;
            }
        }
        return true;
    }

    /**
     * Compares two digit strings by value without parsing them (they may exceed a long). Leading zeros are
     * skipped, then the longer one is larger, then the first differing digit decides.
     */
    static int compareDigits(String s, int aFrom, int aTo, int bFrom, int bTo) {
        while (aFrom < aTo - 1 && s.charAt(aFrom) == '0') {
            aFrom++;
        }
        while (bFrom < bTo - 1 && s.charAt(bFrom) == '0') {
            bFrom++;
        }
        int lengthDifference = (aTo - aFrom) - (bTo - bFrom);
        if (lengthDifference != 0) {
            return lengthDifference;
        }
        for (int a = aFrom, b = bFrom; a < aTo; a++, b++) {
            int difference = s.charAt(a) - s.charAt(b);
            if (difference != 0) {
                return difference;
            }
        }
        return 0;
    }
}
