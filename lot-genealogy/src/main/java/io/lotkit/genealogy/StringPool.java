package io.lotkit.genealogy;

import java.util.Arrays;

/**
 * Interns the few distinct strings the graph repeats many times (items, units, customers, suppliers, locations)
 * as dense int ids, so that per-lot and per-record columns hold an int instead of a reference.
 *
 * <p>The ids are found through an open-addressing table of {@code id + 1} (0 marks an empty slot), at most half full,
 * probed from the string's mixed hash: a replay looks up an item for every line of every event, and strings such as
 * {@code "RAW-12"} and {@code "INT-12"} have string hashes close enough to pile up in a {@link java.util.HashMap}'s
 * buckets (which then become trees compared with {@link String#compareTo}). A probe tests identity before equality,
 * since hosts often pass the same string objects again.
 *
 * <p>Not thread-safe; the graph guards it with its lock.
 */
final class StringPool {

    private String[] values = new String[16];
    private int size;
    private int[] slots = new int[32];

    int intern(String value) {
        int slot = slotOf(value);
        int entry = slots[slot];
        if (entry != 0) {
            return entry - 1;
        }
        int id = size;
        if (id == values.length) {
            values = Arrays.copyOf(values, id * 2);
        }
        values[id] = value;
        size = id + 1;
        slots[slot] = id + 1;
        if (2 * size > slots.length) {
            rehash();
        }
        return id;
    }

    /** Returns the id of a value, or -1 if it was never interned. */
    int find(String value) {
        return slots[slotOf(value)] - 1;
    }

    String get(int id) {
        if (id < 0 || id >= size) {
            throw new IndexOutOfBoundsException("no pooled string with id " + id);
        }
        return values[id];
    }

    /** Returns the slot that holds the value, or the empty slot where it would go. */
    private int slotOf(String value) {
        int mask = slots.length - 1;
        for (int slot = IdSlots.home(value.hashCode(), mask); ; slot = (slot + 1) & mask) {
            int entry = slots[slot];
            if (entry == 0) {
                return slot;
            }
            String known = values[entry - 1];
            if (known == value || known.equals(value)) {
                return slot;
            }
        }
    }

    private void rehash() {
        slots = IdSlots.doubled(slots, size, id -> values[id].hashCode());
    }
}
