package io.lotkit.fefo;

import java.util.ArrayList;
import java.util.List;

/**
 * One item's open reservations by id: an open-addressing table of primitive {@code long} keys (linear probing,
 * deletion by backward shift), so the reserve path neither boxes its id nor allocates a map node. The keys sit in
 * their own array so that probing and growing read ids side by side rather than one reservation object each; when
 * to grow is a field beside the size, so adding a reservation does not read the arrays' lengths.
 *
 * <p>Not thread-safe: used under the item's monitor.
 */
final class ReservationTable {

    private long[] keys = new long[16];
    private ItemStock.OpenReservation[] values = new ItemStock.OpenReservation[16];
    private int size;
    /** The number of entries at which the table grows: half its length. */
    private int growAt = 8;

    int size() {
        return size;
    }

    ItemStock.OpenReservation get(long id) {
        long[] k = keys;
        int mask = k.length - 1;
        for (int i = slot(id, mask); k[i] != 0; i = (i + 1) & mask) {
            if (k[i] == id) {
                return values[i];
            }
        }
        return null;
    }

    /** Adds a reservation; its id (at least 1) must not be in the table. */
    void put(ItemStock.OpenReservation reservation) {
        if (size == growAt) {
            grow();
        }
        insert(keys, values, reservation.id, reservation);
        size++;
    }

    /** Removes and returns the reservation with this id, or returns {@code null} if there is none. */
    ItemStock.OpenReservation remove(long id) {
        long[] k = keys;
        int mask = k.length - 1;
        int i = slot(id, mask);
        while (k[i] != id) {
            if (k[i] == 0) {
                return null;
            }
            i = (i + 1) & mask;
        }
        ItemStock.OpenReservation removed = values[i];
        // Shift later entries of the probe run back, so that no lookup stops early at the hole.
        int hole = i;
        for (int j = (i + 1) & mask; k[j] != 0; j = (j + 1) & mask) {
            int home = slot(k[j], mask);
            boolean movable = hole <= j ? (home <= hole || home > j) : (home <= hole && home > j);
            if (movable) {
                k[hole] = k[j];
                values[hole] = values[j];
                hole = j;
            }
        }
        k[hole] = 0;
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

    private static void insert(long[] k, ItemStock.OpenReservation[] v, long id, ItemStock.OpenReservation value) {
        int mask = k.length - 1;
        int i = slot(id, mask);
        while (k[i] != 0) {
            i = (i + 1) & mask;
        }
        k[i] = id;
        v[i] = value;
    }

    private void grow() {
        long[] oldKeys = keys;
        ItemStock.OpenReservation[] oldValues = values;
        long[] k = new long[oldKeys.length * 2];
        ItemStock.OpenReservation[] v = new ItemStock.OpenReservation[k.length];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != 0) {
                insert(k, v, oldKeys[i], oldValues[i]);
            }
        }
        keys = k;
        values = v;
        growAt = k.length / 2;
    }

    static int slot(long id, int mask) {
        long h = id * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32)) & mask;
    }
}
