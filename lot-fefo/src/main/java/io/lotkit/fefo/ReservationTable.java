package io.lotkit.fefo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One item's open reservations by id, in one array ascending by id. Reservation numbers come from one counter that an
 * item draws from under its own monitor, so an item's new reservation almost always has the highest id it has seen
 * and is appended at the end. Adding one therefore writes to the array's tail, whose cache line the item's previous
 * reservation left in the cache (a hashed table writes to a random line of a table that for a busy index is far
 * larger than the cache), and growing copies one array of references as it is instead of rehashing. A lookup checks
 * the newest reservation first, then searches by the ids the reservations carry.
 *
 * <p>A removed reservation stays in its place, marked {@linkplain OpenReservation#removed() removed} (its id keeps the
 * array searchable), until the array fills up, when the open ones are moved together; removing the newest one (a
 * reservation released right away) shortens the array instead.
 *
 * <p>{@link ItemStock} extends this class rather than holding a table, so that the table's fields lie in the stock's
 * own object, next to the monitor every operation takes: adding a reservation then writes to the array's tail without
 * first reading another object (and the highest id is kept in a field, so neither is the previous reservation read).
 *
 * <p>Not thread-safe: used under the item's monitor.
 */
class ReservationTable {

    private static final int INITIAL_CAPACITY = 8;

    /** The first {@link #length} places hold reservations, ascending by id, some of them removed. */
    private OpenReservation[] values = new OpenReservation[INITIAL_CAPACITY];
    /** Places in use, removed ones included; the last one, if any, is open. */
    private int length;
    /** Open reservations. */
    private int size;
    /** The id of the reservation in the last place in use, 0 if none is: the highest id in the table. */
    private long lastId;

    int openReservationCount() {
        return size;
    }

    /** The open reservation with this id, or {@code null}. */
    OpenReservation openReservation(long id) {
        int at = indexOf(id);
        return at < 0 || values[at].removed() ? null : values[at];
    }

    /** Adds a reservation; its id (at least 1) must not be open in the table. */
    void addReservation(OpenReservation reservation) {
        if (length == values.length) {
            makeRoom();
        }
        reservation.markRemoved(false);
        int at = length;
        if (at > 0 && lastId > reservation.id()) {
            // Out of order (a journal written by other means): into the place of the removed reservation with this
            // id, or into its own place, shifting the later ones up by one.
            int found = indexOf(reservation.id());
            if (found >= 0) {
                values[found] = reservation;
                size++;
                return;
            }
            at = -found - 1;
            System.arraycopy(values, at, values, at + 1, length - at);
        }
        values[at] = reservation;
        length++;
        size++;
        if (at == length - 1) {
            lastId = reservation.id();
        }
    }

    /** Removes and returns the reservation with this id, or returns {@code null} if there is none open. */
    OpenReservation removeReservation(long id) {
        int at = indexOf(id);
        if (at < 0 || values[at].removed()) {
            return null;
        }
        OpenReservation removed = values[at];
        removed.markRemoved(true);
        size--;
        if (at == length - 1) {
            while (length > 0 && values[length - 1].removed()) {
                values[--length] = null;
            }
            lastId = length > 0 ? values[length - 1].id() : 0;
        }
        return removed;
    }

    /** The open reservations, by id (a copy, so the caller may remove while iterating). */
    List<OpenReservation> openReservations() {
        List<OpenReservation> out = new ArrayList<>(size);
        for (int i = 0; i < length; i++) {
            if (!values[i].removed()) {
                out.add(values[i]);
            }
        }
        return out;
    }

    /**
     * The place of the id, or {@code -(insertion point) - 1} if no reservation in the table has it. The newest is
     * checked first: a reservation is often released or picked soon after it was made.
     */
    private int indexOf(long id) {
        int low = 0;
        int high = length - 1;
        if (high >= 0 && values[high].id() == id) {
            return high;
        }
        while (low <= high) {
            int mid = (low + high) >>> 1;
            long midId = values[mid].id();
            if (midId < id) {
                low = mid + 1;
            } else if (midId > id) {
                high = mid - 1;
            } else {
                return mid;
            }
        }
        return -(low + 1);
    }

    /** Full: moves the open reservations together if at most half the places hold one, else doubles the array. */
    private void makeRoom() {
        if (size <= length / 2) {
            int kept = 0;
            for (int i = 0; i < length; i++) {
                if (!values[i].removed()) {
                    values[kept++] = values[i];
                }
            }
            Arrays.fill(values, kept, length, null);
            length = kept;
        } else {
            values = Arrays.copyOf(values, values.length * 2);
        }
    }
}
