package io.lotkit.fefo;

/**
 * An open reservation of one item: per line, the slot and the units still reserved. The first line is held in the
 * reservation's own fields and only further lines in an array ((slot, units) pairs), so that the usual one-line
 * reservation, which lives as long as it is open, is one object.
 *
 * <p>Not thread-safe: used under the item's monitor.
 */
final class OpenReservation {

    final long id;
    final String customer;
    final int lineCount;
    private final int firstSlot;
    private long firstUnits;
    /** Set while the reservation is kept in its {@link ReservationTable}'s array after being removed from it. */
    boolean removed;
    /** Lines 1 and later as (slot, units) pairs; {@code null} for a reservation of at most one line. */
    private final long[] further;

    /** Copies the first {@code count} slots and units (the caller may reuse the arrays). */
    OpenReservation(long id, String customer, int[] slots, long[] units, int count) {
        this.id = id;
        this.customer = customer;
        this.lineCount = count;
        this.firstSlot = count > 0 ? slots[0] : -1;
        this.firstUnits = count > 0 ? units[0] : 0;
        if (count > 1) {
            further = new long[2 * (count - 1)];
            for (int i = 1; i < count; i++) {
                further[2 * (i - 1)] = slots[i];
                further[2 * (i - 1) + 1] = units[i];
            }
        } else {
            further = null;
        }
    }

    /** A reservation of one line. */
    OpenReservation(long id, String customer, int slot, long units) {
        this.id = id;
        this.customer = customer;
        this.lineCount = 1;
        this.firstSlot = slot;
        this.firstUnits = units;
        this.further = null;
    }

    int slot(int line) {
        return line == 0 ? firstSlot : (int) further[2 * (line - 1)];
    }

    long units(int line) {
        return line == 0 ? firstUnits : further[2 * (line - 1) + 1];
    }

    void setUnits(int line, long units) {
        if (line == 0) {
            firstUnits = units;
        } else {
            further[2 * (line - 1) + 1] = units;
        }
    }

    /** The line holding the slot, or -1. */
    int line(int slot) {
        for (int i = 0; i < lineCount; i++) {
            if (slot(i) == slot) {
                return i;
            }
        }
        return -1;
    }

    boolean isEmpty() {
        for (int i = 0; i < lineCount; i++) {
            if (units(i) > 0) {
                return false;
            }
        }
        return true;
    }
}
