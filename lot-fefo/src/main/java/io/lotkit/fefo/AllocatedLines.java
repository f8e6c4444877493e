package io.lotkit.fefo;

import java.math.BigDecimal;
import java.util.AbstractList;
import java.util.RandomAccess;

/**
 * The lines of one allocation as the index built them: an immutable list over an array that nothing else holds,
 * remembering the quantities it was checked to add up with. {@link AllocationResult} and
 * {@link StockEvent.Reserved} recognise it and skip their defensive copy and their decimal sum, which on the
 * reserve path cost an array and one {@code BigDecimal} per line; every list from elsewhere is still copied and
 * summed. Only this package can create one, so the shortcut cannot be used to pass lines that do not add up.
 *
 * <p>Immutable and thread-safe.
 */
final class AllocatedLines extends AbstractList<AllocationLine> implements RandomAccess {

    private final AllocationLine[] lines;
    /** The quantity requested and the shortfall that, with the lines, add up exactly; compared by identity. */
    private final BigDecimal requested;
    private final BigDecimal shortfall;

    /** Takes ownership of {@code lines}, which hold no {@code null}, and whose sum plus shortfall is requested. */
    AllocatedLines(AllocationLine[] lines, BigDecimal requested, BigDecimal shortfall) {
        this.lines = lines;
        this.requested = requested;
        this.shortfall = shortfall;
    }

    /** Tells whether these lines were built to add up with exactly these two values (the same objects). */
    boolean addUpWith(BigDecimal requested, BigDecimal shortfall) {
        return this.requested == requested && this.shortfall == shortfall;
    }

    /** The shortfall the lines were built with. */
    BigDecimal shortfall() {
        return shortfall;
    }

    @Override
    public AllocationLine get(int index) {
        return lines[index];
    }

    @Override
    public int size() {
        return lines.length;
    }
}
