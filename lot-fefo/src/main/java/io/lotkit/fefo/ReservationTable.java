package io.lotkit.fefo;

import java.util.ArrayList;
import java.util.List;

/**
 * One item's open reservations by id: an open-addressing table (linear probing, deletion by backward shift) of the
 * reservations themselves, each compared by its own {@code long} id. There is no separate key array: adding a
 * reservation writes one table entry, and a lookup reads the reservation it was after anyway, so the reserve path
 * touches one cache line of the table instead of one per array, boxes no id and allocates no map node.
 *
 * <p>Not thread-safe: used under the item's monitor.
 */
final class ReservationTable {

    private ItemStock.OpenReservation[] table = new ItemStock.OpenReservation[16];
    private int size;
    /** The number of entries above which the table grows: half its length. */
    private int growAt = 8;

    int size() {
        return size;
    }

    ItemStock.OpenReservation get(long id) {
        ItemStock.OpenReservation[] t = table;
        int mask = t.length - 1;
        for (int i = slot(id, mask); t[i] != null; i = (i + 1) & mask) {
            if (t[i].id == id) {
                return t[i];
            }
        }
        return null;
    }

    /** Adds a reservation; its id (at least 1) must not be in the table. */
    void put(ItemStock.OpenReservation reservation) {
        if (size == growAt) {
            grow();
        }
        insert(table, reservation);
        size++;
    }

    /** Removes and returns the reservation with this id, or returns {@code null} if there is none. */
    ItemStock.OpenReservation remove(long id) {
        ItemStock.OpenReservation[] t = table;
        int mask = t.length - 1;
        int i = slot(id, mask);
        while (t[i] == null || t[i].id != id) {
            if (t[i] == null) {
                return null;
            }
            i = (i + 1) & mask;
        }
        ItemStock.OpenReservation removed = t[i];
        // Shift later entries of the probe run back, so that no lookup stops early at the hole.
        int hole = i;
        for (int j = (i + 1) & mask; t[j] != null; j = (j + 1) & mask) {
            int home = slot(t[j].id, mask);
            boolean movable = hole <= j ? (home <= hole || home > j) : (home <= hole && home > j);
            if (movable) {
                t[hole] = t[j];
                hole = j;
            }
        }
        t[hole] = null;
        size--;
        return removed;
    }

    /** The open reservations, in no particular order (a copy, so the caller may remove while iterating). */
    List<ItemStock.OpenReservation> values() {
        List<ItemStock.OpenReservation> out = new ArrayList<>(size);
        for (ItemStock.OpenReservation value : table) {
            if (value != null) {
                out.add(value);
            }
        }
        return out;
    }

    private static void insert(ItemStock.OpenReservation[] t, ItemStock.OpenReservation reservation) {
        int mask = t.length - 1;
        int i = slot(reservation.id, mask);
        while (t[i] != null) {
            i = (i + 1) & mask;
        }
        t[i] = reservation;
    }

    private void grow() {
        ItemStock.OpenReservation[] old = table;
        ItemStock.OpenReservation[] grown = new ItemStock.OpenReservation[old.length * 2];
        for (ItemStock.OpenReservation value : old) {
            if (value != null) {
                insert(grown, value);
            }
        }
        table = grown;
        growAt = grown.length / 2;
    }

    static int slot(long id, int mask) {
        long h = id * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32)) & mask;
    }
}
