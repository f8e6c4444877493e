package io.lotkit.fefo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One item's open reservations by id: the ids ascending in one array and the reservations beside them in another.
 * Reservation numbers come from one counter that an item draws from under its own monitor, so an item's new
 * reservation almost always has the highest id it has seen and is appended at the end. Adding one therefore writes
 * to the tail of two arrays, whose last cache lines the item's previous reservation left in the cache (a hashed
 * table writes to a random line of a table that for a busy index is far larger than the cache), growing copies the
 * two arrays as they are instead of rehashing, and a lookup is a binary search over the ids, checking the newest
 * first.
 *
 * <p>A removed reservation leaves its id with an empty place until the arrays fill up, when the open ones are moved
 * together; removing the newest one (a reservation released right away) shortens the arrays instead.
 *
 * <p>Not thread-safe: used under the item's monitor.
 */
final class ReservationTable {

    private static final int INITIAL_CAPACITY = 8;

    /** The ids of the first {@link #length} places, ascending. */
    private long[] ids = new long[INITIAL_CAPACITY];
    /** Beside each id, its open reservation, or {@code null} once removed. */
    private OpenReservation[] values = new OpenReservation[INITIAL_CAPACITY];
    /** Places in use, removed ones included. */
    private int length;
    /** Open reservations. */
    private int size;

    int size() {
        return size;
    }

    OpenReservation get(long id) {
        int at = indexOf(id);
        return at < 0 ? null : values[at];
    }

    /** Adds a reservation; its id (at least 1) must not be in the table. */
    void put(OpenReservation reservation) {
        if (length == ids.length) {
            makeRoom();
        }
        long id = reservation.id;
        int at = length;
        if (at > 0 && ids[at - 1] > id) {
            // Out of order (a journal written by other means): into the place the id had when it was removed, or
            // into its own place, shifting the later ids up by one.
            int found = indexOf(id);
            if (found >= 0) {
                values[found] = reservation;
                size++;
                return;
            }
            at = -found - 1;
            System.arraycopy(ids, at, ids, at + 1, length - at);
            System.arraycopy(values, at, values, at + 1, length - at);
        }
        ids[at] = id;
        values[at] = reservation;
        length++;
        size++;
    }

    /** Removes and returns the reservation with this id, or returns {@code null} if there is none. */
    OpenReservation remove(long id) {
        int at = indexOf(id);
        if (at < 0 || values[at] == null) {
            return null;
        }
        OpenReservation removed = values[at];
        values[at] = null;
        size--;
        while (length > 0 && values[length - 1] == null) {
            length--;
        }
        return removed;
    }

    /** The open reservations, by id (a copy, so the caller may remove while iterating). */
    List<OpenReservation> values() {
        List<OpenReservation> out = new ArrayList<>(size);
        for (int i = 0; i < length; i++) {
            if (values[i] != null) {
                out.add(values[i]);
            }
        }
        return out;
    }

    /**
     * The place of the id, or {@code -(insertion point) - 1} if it is not in the table. The newest id is checked
     * first: a reservation is often released or picked soon after it was made.
     */
    private int indexOf(long id) {
        int last = length - 1;
        if (last >= 0 && ids[last] == id) {
            return last;
        }
        return Arrays.binarySearch(ids, 0, length, id);
    }

    /** Full: moves the open reservations together if at most half the places hold one, else doubles the arrays. */
    private void makeRoom() {
        if (size <= length / 2) {
            int kept = 0;
            for (int i = 0; i < length; i++) {
                if (values[i] != null) {
                    ids[kept] = ids[i];
                    values[kept] = values[i];
                    kept++;
                }
            }
            Arrays.fill(values, kept, length, null);
            length = kept;
        } else {
            ids = Arrays.copyOf(ids, ids.length * 2);
            values = Arrays.copyOf(values, values.length * 2);
        }
    }
}
