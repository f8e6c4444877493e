package io.lotkit.core.format;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.IsoFields;

/**
 * The values recovered while one lot number is parsed, and the furthest failure seen (the most useful one to
 * report when optional sections were tried and skipped).
 *
 * <p>Not thread-safe: one instance per parse call.
 */
final class ParseState {

    private static final DatePart[] PARTS = DatePart.values();

    private static final int[] NO_FIELDS = {};

    private final CharSequence text;
    private final String[] fieldNames;
    /**
     * Each date part's value at its ordinal, then the index where it was read at {@code PARTS.length + ordinal}:
     * one array, handed to the result, rather than two per parse.
     */
    private final int[] dateValues = new int[2 * PARTS.length];
    private int datePartsSet;
    /** For field slot {@code i}: its start at {@code 2i} and end at {@code 2i + 1}; -1 while not parsed. */
    private int[] fieldBounds;
    private long sequence = -1;
    private int checkCharacter = -1;

    private int failureIndex = -1;
    private String failureExpectation;

    ParseState(CharSequence text, String[] fieldNames) {
        this.text = text;
        this.fieldNames = fieldNames;
        if (fieldNames.length == 0) {
            this.fieldBounds = NO_FIELDS;
        } else {
            this.fieldBounds = new int[2 * fieldNames.length];
            java.util.Arrays.fill(fieldBounds, -1);
        }
    }

    /** A copy of the recovered values, to roll back an optional section that did not match. */
    record Mark(int[] dateValues, int datePartsSet, int[] fieldBounds, long sequence,
            int checkCharacter) {
    }

    Mark mark() {
        return new Mark(dateValues.clone(), datePartsSet, fieldBounds.clone(), sequence,
                checkCharacter);
    }

    void reset(Mark mark) {
        System.arraycopy(mark.dateValues(), 0, dateValues, 0, dateValues.length);
        datePartsSet = mark.datePartsSet();
        fieldBounds = mark.fieldBounds();
        sequence = mark.sequence();
        checkCharacter = mark.checkCharacter();
    }

    /**
     * Records a failure, keeping the one furthest into the text.
     *
     * @param index where the text did not match
     * @param expectation what was expected there
     */
    void fail(int index, String expectation) {
        if (index >= failureIndex) {
            failureIndex = index;
            failureExpectation = expectation;
        }
    }

    /**
     * Records a date part; a part printed twice must have the same value both times.
     *
     * @return whether the value was accepted; if not, the failure is recorded
     */
    boolean setDatePart(DatePart part, int value, int index) {
        int bit = 1 << part.ordinal();
        if ((datePartsSet & bit) != 0 && dateValues[part.ordinal()] != value) {
            fail(index, "the " + describe(part) + " " + dateValues[part.ordinal()] + " read at index "
                    + indexOf(part));
            return false;
        }
        datePartsSet |= bit;
        dateValues[part.ordinal()] = value;
        dateValues[PARTS.length + part.ordinal()] = index;
        return true;
    }

    void setField(int slot, int start, int end) {
        fieldBounds[2 * slot] = start;
        fieldBounds[2 * slot + 1] = end;
    }

    void setSequence(long value) {
        sequence = value;
    }

    void setCheckCharacter(char c) {
        checkCharacter = c;
    }

    /**
     * Builds the exception for the recorded failure.
     *
     * @param pattern the pattern, for the message
     * @return the exception
     */
    LotNumberParseException failure(String pattern) {
        int index = failureIndex;
        String found = index < text.length() ? "found '" + text.charAt(index) + "'" : "found the end of the text";
        return new LotNumberParseException("\"" + text + "\" does not match the pattern \"" + pattern
                + "\": expected " + failureExpectation + " at index " + index + ", " + found, text, index);
    }

