package io.lotkit.fefo;

import java.util.ArrayList;
import java.util.List;

/**
 * One item's open reservations by id: an open-addressing table of primitive {@code long} keys (linear probing,
 * deletion by backward shift), so the reserve path neither boxes its id nor allocates a map node.
 *
 * <p>Not thread-safe: used under the item's monitor.
 */
final class ReservationTable {

    private long[] keys = new long[16];
    private ItemStock.OpenReservation[] values = new ItemStock.OpenReservation[16];
    private int size;

    int size() {
        return size;
    }

    ItemStock.OpenReservation get(long id) {
        int mask = keys.length - 1;
        for (int i = slot(id, mask); keys[i] != 0; i = (i + 1) & mask) {
            if (keys[i] == id) {
                return values[i];
            }
        }
        return null;
    }

    /** Adds a reservation; its id (at least 1) must not be in the table. */
    void put(ItemStock.OpenReservation reservation) {
        if ((size + 1) * 2 > keys.length) {
            grow();
        }
        insert(reservation.id, reservation);
        size++;
    }

    /** Removes and returns the reservation with this id, or returns {@code null} if there is none. */
    ItemStock.OpenReservation remove(long id) {
        int mask = keys.length - 1;
        int i = slot(id, mask);
        while (keys[i] != id) {
            if (keys[i] == 0) {
                return null;
            }
            i = (i + 1) & mask;
        }
        ItemStock.OpenReservation removed = values[i];
        // Shift later entries of the probe run back, so that no lookup stops early at the hole.
        int hole = i;
        for (int j = (i + 1) & mask; keys[j] != 0; j = (j + 1) & mask) {
            int home = slot(keys[j], mask);
            boolean movable = hole <= j ? (home <= hole || home > j) : (home <= hole && home > j);
            if (movable) {
                keys[hole] = keys[j];
                values[hole] = values[j];
                hole = j;
            }
        }
        keys[hole] = 0;
        values[hole] = null;
        size--;
        return removed;
    }

    /** The open reservations, in no particular order (a copy, so the caller may remove while iterating). */
    List<ItemStock.OpenReservation> values() {
        List<ItemStock.OpenReservation> out = new ArrayList<>(size);
        for (ItemStock.OpenReservation value : values) {
            if (value != null) {
                out.add(value);
            }
        }
        return out;
    }

    private void insert(long id, ItemStock.OpenReservation reservation) {
        int mask = keys.length - 1;
        int i = slot(id, mask);
        while (keys[i] != 0) {
            i = (i + 1) & mask;
        }
        keys[i] = id;
        values[i] = reservation;
    }

    private void grow() {
        long[] oldKeys = keys;
        ItemStock.OpenReservation[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new ItemStock.OpenReservation[oldKeys.length * 2];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != 0) {
                insert(oldKeys[i], oldValues[i]);
            }
        }
    }

    static int slot(long id, int mask) {
        long h = id * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32)) & mask;
    }
}
