package io.lotkit.fefo;

import io.lotkit.core.LotId;
import java.math.BigDecimal;
import java.util.AbstractList;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * The lines of one allocation as the index built them: an immutable list over fields and arrays that nothing else
 * writes, remembering its item and the quantities it was checked to add up with. {@link One} holds one line in a field
 * (a plan's), {@link OneLineReservation} is a reserved line that is also its open reservation, and {@link Several}
 * holds several, so that the usual one-line list is a small object. Several lines are kept as their slots and
 * their quantities in units, two arrays copied in one go each, beside the item's per-slot arrays of lot ids and
 * locations; each {@link AllocationLine}, with its {@code BigDecimal}, is made when it is asked for. A reservation
 * spanning many slots then costs two primitive arrays instead of one object and one decimal per line (or an array
 * of references written one by one), both to build and for as long as a journal or the host keeps the result (each
 * {@link #get} makes an equal line). {@link AllocationResult} and {@link StockEvent.Reserved} recognise it and skip
 * their defensive copy, their decimal sum and their per-line item check, which on the reserve path cost an array and
 * one {@code BigDecimal} per line; every list from elsewhere is still copied and checked. Only this package can
 * create one, so the shortcut cannot be used to pass lines that do not add up.
 *
 * <p>Immutable and thread-safe: the per-slot arrays are the item's own, read without its monitor, which is sound
 * because an entry of them is written once, when its slot is made, before this list exists, and never again (the
 * item grows them by copying into new arrays), and this list reads only the entries of its own slots through final
 * fields. (A {@link OneLineReservation} also holds what is left of its reservation, which changes under the item's
 * monitor; no list method reads it.)
 */
abstract class AllocatedLines extends AbstractList<AllocationLine> implements RandomAccess {

    /** The item of every line. */
    private final String item;
    /** The quantity requested and the shortfall that, with the lines, add up exactly; compared by identity. */
    private final BigDecimal requested;
    private final BigDecimal shortfall;

    /** Lines of {@code item}, which with the shortfall make up what was requested. */
    AllocatedLines(String item, BigDecimal requested, BigDecimal shortfall) {
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

    /** One line, held without an array (most allocations take one slot). Immutable and thread-safe. */
    static final class One extends AllocatedLines {

        private final AllocationLine only;

        /** The one line of {@code item}, which with the shortfall makes up what was requested. */
        One(AllocationLine only, String item, BigDecimal requested, BigDecimal shortfall) {
            super(item, requested, shortfall);
            this.only = only;
        }

        @Override
        public AllocationLine get(int index) {
            Objects.checkIndex(index, 1);
            return only;
        }

        @Override
        public int size() {
            return 1;
        }
    }

    /**
     * Several lines: a subclass, so that the usual one-line list carries no fields for them. Immutable and
     * thread-safe, as its parent says.
     */
    static final class Several extends AllocatedLines {

        /** Each line's slot. */
        private final int[] lineSlots;
        /** Each line's quantity in units, in the order of {@link #lineSlots}. */
        private final long[] lineUnits;
        /** The item's lot id and location per slot (entries fixed once a slot exists). */
        private final LotId[] slotLotId;
        private final String[] slotLocation;
        /** The scale {@link #lineUnits} are counted in. */
        private final Units units;

        /**
         * Takes ownership of {@code lineSlots} and {@code lineUnits}: at least two lines as slots of {@code item}
         * whose lot id and location {@code slotLotId} and {@code slotLocation} hold (and will not change), and their
         * positive quantities in {@code units}, whose sum plus the shortfall is what was requested.
         */
        Several(int[] lineSlots, long[] lineUnits, LotId[] slotLotId, String[] slotLocation, Units units,
                String item, BigDecimal requested, BigDecimal shortfall) {
            super(item, requested, shortfall);
            this.lineSlots = lineSlots;
            this.lineUnits = lineUnits;
            this.slotLotId = slotLotId;
            this.slotLocation = slotLocation;
            this.units = units;
        }

        /** This list's own array of slots, which the caller must not write (an {@link ArrayReservation} shares it). */
        int[] sharedSlots() {
            return lineSlots;
        }

        /** This list's own array of units, which the caller must not write (as {@link #sharedSlots}). */
        long[] sharedUnits() {
            return lineUnits;
        }

        @Override
        public AllocationLine get(int index) {
            int slot = lineSlots[Objects.checkIndex(index, lineSlots.length)];
            return new AllocationLine(slotLotId[slot], slotLocation[slot], units.toDecimal(lineUnits[index]));
        }

        @Override
        public int size() {
            return lineSlots.length;
        }
    }
}
