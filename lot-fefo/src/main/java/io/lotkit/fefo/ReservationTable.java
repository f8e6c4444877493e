package io.lotkit.fefo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One item's open reservations by id. Reservation numbers come from one counter that an item draws from under its own
 * monitor, so an item's new reservation almost always has the highest id it has seen. Such a reservation is not placed
 * in the table's array at once: it is chained to the one added before it ({@link OpenReservation#addedBefore()}) and
 * the table keeps only the newest, in a field of the stock's own object. Adding one therefore writes nothing outside
 * that object and the new reservation, where appending to the array touched two more cache lines per item (the array's
 * header and its tail), which a busy index, touching a thousand items between two reserves of one item, is unlikely to
 * still hold in its nearest caches: in interleaved runs of the W1 benchmark's reserves, the median fell by 20-60 ns.
 * The first lookup, removal or listing after some adds places the chain in the array, oldest first, in one pass, and
 * clears its links, so that a removed reservation is not kept alive by a newer one.
 *
 * <p>The array is ascending by id. A lookup checks the newest reservation first, then searches by the ids the
 * reservations carry. A removed reservation stays in its place, marked {@linkplain OpenReservation#removed() removed}
 * (its id keeps the array searchable), until the array fills up, when the open ones are moved together; removing the
 * newest one (a reservation released right away) shortens the array instead.
 *
 * <p>{@link ItemStock} extends this class rather than holding a table, so that the table's fields lie in the stock's
 * own object, next to the monitor every operation takes.
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
    /** The id of the reservation in the last place in use, 0 if none is: the highest id in the array. */
    private long lastId;
    /** The newest reservation added but not yet placed in the array (the others chained behind it), or null. */
    private OpenReservation pending;
    /** How many reservations are chained from {@link #pending}. */
    private int pendingCount;
    /** The highest id the table has held, the chain's included; 0 if none. */
    private long newestId;

    int openReservationCount() {
        return size;
    }

    /** The open reservation with this id, or {@code null}. */
    OpenReservation openReservation(long id) {
        placePending();
        int at = indexOf(id);
        return at < 0 || values[at].removed() ? null : values[at];
    }

    /** Adds a reservation; its id (at least 1) must not be open in the table. */
    void addReservation(OpenReservation reservation) {
        reservation.markRemoved(false);
        if (reservation.id() > newestId) {
            reservation.addedBefore(pending);
            pending = reservation;
            pendingCount++;
            size++;
            newestId = reservation.id();
            return;
        }
        placePending();
        if (length == values.length) {
            makeRoom(1);
        }
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
        placePending();
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
        placePending();
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

    /** Places the chained reservations in the array after the others, oldest first, and unlinks them. */
    private void placePending() {
        if (pending == null) {
            return;
        }
        if (values.length - length < pendingCount) {
            makeRoom(pendingCount);
        }
        int end = length + pendingCount;
        OpenReservation r = pending;
        for (int at = end - 1; at >= length; at--) {
            values[at] = r;
            OpenReservation before = r.addedBefore();
            r.addedBefore(null);
            r = before;
        }
        length = end;
        lastId = newestId;
        pending = null;
        pendingCount = 0;
    }

    /**
     * Makes room for {@code count} more places after the last in use: moves the array's open reservations together if
     * at most half the places in use hold one, and then, if that is not room enough, grows the array (at least
     * doubling it).
     */
    private void makeRoom(int count) {
        if (size - pendingCount <= length / 2) {
            int kept = 0;
            for (int i = 0; i < length; i++) {
                if (!values[i].removed()) {
                    values[kept++] = values[i];
                }
            }
            Arrays.fill(values, kept, length, null);
            length = kept;
        }
        if (values.length - length < count) {
            values = Arrays.copyOf(values, Math.max(values.length * 2, length + count));
        }
    }
}
