package io.lotkit.fefo;

import io.lotkit.core.LotId;
import java.math.BigDecimal;
import java.util.AbstractList;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * The lines of one allocation as the index built them: an immutable list over an array that nothing else holds,
 * remembering its item and the quantities it was checked to add up with. Several lines are kept as their parts (lot,
 * location, quantity) side by side in one array, and each {@link AllocationLine} is made when it is asked for: a
 * reservation spanning many slots then costs one array instead of one object per line, both to build and for as
 * long as a journal or the host keeps the result (each {@link #get} makes an equal line). {@link AllocationResult} and
 * {@link StockEvent.Reserved} recognise it and skip their defensive copy, their decimal sum and their per-line item
 * check, which on the reserve path cost an array and one {@code BigDecimal} per line; every list from elsewhere is
 * still copied and checked. Only this package can create one, so the shortcut cannot be used to pass lines that do not add up.
 *
 * <p>Immutable and thread-safe.
 */
final class AllocatedLines extends AbstractList<AllocationLine> implements RandomAccess {

    /**
     * The lines when there are several, as (lot, location, quantity) triples; {@code null} when there is one,
     * {@link #only}.
     */
    private final Object[] lines;
    /** The one line, held without an array (most allocations take one slot); {@code null} when there are several. */
    private final AllocationLine only;
    /** The item of every line. */
    private final String item;
    /** The quantity requested and the shortfall that, with the lines, add up exactly; compared by identity. */
    private final BigDecimal requested;
    private final BigDecimal shortfall;

    /**
     * Takes ownership of {@code lines}: at least two lines as (lot, location, quantity) triples, each a valid
     * {@link AllocationLine}'s parts, all of {@code item}, whose quantities plus shortfall are requested.
     */
    AllocatedLines(Object[] lines, String item, BigDecimal requested, BigDecimal shortfall) {
        this(lines, null, item, requested, shortfall);
    }

    /** One line of {@code item}, which with the shortfall makes up what was requested. */
    AllocatedLines(AllocationLine only, String item, BigDecimal requested, BigDecimal shortfall) {
        this(null, only, item, requested, shortfall);
    }

    private AllocatedLines(
            Object[] lines, AllocationLine only, String item, BigDecimal requested, BigDecimal shortfall) {
        this.lines = lines;
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
        int at = 3 * Objects.checkIndex(index, lines.length / 3);
        return new AllocationLine((LotId) lines[at], (String) lines[at + 1], (BigDecimal) lines[at + 2]);
    }

    @Override
    public int size() {
        return lines == null ? 1 : lines.length / 3;
    }
}
