package io.lotkit.genealogy;

import io.lotkit.core.LotId;

/**
 * Interns lots as dense int ids, once: a lot is stored as its item's pooled id and its lot number, packed together
 * into a {@link LotNumberPool}, and found again through an open-addressing hash table of ids, so that no map entry, string
 * or {@link LotId} object is kept per lot.
 *
 * <p>Not thread-safe; the graph guards it with its lock.
 */
final class LotTable {

    private static final int NONE = -1;

    private final StringPool items = new StringPool();
    private final LotNumberPool numbers = new LotNumberPool();
    /**
     * Kept at most three quarters full, so {@code id + 1} always fits the low {@link #idBits} bits of a slot (the bits
     * of the table's size); the high bits hold the same bits of the lot's hash, a tag that lets a probe pass another
     * lot's slot without reading that lot's number (two cache misses saved per slot passed). 0 marks an empty slot.
     * The size need not be a power of two: a probe starts at a slot found by multiplying, so the table grows by half
     * and holds four to six bytes a lot rather than eight.
     */
    private int[] slots = new int[1 << 10];
    private int idBits = idBitsFor(slots.length);
    /** Scratch space of {@link #findAll}. */
    private int[] itemScratch = new int[0];
    private int[] hashScratch = new int[0];
    private int[] readScratch = new int[0];
    /** The item of the last lot looked up (compared by identity) and its pooled id, or -1 if it had none. */
    private String lastItem;
    private int lastItemId = NONE;
    /** Keeps the reads {@link #findAll} makes ahead from being optimised away. */
    private int touchSink;

    int size() {
        return numbers.size();
    }

    /**
     * Returns the id of a lot, or -1 if it was never interned. Slots whose tag differs are passed over unread; a
     * slot whose tag matches is checked against the packed key, item and number together on one cache line: a lookup
     * touches as few cache lines as it can.
     */
    int find(LotId lot) {
        String lotNumber = lot.lotNumber();
        int item = items.find(lot.item());
        lastItem = lot.item();
        lastItemId = item;
        if (item < 0) {
            return NONE;
        }
        return find(item, hash(item, lotNumber.hashCode()), lotNumber);
    }

    private int find(int item, int hash, String lotNumber) {
        int[] table = slots;
        int mask = (1 << idBits) - 1;
        int tag = hash & ~mask;
        for (int slot = firstSlot(hash, table.length); ; slot = slot + 1 == table.length ? 0 : slot + 1) {
            int entry = table[slot];
            if (entry == 0) {
                return NONE;
            }
            if ((entry & ~mask) != tag) {
                continue;
            }
            int id = (entry & mask) - 1;
            if (numbers.matches(id, item, lotNumber)) {
                return id;
            }
        }
    }

    /**
     * Finds several lots at once, as {@link #find(LotId)} would one by one, into {@code ids}, after
     * {@link #warm(LotId[], int) warming} the cache for all of them.
     */
    void findAll(LotId[] lots, int count, int[] ids) {
        warm(lots, count);
        lastItem = count == 0 ? null : lots[count - 1].item();
        lastItemId = count == 0 ? NONE : itemScratch[count - 1];
        for (int i = 0; i < count; i++) {
            ids[i] = itemScratch[i] < 0 ? NONE : find(itemScratch[i], hashScratch[i], lots[i].lotNumber());
        }
    }

