package io.lotkit.fefo;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;

/**
 * The slots of one item sorted for one (strategy, location preference), built once and reused until a slot or
 * lot is added. Alongside the order it keeps a bit set over positions, set where the slot has stock available
 * (on hand above reserved), which {@link ItemStock} updates on every change; so an allocation jumps over emptied
 * slots a 64-position word at a time instead of walking them.
 *
 * <p>Not thread-safe: used under the item's monitor.
 */
final class SlotOrder {

    final AllocationStrategy strategy;
    final LocationPreference preference;
    /** Slot indices in allocation order. */
    int[] slots = new int[0];
    /**
     * Per position, the slot's lot index, which never changes for a slot: an allocation that needs the lot reads it
     * by the position it is at, instead of only after the slot's facts.
     */
    int[] lotAt = new int[0];
    /** For each slot, its position in {@link #slots}. */
    private int[] positionOf = new int[0];
    /**
     * Two bit sets over positions, interleaved a word each (for every 64 positions, first the word of slots with stock
     * available, then the word of slots whose lot is released, the status requests allow unless they say otherwise),
     * so that both are read from one cache line. A request that allows released lots only skips the slots of held,
     * quarantined or otherwise blocked lots a word at a time, by the two words ANDed. A change of stock touches the
     * first word only and a change of status the second, so neither needs the other fact (a change of stock does not
     * read the lot's status).
     */
    private long[] stockBits = new long[0];
    private static final int WITH_STOCK = 0;
    private static final int RELEASED = 1;
    /** Whether positions are sorted by expiry ascending, so the date rules can be applied by binary search. */
    boolean byExpiry;
    /** Per lot run in an order by expiry: the lot's expiry day, first expired day, and first position. */
    private long[] lotRuns = new long[0];
    private static final int RUN_FIELDS = 3;
    private static final int RUN_EXPIRY = 0;
    private static final int RUN_FIRST_EXPIRED = 1;
    private static final int RUN_START = 2;
    private int builtForShape = -1;

    SlotOrder(AllocationStrategy strategy, LocationPreference preference) {
        this.strategy = strategy;
        this.preference = preference;
    }

    int size() {
        return slots.length;
    }

    void refresh(ItemStock stock) {
        if (builtForShape != stock.shapeVersion) {
            sort(stock);
            positionOf = new int[slots.length];
            stockBits = new long[2 * ((slots.length + 63) >>> 6)];
            for (int p = 0; p < slots.length; p++) {
                int slot = slots[p];
                positionOf[slot] = p;
                slotChanged(slot, stock.available(slot) > 0, stock.isReleased(stock.lotOf(slot)));
            }
            builtForShape = stock.shapeVersion;
        }
    }

    /**
     * Records whether a slot has stock available and whether its lot is released; ignored until the order is
     * rebuilt if the slot is new.
     */
    void slotChanged(int slot, boolean hasStock, boolean released) {
        if (slot >= positionOf.length) {
            return;
        }
        int position = positionOf[slot];
        stockChangedAt(position, hasStock);
        set((position >>> 6 << 1) + RELEASED, position, released);
    }

    /** Records whether a slot has stock available; ignored until the order is rebuilt if the slot is new. */
    void stockChanged(int slot, boolean hasStock) {
        if (slot < positionOf.length) {
            stockChangedAt(positionOf[slot], hasStock);
        }
    }

    /** As {@link #stockChanged}, for the slot at a position of this order as it stands. */
    void stockChangedAt(int position, boolean hasStock) {
        set((position >>> 6 << 1) + WITH_STOCK, position, hasStock);
    }

    private void set(int word, int position, boolean value) {
        if (value) {
            stockBits[word] |= 1L << position;
        } else {
            stockBits[word] &= ~(1L << position);
        }
    }

    /** Returns the first position at or after {@code position} whose slot has stock available, or the size. */
    int nextWithStock(int position) {
        return next(false, position);
    }

    /**
     * Returns the first position at or after {@code position} whose slot has stock available and whose lot is
     * released, or the size.
     */
    int nextReleasedWithStock(int position) {
        return next(true, position);
    }

    private int next(boolean releasedOnly, int position) {
        long[] sets = stockBits;
        int words = sets.length >>> 1;
        int word = position >>> 6;
        if (word >= words) {
            return slots.length;
        }
        long bits = bits(sets, word, releasedOnly) & (-1L << position);
        while (bits == 0) {
            if (++word == words) {
                return slots.length;
            }
            bits = bits(sets, word, releasedOnly);
        }
        return (word << 6) + Long.numberOfTrailingZeros(bits);
    }

    private static long bits(long[] sets, int word, boolean releasedOnly) {
        long withStock = sets[(word << 1) + WITH_STOCK];
        return releasedOnly ? withStock & sets[(word << 1) + RELEASED] : withStock;
    }

