package io.lotkit.core.sequence;

import io.lotkit.core.format.DatePart;
import io.lotkit.core.format.LotNumberFormat;
import io.lotkit.core.format.ParsedLotNumber;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Turns a date into the period key of a reset scope, from the date parts the format prints, so that a key can be
 * computed the same way from a date (when generating) and from a parsed lot number (when registering a number
 * entered by hand). Because the key holds the year <em>as printed</em>, two periods that print the same text (the
 * same day ten years apart under {@code yDDD}) share one counter and can never issue the same number.
 *
 * <p>Immutable and thread-safe.
 */
final class ScopeResolver {

    private static final long PART_RADIX = 1000;

    private final ResetPeriod period;
    /** The parts that make up the key, most significant first; empty for {@link ResetPeriod#NEVER}. */
    private final DatePart[] parts;
    private final String[] fields;

    private ScopeResolver(ResetPeriod period, List<DatePart> parts, List<String> fields) {
        this.period = period;
        this.parts = parts.toArray(new DatePart[0]);
        this.fields = fields.toArray(new String[0]);
    }

    /**
     * Checks that the format tells the scope apart, and returns its resolver.
     *
     * @param format the generator's format
     * @param scope the reset scope
     * @param repeatingYearsAcknowledged whether the caller accepted a one-digit year (see the builder)
     * @return the resolver
     * @throws IllegalArgumentException if the format does not print what the scope needs
     */
    static ScopeResolver create(LotNumberFormat format, ResetScope scope, boolean repeatingYearsAcknowledged) {
        Set<DatePart> printed = format.requiredDateParts();
        List<DatePart> parts = new ArrayList<>();
        switch (scope.period()) {
            case NEVER:
                break;
            case YEAR:
                parts.add(yearPart(format, scope, DatePart.YEAR, DatePart.YEAR_OF_CENTURY, DatePart.YEAR_OF_DECADE,
                        repeatingYearsAcknowledged));
                break;
            case MONTH:
                parts.add(yearPart(format, scope, DatePart.YEAR, DatePart.YEAR_OF_CENTURY, DatePart.YEAR_OF_DECADE,
                        repeatingYearsAcknowledged));
                parts.add(require(format, scope, DatePart.MONTH));
                break;
            case DAY:
                parts.add(yearPart(format, scope, DatePart.YEAR, DatePart.YEAR_OF_CENTURY, DatePart.YEAR_OF_DECADE,
                        repeatingYearsAcknowledged));
                if (printed.contains(DatePart.DAY_OF_YEAR)) {
                    parts.add(DatePart.DAY_OF_YEAR);
                } else {
                    parts.add(require(format, scope, DatePart.MONTH));
                    parts.add(require(format, scope, DatePart.DAY_OF_MONTH));
                }
                break;
            case ISO_WEEK:
                parts.add(yearPart(format, scope, DatePart.WEEK_BASED_YEAR, DatePart.WEEK_BASED_YEAR_OF_CENTURY,
                        DatePart.WEEK_BASED_YEAR_OF_DECADE, repeatingYearsAcknowledged));
                parts.add(require(format, scope, DatePart.WEEK_OF_WEEK_BASED_YEAR));
                break;
            default:
                throw new IllegalArgumentException("unknown period " + scope.period());
        }
        for (String field : scope.fields()) {
            if (!format.requiredFieldNames().contains(field)) {
                throw new IllegalArgumentException(scope + " counts per '" + field + "', but the pattern \""
                        + format.pattern() + "\" does not print that field in every lot number, so two of its "
                        + "counters could print the same lot number");
            }
        }
        return new ScopeResolver(scope.period(), parts, scope.fields());
    }

    private static DatePart yearPart(LotNumberFormat format, ResetScope scope, DatePart four, DatePart two,
            DatePart one, boolean repeatingYearsAcknowledged) {
        Set<DatePart> printed = format.requiredDateParts();
        if (printed.contains(four)) {
            return four;
        }
        if (printed.contains(two)) {
            return two;
        }
        if (printed.contains(one)) {
            if (!repeatingYearsAcknowledged) {
                throw new IllegalArgumentException(scope + " with the pattern \"" + format.pattern() + "\", whose "
                        + "year has one digit: the same period ten years later prints the same text, so it continues "
                        + "that period's counter instead of starting again. Call acknowledgeRepeatingYears() to "
                        + "accept this, or print a longer year");
            }
            return one;
        }
        throw new IllegalArgumentException(scope + " needs the pattern to print the " + name(four) + " (or its "
                + "shorter forms) in every lot number, but \"" + format.pattern() + "\" does not, so two periods' "
                + "counters could print the same lot number");
    }

    private static DatePart require(LotNumberFormat format, ResetScope scope, DatePart part) {
        if (!format.requiredDateParts().contains(part)) {
            throw new IllegalArgumentException(scope + " needs the pattern to print the " + name(part) + " in every "
                    + "lot number, but \"" + format.pattern() + "\" does not, so two periods' counters could print "
                    + "the same lot number");
        }
        return part;
    }

    private static String name(DatePart part) {
        return part.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }

    ResetPeriod period() {
        return period;
    }

    int fieldCount() {
        return fields.length;
    }

    String field(int index) {
        return fields[index];
    }

    long periodKey(LocalDate date) {
        long key = 0;
        for (DatePart part : parts) {
            key = key * PART_RADIX + part.getFrom(date);
        }
        return key;
    }

    long periodKey(ParsedLotNumber parsed) {
        long key = 0;
        for (DatePart part : parts) {
            key = key * PART_RADIX + parsed.get(part).orElseThrow();
        }
        return key;
    }
}