    /**
     * Reads ahead what looking up these lots will read, in steps (hash every key, read every first slot, every
     * candidate's key position, every candidate's key), each step over all lots, so that their cache misses are in
     * flight together instead of one after the other: each lookup in a large graph waits on memory, and a replay is
     * mostly such lookups. Changes nothing; leaves the lots' item ids and hashes in the scratch arrays.
     */
    private void warm(LotId[] lots, int count) {
        if (itemScratch.length < count) {
            itemScratch = new int[count];
            hashScratch = new int[count];
            readScratch = new int[count];
        }
        int[] itemIds = itemScratch;
        int[] hashes = hashScratch;
        int[] read = readScratch;
        int touched = 0;
        for (int i = 0; i < count; i++) {
            String lotNumber = lots[i].lotNumber();
            itemIds[i] = items.find(lots[i].item());
            hashes[i] = hash(itemIds[i], lotNumber.hashCode());
            touched += lotNumber.isEmpty() ? 0 : lotNumber.charAt(0);
        }
        int mask = (1 << idBits) - 1;
        for (int i = 0; i < count; i++) {
            read[i] = slots[firstSlot(hashes[i], slots.length)];
        }
        for (int i = 0; i < count; i++) {
            int entry = read[i];
            boolean candidate = entry != 0 && (entry & ~mask) == (hashes[i] & ~mask);
            read[i] = candidate ? numbers.position((entry & mask) - 1) : -1;
        }
        for (int i = 0; i < count; i++) {
            touched += read[i] < 0 ? 0 : numbers.byteAt(read[i]);
        }
        touchSink = touched;
    }

    /** Returns the id of a lot, interning it first if needed. */
    int intern(LotId lot) {
        int existing = find(lot);
        return existing >= 0 ? existing : add(lot);
    }

    /** Interns a lot known not to be interned yet (the caller has just looked it up), and returns its new id. */
    int add(LotId lot) {
        int id = numbers.size();
        if (id + 1 > slots.length / 4 * 3) {
            rehash((int) Math.min(Integer.MAX_VALUE - 8, slots.length + (long) slots.length / 2));
        }
        // Usually the lot was just looked up: its item's id is known, unless the item is new.
        int item = lot.item() == lastItem && lastItemId >= 0 ? lastItemId : items.intern(lot.item());
        numbers.add(item, lot.lotNumber());
        place(slots, idBits, id, hash(item, lot.lotNumber().hashCode()));
        return id;
    }

    LotId lot(int id) {
        return new LotId(items.get(numbers.itemId(id)), numbers.get(id));
    }

    String item(int id) {
        return items.get(numbers.itemId(id));
    }

    /** Returns the pooled id of an item, or -1 if no lot of that item is known. */
    int findItem(String item) {
        return items.find(item);
    }

    int itemId(int id) {
        return numbers.itemId(id);
    }

    private void rehash(int capacity) {
        int[] bigger = new int[capacity];
        int biggerIdBits = idBitsFor(capacity);
        numbers.forEach((id, itemId, numberHash) -> place(bigger, biggerIdBits, id, hash(itemId, numberHash)));
        slots = bigger;
        idBits = biggerIdBits;
    }

    private static void place(int[] table, int idBits, int id, int hash) {
        int slot = firstSlot(hash, table.length);
        while (table[slot] != 0) {
            slot = slot + 1 == table.length ? 0 : slot + 1;
        }
        table[slot] = (hash & -(1 << idBits)) | (id + 1);
    }

    /** Returns the bits that hold any id plus one a table of this size holds (below its size). */
    private static int idBitsFor(int capacity) {
        return 32 - Integer.numberOfLeadingZeros(capacity);
    }

    /**
     * Returns where a probe for a hash starts: the hash, scrambled once more so that the slot does not follow the
     * tag bits, scaled to the table's size by a multiplication (no power-of-two size needed).
     */
    private static int firstSlot(int hash, int capacity) {
        return (int) (((hash * 0x9E3779B9) & 0xFFFF_FFFFL) * capacity >>> 32);
    }

    /**
     * Mixes the key's hash with MurmurHash3's finalizer: lot numbers are often sequential, and their nearly
     * sequential string hashes would otherwise pile up into long probe runs.
     */
    private static int hash(int itemId, int lotNumberHash) {
        return mix(lotNumberHash * 31 + itemId);
    }

    static int mix(int hash) {
        int h = hash;
        h ^= h >>> 16;
        h *= 0x85EBCA6B;
        h ^= h >>> 13;
        h *= 0xC2B2AE35;
        return h ^ (h >>> 16);
    }
}
