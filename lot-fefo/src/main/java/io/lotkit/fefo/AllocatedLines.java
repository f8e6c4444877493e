package io.lotkit.fefo;

import io.lotkit.core.LotId;
import java.math.BigDecimal;
import java.util.AbstractList;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * The lines of one allocation as the index built them: an immutable list over an array that nothing else holds,
 * remembering its item and the quantities it was checked to add up with. Several lines are kept as their parts, lot
 * and location side by side in one array and the quantity as units in another, and each {@link AllocationLine},
 * with its {@code BigDecimal}, is made when it is asked for: a reservation spanning many slots then costs two arrays
 * instead of one object and one decimal per line, both to build and for as long as a journal or the host keeps the
 * result (each {@link #get} makes an equal line). {@link AllocationResult} and
 * {@link StockEvent.Reserved} recognise it and skip their defensive copy, their decimal sum and their per-line item
 * check, which on the reserve path cost an array and one {@code BigDecimal} per line; every list from elsewhere is
 * still copied and checked. Only this package can create one, so the shortcut cannot be used to pass lines that do not add up.
 *
 * <p>Immutable and thread-safe.
 */
final class AllocatedLines extends AbstractList<AllocationLine> implements RandomAccess {

    /**
     * The lines when there are several, as (lot, location) pairs; {@code null} when there is one, {@link #only}.
     */
    private final Object[] lines;
    /** Each line's quantity in units when there are several, in the order of {@link #lines}; else {@code null}. */
    private final long[] lineUnits;
    /** The scale {@link #lineUnits} are counted in; {@code null} when there is one line. */
    private final Units units;
    /** The one line, held without an array (most allocations take one slot); {@code null} when there are several. */
    private final AllocationLine only;
    /** The item of every line. */
    private final String item;
    /** The quantity requested and the shortfall that, with the lines, add up exactly; compared by identity. */
    private final BigDecimal requested;
    private final BigDecimal shortfall;

    /**
     * Takes ownership of {@code lines} and {@code lineUnits}: at least two lines as (lot, location) pairs and their
     * positive quantities in {@code units}, each a valid {@link AllocationLine}'s parts, all of {@code item}, whose
     * quantities plus shortfall are requested.
     */
    AllocatedLines(Object[] lines, long[] lineUnits, Units units, String item, BigDecimal requested,
            BigDecimal shortfall) {
        this(lines, lineUnits, units, null, item, requested, shortfall);
    }

    /** One line of {@code item}, which with the shortfall makes up what was requested. */
    AllocatedLines(AllocationLine only, String item, BigDecimal requested, BigDecimal shortfall) {
        this(null, null, null, only, item, requested, shortfall);
    }

    private AllocatedLines(Object[] lines, long[] lineUnits, Units units, AllocationLine only, String item,
            BigDecimal requested, BigDecimal shortfall) {
        this.lines = lines;
        this.lineUnits = lineUnits;
        this.units = units;
        this.only = only;
        this.item = item;
        this.requested = requested;
        this.shortfall = shortfall;
    }

    /** Tells whether these lines were built to add up with exactly these two values (the same objects). */
    boolean addUpWith(BigDecimal requested, BigDecimal shortfall) {
        return this.requested == requested && this.shortfall == shortfall;
    }

    /**
     * Tells whether {@code item} is the very code these lines were built for: the index's own, which passed the text
     * check when the item became known to the index.
     */
    boolean isOfItem(String item) {
        return this.item == item;
    }

    /** Tells whether every line is of this item. */
    boolean allOf(String item) {
        return this.item.equals(item);
    }

    /** The shortfall the lines were built with. */
    BigDecimal shortfall() {
        return shortfall;
    }

    @Override
    public AllocationLine get(int index) {
        if (lines == null) {
            Objects.checkIndex(index, 1);
            return only;
        }
        int line = Objects.checkIndex(index, lineUnits.length);
        return new AllocationLine((LotId) lines[2 * line], (String) lines[2 * line + 1],
                units.toDecimal(lineUnits[line]));
    }

    @Override
    public int size() {
        return lines == null ? 1 : lineUnits.length;
    }
}
