package io.lotkit.fefo;

import io.lotkit.core.Lot;
import java.util.Comparator;

/**
 * The order in which an allocation takes lots: first expired first out (FEFO), first in first out by production or
 * by receipt date (FIFO), last in first out (LIFO), or a custom order.
 *
 * <p><b>Tie-breaks</b> are the same for every strategy and make the order total and stable: lots the strategy
 * ranks equal are ordered by receipt date (earliest first), then by lot number (by its characters); the locations
 * of one lot by the request's {@link LocationPreference}, then by location code. A lot that lacks the date a
 * strategy orders by comes after every lot that has it (for FEFO: a lot that never expires is taken last).
 *
 * <p>Immutable and thread-safe; the custom comparator must be too.
 */
public final class AllocationStrategy {

    /** What a strategy orders lots by. */
    enum Kind { EXPIRY, PRODUCTION, RECEIPT, RECEIPT_DESCENDING, CUSTOM }

    /**
     * First expired, first out: earliest expiry date first. With an item's removal time set, a lot stops being
     * allocatable on its removal date (expiry minus removal time), which keeps the same order.
     */
    public static final AllocationStrategy FEFO = new AllocationStrategy("FEFO", Kind.EXPIRY, null);

    /** First in, first out by production date: oldest production first. */
    public static final AllocationStrategy FIFO_BY_PRODUCTION =
            new AllocationStrategy("FIFO_BY_PRODUCTION", Kind.PRODUCTION, null);

    /** First in, first out by receipt date: earliest received first. */
    public static final AllocationStrategy FIFO_BY_RECEIPT =
            new AllocationStrategy("FIFO_BY_RECEIPT", Kind.RECEIPT, null);

    /** Last in, first out: latest received first. */
    public static final AllocationStrategy LIFO = new AllocationStrategy("LIFO", Kind.RECEIPT_DESCENDING, null);

    private final String name;
    private final Kind kind;
    private final Comparator<? super Lot> comparator;

    private AllocationStrategy(String name, Kind kind, Comparator<? super Lot> comparator) {
        this.name = name;
        this.kind = kind;
        this.comparator = comparator;
    }

    /**
     * Returns a strategy that orders lots by a comparator; the documented tie-breaks apply to the lots it ranks
     * equal. The index caches the order per strategy instance, so keep and reuse the instance.
     *
     * @param name a name for messages
     * @param comparator the order, first allocated first; must be consistent and thread-safe
     * @return the strategy
     * @throws IllegalArgumentException if an argument is {@code null} or the name is empty
     */
    public static AllocationStrategy custom(String name, Comparator<? super Lot> comparator) {
        Checks.text("name", name);
        Checks.notNull("comparator", comparator);
        return new AllocationStrategy(name, Kind.CUSTOM, comparator);
    }

    /**
     * Returns the strategy's name.
     *
     * @return the name, e.g. {@code FEFO}
     */
    public String name() {
        return name;
    }

    Kind kind() {
        return kind;
    }

    Comparator<? super Lot> comparator() {
        return comparator;
    }

    /** Returns the name. */
    @Override
    public String toString() {
        return name;
    }
}