    /**
     * Checks that the date parts agree with each other, resolves the date where the parts determine one, and
     * returns the result.
     *
     * @param pattern the pattern, for messages
     * @return the parsed lot number
     * @throws LotNumberParseException if the date parts contradict each other or name no real date
     */
    ParsedLotNumber result(String pattern) {
        checkReduction(pattern, DatePart.YEAR, DatePart.YEAR_OF_CENTURY, 100);
        checkReduction(pattern, DatePart.YEAR, DatePart.YEAR_OF_DECADE, 10);
        checkReduction(pattern, DatePart.YEAR_OF_CENTURY, DatePart.YEAR_OF_DECADE, 10);
        checkReduction(pattern, DatePart.WEEK_BASED_YEAR, DatePart.WEEK_BASED_YEAR_OF_CENTURY, 100);
        checkReduction(pattern, DatePart.WEEK_BASED_YEAR, DatePart.WEEK_BASED_YEAR_OF_DECADE, 10);
        checkReduction(pattern, DatePart.WEEK_BASED_YEAR_OF_CENTURY, DatePart.WEEK_BASED_YEAR_OF_DECADE, 10);
        LocalDate date = resolveDate(pattern);
        if (date != null) {
            for (DatePart part : PARTS) {
                if (part != DatePart.HOUR_OF_DAY && has(part) && DateElement.valueOf(part, date) != value(part)) {
                    throw contradiction(pattern, part, "does not agree with the date " + date);
                }
            }
        } else {
            checkDayOfMonth(pattern);
            checkWeekOfYear(pattern);
        }
        // The state is discarded after this call, so the result takes its arrays instead of copying them.
        return new ParsedLotNumber(text.toString(), dateValues, datePartsSet, date, fieldNames, fieldBounds, sequence,
                checkCharacter);
    }

    private LocalDate resolveDate(String pattern) {
        if (!has(DatePart.YEAR)) {
            return null;
        }
        int year = value(DatePart.YEAR);
        try {
            if (has(DatePart.DAY_OF_YEAR)) {
                return LocalDate.ofYearDay(year, value(DatePart.DAY_OF_YEAR));
            }
            if (has(DatePart.MONTH) && has(DatePart.DAY_OF_MONTH)) {
                return LocalDate.of(year, value(DatePart.MONTH), value(DatePart.DAY_OF_MONTH));
            }
            return null;
        } catch (DateTimeException e) {
            DatePart culprit = has(DatePart.DAY_OF_YEAR) ? DatePart.DAY_OF_YEAR : DatePart.DAY_OF_MONTH;
            throw contradiction(pattern, culprit, "does not exist in the year " + year);
        }
    }

    private void checkDayOfMonth(String pattern) {
        if (has(DatePart.MONTH) && has(DatePart.DAY_OF_MONTH)
                && value(DatePart.DAY_OF_MONTH) > Month.of(value(DatePart.MONTH)).maxLength()) {
            throw contradiction(pattern, DatePart.DAY_OF_MONTH, "does not exist in month " + value(DatePart.MONTH));
        }
    }

    private void checkWeekOfYear(String pattern) {
        if (has(DatePart.WEEK_BASED_YEAR) && has(DatePart.WEEK_OF_WEEK_BASED_YEAR)) {
            int year = value(DatePart.WEEK_BASED_YEAR);
            long weeks = LocalDate.of(year, 7, 1).range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum();
            if (value(DatePart.WEEK_OF_WEEK_BASED_YEAR) > weeks) {
                throw contradiction(pattern, DatePart.WEEK_OF_WEEK_BASED_YEAR,
                        "does not exist in the week-based year " + year);
            }
        }
    }

    private void checkReduction(String pattern, DatePart longer, DatePart shorter, int modulus) {
        if (has(longer) && has(shorter) && Math.floorMod(value(longer), modulus) != value(shorter)) {
            throw contradiction(pattern, shorter, "does not agree with the " + describe(longer) + " "
                    + value(longer) + " at index " + indexOf(longer));
        }
    }

    private LotNumberParseException contradiction(String pattern, DatePart part, String why) {
        int index = indexOf(part);
        return new LotNumberParseException("\"" + text + "\" does not match the pattern \"" + pattern + "\": the "
                + describe(part) + " " + value(part) + " at index " + index + " " + why, text, index);
    }

    private boolean has(DatePart part) {
        return (datePartsSet & (1 << part.ordinal())) != 0;
    }

    private int value(DatePart part) {
        return dateValues[part.ordinal()];
    }

    private int indexOf(DatePart part) {
        return dateValues[PARTS.length + part.ordinal()];
    }

    private static String describe(DatePart part) {
        return part.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
}
