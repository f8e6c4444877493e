package io.lotkit.genealogy;

import io.lotkit.core.LotId;

/**
 * Interns lots as dense int ids, once: a lot is stored as its item's pooled id and its lot number, packed together into
 * a {@link LotNumberPool}, and found again through an open-addressing hash table of ids, so that no map entry, string
 * or {@link LotId} object is kept per lot.
 *
 * <p>Not thread-safe; the graph guards it with its lock.
 */
final class LotTable {

    private static final int NONE = -1;
    /** A {@link #probeAll} candidate for a lot known not to be in the table. */
    private static final int ABSENT = -2;

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
    /** Scratch space of {@link #probeAll} and {@link #resolveAll}, by key. */
    private String[] itemScratch = new String[0];
    private String[] numberScratch = new String[0];
    private int[] hashScratch = new int[0];
    private int[] candidateScratch = new int[0];
    private int[] positionScratch = new int[0];
    /** The item of the last lot looked up (compared by identity) and its pooled id, or -1 if it had none. */
    private String lastItem;
    private int lastItemId = NONE;
    /** Keeps the reads {@link #probeAll} and {@link #resolveAll} make ahead from being optimised away. */
    private int touchSink;

    int size() {
        return numbers.size();
    }

    /**
     * Makes room for {@code lots} lots in all, so that interning that many rehashes nothing (a replay knows about
     * how many events it will apply, and each event names at least one lot).
     */
    void reserve(int lots) {
        long needed = capacityFor(lots);
        if (needed > slots.length) {
            rehash((int) Math.min(Integer.MAX_VALUE - 8, needed));
        }
    }

    /**
     * Gives back what {@link #reserve} took beyond need: if the table is over twice as large as its lots need, it is
     * rehashed to the size growth would have given it (events that name the same lots again reserve too much).
     */
    void trim() {
        long needed = capacityFor(size());
        if (slots.length > Math.max(1 << 10, 2 * needed)) {
            rehash((int) Math.max(1 << 10, needed * 3 / 2));
        }
    }

