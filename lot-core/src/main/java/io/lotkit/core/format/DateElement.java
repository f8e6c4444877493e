package io.lotkit.core.format;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.BitSet;

/**
 * A date or time part printed as fixed-width digits, or the month as a letter A to L.
 */
final class DateElement extends Element {

    private static final int MONTH_LETTER_WIDTH = 1;

    private final DatePart part;
    private final int width;
    private final boolean letter;
    private final int min;
    private final int max;

    private DateElement(int patternIndex, DatePart part, int width, boolean letter) {
        super(patternIndex);
        this.part = part;
        this.width = width;
        this.letter = letter;
        this.min = minimum(part);
        this.max = maximum(part);
    }

    static DateElement digits(int patternIndex, DatePart part, int width) {
        return new DateElement(patternIndex, part, width, false);
    }

    static DateElement monthLetter(int patternIndex) {
        return new DateElement(patternIndex, DatePart.MONTH, MONTH_LETTER_WIDTH, true);
    }

    DatePart part() {
        return part;
    }

    /** Returns the value of a date part of a date; see {@link DatePart#getFrom(LocalDate)}. */
    static int valueOf(DatePart part, LocalDate date) {
        return part.getFrom(date);
    }

    static int minimum(DatePart part) {
        switch (part) {
            case MONTH:
            case DAY_OF_MONTH:
            case DAY_OF_YEAR:
            case WEEK_OF_WEEK_BASED_YEAR:
                return 1;
            default:
                return 0;
        }
    }

    static int maximum(DatePart part) {
        switch (part) {
            case YEAR:
            case WEEK_BASED_YEAR:
                return 9999;
            case YEAR_OF_CENTURY:
            case WEEK_BASED_YEAR_OF_CENTURY:
                return 99;
            case YEAR_OF_DECADE:
            case WEEK_BASED_YEAR_OF_DECADE:
                return 9;
            case MONTH:
                return 12;
            case DAY_OF_MONTH:
                return 31;
            case DAY_OF_YEAR:
                return 366;
            case WEEK_OF_WEEK_BASED_YEAR:
                return 53;
            case HOUR_OF_DAY:
                return 23;
            default:
                throw new IllegalArgumentException("unknown part " + part);
        }
    }

    @Override
    boolean hasInput(LotContext context, long sequence) {
        return part == DatePart.HOUR_OF_DAY ? context.timeOrNull() != null : context.dateOrNull() != null;
    }

    @Override
    int print(LotContext context, long sequence, char[] out, int at) {
        int value = valueToPrint(context);
        if (letter) {
            out[at] = (char) ('A' + value - 1);
            return at + 1;
        }
        if (value < min || value > max) {
            throw new LotFieldException("date", "the " + name() + " " + value + " cannot be printed as "
                    + describe() + " (pattern index " + patternIndex() + ")");
        }
        for (int i = at + width - 1; i >= at; i--) {
            out[i] = (char) ('0' + value % 10);
            value /= 10;
        }
        return at + width;
    }

    private int valueToPrint(LotContext context) {
        if (part == DatePart.HOUR_OF_DAY) {
            LocalTime time = context.timeOrNull();
            if (time == null) {
                throw new LotFieldException("time", "the pattern prints the hour (pattern index " + patternIndex()
                        + ") but the context has no time; set it with LotContext.Builder.dateTime");
            }
            return time.getHour();
        }
        LocalDate date = context.dateOrNull();
        if (date == null) {
            throw new LotFieldException("date", "the pattern prints the " + name() + " (pattern index "
                    + patternIndex() + ") but the context has no date");
        }
        return valueOf(part, date);
    }

    @Override
    int parse(CharSequence text, int position, ParseState state) {
        if (letter) {
            char c = position < text.length() ? text.charAt(position) : 0;
            if (c < 'A' || c > 'L') {
                state.fail(position, describe());
                return -1;
            }
            return state.setDatePart(part, c - 'A' + 1, position) ? position + 1 : -1;
        }
        int value = 0;
        for (int i = position; i < position + width; i++) {
            char c = i < text.length() ? text.charAt(i) : 0;
            if (c < '0' || c > '9') {
                state.fail(i, describe());
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        if (value < min || value > max) {
            state.fail(position, describe() + " from " + min + " to " + max);
            return -1;
        }
        return state.setDatePart(part, value, position) ? position + width : -1;
    }

    @Override
    int minLength() {
        return width;
    }

    @Override
    int maxLength() {
        return width;
    }

    @Override
    BitSet outputChars() {
        BitSet chars = new BitSet();
        if (letter) {
            chars.set('A', 'L' + 1);
        } else {
            chars.set('0', '9' + 1);
        }
        return chars;
    }

    @Override
    String describe() {
        if (letter) {
            return "a month letter A to L";
        }
        return width + (width == 1 ? " digit" : " digits") + " (" + name() + ")";
    }

    private String name() {
        return part.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
}
