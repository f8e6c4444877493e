package io.lotkit.fefo;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The items of an index by code: an open-addressing table (linear probing) of the items' stocks themselves, each
 * holding its code and the code's hash. Finding an item reads one table entry and the stock it was after anyway
 * (whose monitor the caller takes next), where a hash map reads its table, a node, and only then the stock: one
 * cache miss fewer on every operation, for an index whose items do not all fit in the cache. The table is at most a
 * quarter full, so a lookup rarely reads a second stock; a request's code is usually the very string the item was
 * created with, recognised by identity before any comparison of characters.
 *
 * <p>Safe for concurrent use: lookups take no lock; an item is added under the table's monitor and published with
 * release semantics (a new table only once it is filled), so a lookup sees either no stock or a fully constructed
 * one. Items are never removed.
 */
final class ItemTable {

    private static final VarHandle ENTRY = MethodHandles.arrayElementVarHandle(ItemStock[].class);
    private static final int INITIAL_CAPACITY = 64;

    private volatile ItemStock[] table = new ItemStock[INITIAL_CAPACITY];
    /** Guarded by this table's monitor. */
    private int size;

    /** The item's stock, or {@code null} if the item is not known. */
    ItemStock get(String item) {
        return get(item, item.hashCode());
    }

    /**
     * The item's stock, or {@code null}, given the code's {@link String#hashCode()} (which a request keeps, so that
     * finding its item does not first read the string: the string is compared by identity, then by hash, and only
     * then by its characters).
     */
    ItemStock get(String item, int hash) {
        ItemStock[] t = table;
        int mask = t.length - 1;
        for (int i = home(hash, mask); ; i = (i + 1) & mask) {
            ItemStock s = (ItemStock) ENTRY.getAcquire(t, i);
            if (s == null || s.item == item || (s.itemHash == hash && s.item.equals(item))) {
                return s;
            }
        }
    }

    /** The item's stock, created by {@code create} and added if the item is not known yet. */
    ItemStock getOrCreate(String item, Function<String, ItemStock> create) {
        ItemStock s = get(item);
        return s != null ? s : add(item, create);
    }

    private synchronized ItemStock add(String item, Function<String, ItemStock> create) {
        ItemStock s = get(item);
        if (s != null) {
            return s;
        }
        s = create.apply(item);
        ItemStock[] t = table;
        if (4 * (size + 1) > t.length) {
            t = grown(t);
            insert(t, s);
            table = t;
        } else {
            insert(t, s);
        }
        size++;
        return s;
    }

    /** Every item's stock, in no particular order. */
    List<ItemStock> values() {
        List<ItemStock> out = new ArrayList<>();
        ItemStock[] t = table;
        for (int i = 0; i < t.length; i++) {
            ItemStock s = (ItemStock) ENTRY.getAcquire(t, i);
            if (s != null) {
                out.add(s);
            }
        }
        return out;
    }

    private static ItemStock[] grown(ItemStock[] old) {
        ItemStock[] t = new ItemStock[old.length * 2];
        for (ItemStock s : old) {
            if (s != null) {
                insert(t, s);
            }
        }
        return t;
    }

    private static void insert(ItemStock[] t, ItemStock s) {
        int mask = t.length - 1;
        int i = home(s.itemHash, mask);
        while (t[i] != null) {
            i = (i + 1) & mask;
        }
        ENTRY.setRelease(t, i, s);
    }

    /** Spreads the string hash's high bits down, as item codes often differ only in their last characters. */
    private static int home(int hash, int mask) {
        return (hash ^ (hash >>> 16)) * 0x9E3779B9 >>> 7 & mask;
    }
}