    /** The fewest slots that hold {@code lots} lots within the load {@link #add} keeps: three quarters. */
    private static long capacityFor(long lots) {
        return (lots + 2) / 3 * 4;
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
        return find(item, hash(lot.item().hashCode(), lotNumber.hashCode()), lotNumber);
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
     * Finds several lots at once, as {@link #find(LotId)} would one by one, into {@code ids}: {@link #probeAll} then
     * {@link #resolveAll}: how a replay's first stage finds the lots of several events together. Checking one
     * transformation calls the two halves itself, reading ahead between them.
     */
    void findAll(LotId[] lots, int count, int[] ids) {
        probeAll(lots, count);
        resolveAll(count, ids);
    }

    /**
     * The first half of finding several lots: reads, in steps each taken over all the lots, every lot's two
     * strings, their hashes, the first slot of each probe and the strings' characters, so that the cache misses of
     * one step are in flight together instead of one after the other (each lookup in a large graph waits on memory,
     * and a replay is mostly such lookups). The lot's hash is made from its strings' own hashes, not from its item's
     * pooled id, so that the slot is read without waiting for the item's lookup. Changes nothing; returns, per lot,
     * its {@linkplain #candidate candidate}: the id held by the first slot of its probe run with a matching tag (the
     * likely answer, for the caller to read ahead what it will read of that lot), or a negative value if there is
     * none; valid until the next call.
     */
    int[] probeAll(LotId[] lots, int count) {
        if (itemScratch.length < count) {
            itemScratch = new String[count];
            numberScratch = new String[count];
            hashScratch = new int[count];
            candidateScratch = new int[count];
            positionScratch = new int[count];
        }
        String[] itemStrings = itemScratch;
        String[] numberStrings = numberScratch;
        int[] hashes = hashScratch;
        int[] candidates = candidateScratch;
        for (int i = 0; i < count; i++) {
            itemStrings[i] = lots[i].item();
            numberStrings[i] = lots[i].lotNumber();
        }
        for (int i = 0; i < count; i++) {
            hashes[i] = hash(itemStrings[i].hashCode(), numberStrings[i].hashCode());
        }
        int[] table = slots;
        int touched = 0;
        for (int i = 0; i < count; i++) {
            candidates[i] = table[firstSlot(hashes[i], table.length)];
            // LotId refuses empty strings.
            touched += itemStrings[i].charAt(0) + numberStrings[i].charAt(0);
        }
        int mask = (1 << idBits) - 1;
        for (int i = 0; i < count; i++) {
            candidates[i] = candidate(table, mask, hashes[i], candidates[i]);
        }
        touchSink += touched;
        return candidates;
    }

    /** Returns the hash of the {@code index}-th lot of the last {@link #probeAll}, valid until the next one. */
    int probedHash(int index) {
        return hashScratch[index];
    }

    /**
     * Returns the id held by the first slot of a lot's probe run whose tag is the lot's, {@link #ABSENT} if the run
     * ends (an empty slot) before any such slot: then the lot is certainly not in the table. The run goes on from the
     * first slot, already read ({@code first}), mostly within its cache line, so a lot placed past another lot's slot
     * is found here, with its key then read ahead like any other, rather than looked up again one by one.
     */
    private static int candidate(int[] table, int mask, int hash, int first) {
        int tag = hash & ~mask;
        int slot = firstSlot(hash, table.length);
        for (int entry = first; entry != 0; entry = table[slot]) {
            if ((entry & ~mask) == tag) {
                return (entry & mask) - 1;
            }
            slot = slot + 1 == table.length ? 0 : slot + 1;
        }
        return ABSENT;
    }

    /**
     * The second half of finding several lots, right after {@link #probeAll} for the same lots: reads ahead, in
     * steps over all the lots, each candidate's key (its group's first key, then the key itself), then finds each
     * lot into {@code ids}.
     */
    void resolveAll(int count, int[] ids) {
        String[] itemStrings = itemScratch;
        int[] candidates = candidateScratch;
        int[] positions = positionScratch;
        int touched = 0;
        for (int i = 0; i < count; i++) {
            touched += candidates[i] < 0 ? 0 : numbers.byteAt(numbers.groupPosition(candidates[i]));
        }
        for (int i = 0; i < count; i++) {
            positions[i] = candidates[i] < 0 ? NONE : numbers.position(candidates[i]);
            touched += candidates[i] < 0 ? 0 : numbers.byteAt(positions[i]);
        }
        touchSink += touched;
        for (int i = 0; i < count; i++) {
            // The likely lot's item is checked first against the pooled string its key names, which spares hashing
            // and probing for the item; keys are unique, so a probe that meets the lot at its candidate stops there.
            int candidate = candidates[i];
            int item = candidate < 0 ? NONE : numbers.itemAt(positions[i]);
            if (item >= 0 && sameString(items.get(item), itemStrings[i])
                    && numbers.numberMatchesAt(positions[i], candidate, numberScratch[i])) {
                ids[i] = candidate;
            } else if (candidate == ABSENT) {
                // Not in the table: its item's id is left for add to intern, which looks it up once anyway.
                ids[i] = NONE;
            } else {
                item = items.find(itemStrings[i]);
                ids[i] = item < 0 ? NONE : find(item, hashScratch[i], numberScratch[i]);
            }
            if (i == count - 1) {
                lastItem = itemStrings[i];
                lastItemId = item;
            }
        }
        for (int i = 0; i < count; i++) {
            itemStrings[i] = null;
            numberScratch[i] = null;
        }
    }

    private static boolean sameString(String pooled, String value) {
        return pooled == value || pooled.equals(value);
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
        place(slots, idBits, id, hash(lot.item().hashCode(), lot.lotNumber().hashCode()));
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
        numbers.forEach((id, itemId, numberHash) -> place(bigger, biggerIdBits, id,
                hash(items.get(itemId).hashCode(), numberHash)));
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
     * Mixes the key's strings' hashes with MurmurHash3's finalizer: lot numbers are often sequential, and their nearly
     * sequential string hashes would otherwise pile up into long probe runs.
     */
    private static int hash(int itemHash, int lotNumberHash) {
        return mix(lotNumberHash * 31 + itemHash);
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
