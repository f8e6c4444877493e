package io.lotkit.core.sequence;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What a sequence counts within: a calendar period, and any combination of context fields. Each distinct
 * (period, field values) has its own counter, e.g. {@code ResetScope.perYear().andPerField("item", "line")} counts
 * separately per item and line, and starts again every year.
 *
 * <p>A generator refuses a scope its format cannot tell apart (a period whose date parts the pattern does not
 * print, or a field it does not print outside optional sections), because two counters printing the same text
 * would issue duplicates.
 *
 * <p>Immutable and thread-safe.
 */
public final class ResetScope {

    private static final ResetScope NEVER = new ResetScope(ResetPeriod.NEVER, List.of());

    private final ResetPeriod period;
    private final List<String> fields;

    private ResetScope(ResetPeriod period, List<String> fields) {
        this.period = period;
        this.fields = fields;
    }

    /**
     * Returns the scope with one counter that never starts again.
     *
     * @return the scope
     */
    public static ResetScope never() {
        return NEVER;
    }

    /**
     * Returns a scope that starts again after each period.
     *
     * @param period the period
     * @return the scope, with no fields
     * @throws IllegalArgumentException if {@code period} is {@code null}
     */
    public static ResetScope per(ResetPeriod period) {
        if (period == null) {
            throw new IllegalArgumentException("period must not be null");
        }
        return new ResetScope(period, List.of());
    }

    /**
     * Returns a scope that starts again every day.
     *
     * @return the scope
     */
    public static ResetScope perDay() {
        return per(ResetPeriod.DAY);
    }

    /**
     * Returns a scope that starts again every ISO week.
     *
     * @return the scope
     */
    public static ResetScope perIsoWeek() {
        return per(ResetPeriod.ISO_WEEK);
    }

    /**
     * Returns a scope that starts again every month.
     *
     * @return the scope
     */
    public static ResetScope perMonth() {
        return per(ResetPeriod.MONTH);
    }

    /**
     * Returns a scope that starts again every year.
     *
     * @return the scope
     */
    public static ResetScope perYear() {
        return per(ResetPeriod.YEAR);
    }

    /**
     * Returns this scope with separate counters per value of further fields.
     *
     * @param names field names, e.g. {@code "item"}, {@code "line"}
     * @return a new scope
     * @throws IllegalArgumentException if a name is {@code null} or empty, or appears twice in the scope
     */
    public ResetScope andPerField(String... names) {
        if (names == null) {
            throw new IllegalArgumentException("names must not be null");
        }
        List<String> all = new ArrayList<>(fields);
        for (int i = 0; i < names.length; i++) {
            String name = names[i];
            if (name == null || name.isEmpty()) {
                throw new IllegalArgumentException("names[" + i + "] must not be null or empty");
            }
            if (all.contains(name)) {
                throw new IllegalArgumentException("names[" + i + "]: the field '" + name + "' is already in the scope");
            }
            all.add(name);
        }
        return new ResetScope(period, Collections.unmodifiableList(all));
    }

    /**
     * Returns the period.
     *
     * @return the period
     */
    public ResetPeriod period() {
        return period;
    }

    /**
     * Returns the fields, in the order given.
     *
     * @return an unmodifiable list of field names
     */
    public List<String> fields() {
        return fields;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ResetScope that && period == that.period && fields.equals(that.fields);
    }

    @Override
    public int hashCode() {
        return period.hashCode() * 31 + fields.hashCode();
    }

    @Override
    public String toString() {
        return "ResetScope[" + period + (fields.isEmpty() ? "" : ", per " + String.join(", ", fields)) + "]";
    }
}
