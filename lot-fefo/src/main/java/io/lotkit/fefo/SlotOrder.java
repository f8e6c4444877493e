package io.lotkit.fefo;

import java.util.Arrays;
import java.util.Comparator;

/**
 * The slots of one item sorted for one (strategy, location preference), built once and reused until a slot or
 * lot is added. Alongside the order it keeps a skip list over exhausted slots: {@code next[p]} points at or
 * before the first position from {@code p} on that may still have stock available, so repeated allocations do not
 * walk over slots they emptied. The skip list is reset whenever any slot's available quantity grows.
 *
 * <p>Not thread-safe: used under the item's monitor.
 */
final class SlotOrder {

    final AllocationStrategy strategy;
    final LocationPreference preference;
    /** Slot indices in allocation order. */
    int[] slots = new int[0];
    /** Skip pointers over positions, with path halving; {@code next[size]} is the end sentinel. */
    private int[] next = new int[1];
    /** Whether positions are sorted by expiry ascending, so the date rules can be applied by binary search. */
    boolean byExpiry;
    private int builtForShape = -1;
    private long builtForGrowth = -1;

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
            builtForShape = stock.shapeVersion;
            builtForGrowth = -1;
        }
        if (builtForGrowth != stock.growthVersion) {
            if (next.length != slots.length + 1) {
                next = new int[slots.length + 1];
            }
            for (int i = 0; i < next.length; i++) {
                next[i] = i;
            }
            builtForGrowth = stock.growthVersion;
        }
    }

    /** Returns the first position at or after {@code position} not known to be exhausted. */
    int skipExhausted(int position) {
        int p = position;
        while (next[p] != p) {
            next[p] = next[next[p]];
            p = next[p];
        }
        return p;
    }

    /** Records that the slot at {@code position} has nothing available until stock grows again. */
    void markExhausted(int position) {
        next[position] = position + 1;
    }

    private void sort(ItemStock stock) {
        int n = stock.slotCount;
        Integer[] boxed = new Integer[n];
        int[] rank = new int[n];
        for (int slot = 0; slot < n; slot++) {
            boxed[slot] = slot;
            rank[slot] = preference.rank(stock.slotLocation[slot]);
        }
        Arrays.sort(boxed, comparator(stock, rank));
        int[] sorted = new int[n];
        for (int i = 0; i < n; i++) {
            sorted[i] = boxed[i];
        }
        slots = sorted;
        byExpiry = strategy.kind() == AllocationStrategy.Kind.EXPIRY && !preference.beforeStrategy();
    }

    private Comparator<Integer> comparator(ItemStock s, int[] rank) {
        Comparator<Integer> lotOrder = (a, b) -> compareLots(s, s.slotLot[a], s.slotLot[b]);
        Comparator<Integer> byRank = Comparator.comparingInt(slot -> rank[slot]);
        Comparator<Integer> byLocation = Comparator.comparing(slot -> s.slotLocation[slot]);
        return preference.beforeStrategy()
                ? byRank.thenComparing(lotOrder).thenComparing(byLocation)
                : lotOrder.thenComparing(byRank).thenComparing(byLocation);
    }

    /** The strategy's key, then the documented tie-breaks: receipt date, then lot number. */
    private int compareLots(ItemStock s, int a, int b) {
        if (a == b) {
            return 0;
        }
        int byKey = switch (strategy.kind()) {
            case EXPIRY -> Long.compare(s.expiryDay[a], s.expiryDay[b]);
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
        return day == ItemStock.NO_DATE ? Long.MAX_VALUE : -day;
    }
}
