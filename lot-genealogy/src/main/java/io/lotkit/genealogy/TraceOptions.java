package io.lotkit.genealogy;

import java.time.Instant;
import java.util.Set;

/**
 * How far a trace goes and which of the lots it reaches it reports. Start from {@link #unlimited()} and narrow it
 * with the {@code with…} methods, which return a new instance (java.time style).
 *
 * <p>The depth limit stops the search. The date window and the item filter only choose which reached lots are
 * {@linkplain Trace#lots() reported}: the search still passes through the other lots, so that a lot reachable only
 * through a filtered-out lot is not missed (a recall must not lose a path because an intermediate lot was out of
 * range). A lot's date is its earliest receipt or production; a lot with neither has no date and is not reported
 * when a window is set.
 *
 * <p>Immutable and thread-safe.
 */
public final class TraceOptions {

    private static final TraceOptions UNLIMITED = new TraceOptions(Integer.MAX_VALUE, null, null, Set.of());

    private final int maxDepth;
    private final Instant from;
    private final Instant to;
    private final Set<String> items;

    private TraceOptions(int maxDepth, Instant from, Instant to, Set<String> items) {
        this.maxDepth = maxDepth;
        this.from = from;
        this.to = to;
        this.items = items;
    }

    /**
     * Returns options with no depth limit and no filter.
     *
     * @return the unlimited options
     */
    public static TraceOptions unlimited() {
        return UNLIMITED;
    }

    /**
     * Returns a copy that stops the search at a depth.
     *
     * @param depth the greatest number of steps from the traced lot, at least 1
     * @return the new options
     * @throws IllegalArgumentException if {@code depth} is below 1
     */
    public TraceOptions withMaxDepth(int depth) {
        if (depth < 1) {
            throw new IllegalArgumentException("maxDepth must be at least 1: " + depth);
        }
        return new TraceOptions(depth, from, to, items);
    }

    /**
     * Returns a copy that reports only lots dated within a half-open window.
     *
     * @param fromInclusive the earliest date reported
     * @param toExclusive the first date no longer reported
     * @return the new options
     * @throws IllegalArgumentException if a bound is {@code null} or {@code toExclusive} is not after
     *     {@code fromInclusive}
     */
    public TraceOptions withWindow(Instant fromInclusive, Instant toExclusive) {
        Checks.notNull("fromInclusive", fromInclusive);
        Checks.notNull("toExclusive", toExclusive);
        if (!toExclusive.isAfter(fromInclusive)) {
            throw new IllegalArgumentException(
                    "toExclusive (" + toExclusive + ") must be after fromInclusive (" + fromInclusive + ")");
        }
        return new TraceOptions(maxDepth, fromInclusive, toExclusive, items);
    }

    /**
     * Returns a copy that reports only lots of some items.
     *
     * @param itemCodes the items reported; not empty
     * @return the new options
     * @throws IllegalArgumentException if {@code itemCodes} is {@code null}, empty or contains {@code null}
     */
    public TraceOptions withItems(Set<String> itemCodes) {
        Checks.notNull("itemCodes", itemCodes);
        if (itemCodes.isEmpty()) {
            throw new IllegalArgumentException("itemCodes must not be empty");
        }
        if (itemCodes.stream().anyMatch(item -> item == null)) {
            throw new IllegalArgumentException("itemCodes must not contain null");
        }
        return new TraceOptions(maxDepth, from, to, Set.copyOf(itemCodes));
    }

    /**
     * Returns the greatest depth searched.
     *
     * @return the depth limit, {@link Integer#MAX_VALUE} when unlimited
     */
    public int maxDepth() {
        return maxDepth;
    }

    /**
     * Returns the start of the date window.
     *
     * @return the inclusive start, or {@code null} when there is no window
     */
    public Instant from() {
        return from;
    }

    /**
     * Returns the end of the date window.
     *
     * @return the exclusive end, or {@code null} when there is no window
     */
    public Instant to() {
        return to;
    }

    /**
     * Returns the items reported.
     *
     * @return the items, empty when every item is reported
     */
    public Set<String> items() {
        return items;
    }

    boolean filters() {
        return from != null || !items.isEmpty();
    }

    @Override
    public String toString() {
        return "TraceOptions[maxDepth=" + (maxDepth == Integer.MAX_VALUE ? "unlimited" : maxDepth)
                + ", window=" + (from == null ? "none" : "[" + from + ", " + to + ")")
                + ", items=" + (items.isEmpty() ? "all" : items) + "]";
    }
}