    /**
     * Sorts the slots: first the item's lots by the strategy (few per item, so a comparator is cheap), then the
     * slots by a packed key of (lot rank, location rank), or (zone rank, lot rank, location) when the zone comes
     * first, with one primitive sort.
     */
    private void sort(ItemStock s) {
        int lotCount = s.lotCount;
        Integer[] lotOrder = new Integer[lotCount];
        for (int lot = 0; lot < lotCount; lot++) {
            lotOrder[lot] = lot;
        }
        Arrays.sort(lotOrder, (a, b) -> compareLots(s, a, b));
        int[] lotRank = new int[lotCount];
        for (int i = 0; i < lotCount; i++) {
            lotRank[lotOrder[i]] = i;
        }
        Map<String, Integer> locationRank = rankLocations(s);
        int locationCount = locationRank.size();
        int n = s.slotCount;
        long[] keys = new long[n];
        for (int slot = 0; slot < n; slot++) {
            long lot = lotRank[s.lotOf(slot)];
            long location = locationRank.get(s.slotLocation[slot]);
            long key = preference.beforeStrategy()
                    ? ((long) preference.rank(s.slotLocation[slot]) * lotCount + lot) * locationCount + location
                    : lot * locationCount + location;
            if (key >= (1L << 31)) {
                throw new IllegalStateException("item " + s.item + " has too many lots and locations to order");
            }
            keys[slot] = key << 32 | slot;
        }
        Arrays.sort(keys);
        int[] sorted = new int[n];
        for (int i = 0; i < n; i++) {
            sorted[i] = (int) keys[i];
        }
        slots = sorted;
        lotAt = new int[n];
        for (int p = 0; p < n; p++) {
            lotAt[p] = s.lotOf(sorted[p]);
        }
        byExpiry = strategy.kind() == AllocationStrategy.Kind.EXPIRY && !preference.beforeStrategy();
        lotRuns = byExpiry ? lotRuns(s, sorted) : new long[0];
        boundsPosition = -1;
    }

    /**
     * In an order by expiry each lot's slots are adjacent: one run per lot, runs by expiry. Lists each run's lot
     * expiry, first expired day and first position side by side, so that the search for where the date rules start
     * to pass reads one small array instead of a slot, its facts and its lot's facts at every step.
     */
    private static long[] lotRuns(ItemStock s, int[] sorted) {
        long[] runs = new long[s.lotCount * RUN_FIELDS];
        int count = 0;
        int previousLot = -1;
        for (int p = 0; p < sorted.length; p++) {
            int lot = s.lotOf(sorted[p]);
            if (lot != previousLot) {
                runs[count * RUN_FIELDS + RUN_EXPIRY] = s.expiryOf(lot);
                runs[count * RUN_FIELDS + RUN_FIRST_EXPIRED] = s.firstExpiredOf(lot);
                runs[count * RUN_FIELDS + RUN_START] = p;
                count++;
                previousLot = lot;
            }
        }
        return Arrays.copyOf(runs, count * RUN_FIELDS);
    }

    /**
     * In an order by expiry, the first position whose lot passes the criteria's date rules (they then hold for
     * every later position too), or the size if none does. Found by binary search over the lot runs.
     */
    int firstPassingExpiryBounds(Criteria c) {
        long[] runs = lotRuns;
        int low = 0;
        int high = runs.length / RUN_FIELDS;
        while (low < high) {
            int mid = (low + high) >>> 1;
            int at = mid * RUN_FIELDS;
            if (c.passesExpiryBounds(runs[at + RUN_EXPIRY], runs[at + RUN_FIRST_EXPIRED])) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return low * RUN_FIELDS < runs.length ? (int) runs[low * RUN_FIELDS + RUN_START] : slots.length;
    }

    /** Ranks the item's locations by the preference's zone, then by code. */
    private Map<String, Integer> rankLocations(ItemStock s) {
        Map<String, Integer> rank = new HashMap<>();
        for (int slot = 0; slot < s.slotCount; slot++) {
            rank.putIfAbsent(s.slotLocation[slot], 0);
        }
        String[] locations = rank.keySet().toArray(new String[0]);
        Arrays.sort(locations, Comparator.comparingInt(preference::rank).thenComparing(Comparator.naturalOrder()));
        for (int i = 0; i < locations.length; i++) {
            rank.put(locations[i], i);
        }
        return rank;
    }

    // The first position that passes a request's date bounds, cached for the last bounds asked about: requests
    // for one ship date ask the same question, and the answer only changes when the order is rebuilt.
    private int boundsPosition = -1;
    private long boundsDay;
    private long boundsMinExpiry;
    private long boundsLastShipped;
    private int boundsRemoval;

    /** Returns the cached first position for these bounds, or -1 if they were not the last asked about. */
    int cachedBoundsPosition(long day, long minExpiry, long lastShipped, int removal) {
        return boundsPosition >= 0 && day == boundsDay && minExpiry == boundsMinExpiry
                && lastShipped == boundsLastShipped && removal == boundsRemoval ? boundsPosition : -1;
    }

    void cacheBoundsPosition(long day, long minExpiry, long lastShipped, int removal, int position) {
        boundsDay = day;
        boundsMinExpiry = minExpiry;
        boundsLastShipped = lastShipped;
        boundsRemoval = removal;
        boundsPosition = position;
    }

    /** The strategy's key, then the documented tie-breaks: receipt date, then lot number. */
    private int compareLots(ItemStock s, int a, int b) {
        if (a == b) {
            return 0;
        }
        int byKey = switch (strategy.kind()) {
            case EXPIRY -> Long.compare(s.expiryOf(a), s.expiryOf(b));
            case PRODUCTION -> Long.compare(s.productionDay[a], s.productionDay[b]);
            case RECEIPT -> Long.compare(s.receiptDay[a], s.receiptDay[b]);
            case RECEIPT_DESCENDING -> Long.compare(descending(s.receiptDay[a]), descending(s.receiptDay[b]));
            case CUSTOM -> strategy.comparator().compare(s.lots[a], s.lots[b]);
        };
        if (byKey != 0) {
            return byKey;
        }
        int byReceipt = Long.compare(s.receiptDay[a], s.receiptDay[b]);
        if (byReceipt != 0) {
            return byReceipt;
        }
        return s.lots[a].id().lotNumber().compareTo(s.lots[b].id().lotNumber());
    }

    /** Latest first, and a missing date still last. */
    private static long descending(long day) {
        return day == LotDays.NO_DATE ? Long.MAX_VALUE : -day;
    }
}
