package io.lotkit.fefo;

/**
 * The allocation algorithm for one order line over one item's ordered slots. One routine serves plan, reserve and
 * explanation, so they cannot disagree: when not explaining it only skips what cannot matter (slots with nothing
 * available; when only released lots are allowed, slots of lots that are not; and in an order by expiry the lots
 * before the first one the date rules allow); when explaining it visits every slot. It changes nothing.
 */
final class LineAllocator {

    private LineAllocator() {
    }

    /**
     * Allocates by the criteria; the outcome is {@code scratch}, reset, unless the criteria ask for an explanation,
     * which gets an outcome of its own.
     */
    static Outcome allocate(ItemStock s, SlotOrder order, Criteria c, Outcome scratch) {
        Outcome out = c.explain ? new Outcome(true, c.maxLots > 0) : scratch.reset(c.maxLots > 0);
        if (c.singleLot || c.fewestLots) {
            byLotCount(s, order, c, out);
        } else {
            inOrder(s, order, c, out);
        }
        if (!c.partialFill && out.allocated < c.quantity) {
            out.dropAll();
        }
        return out;
    }

    /** Takes slots in order until the line is filled, honouring at most N lots. */
    private static void inOrder(ItemStock s, SlotOrder order, Criteria c, Outcome out) {
        long remaining = c.quantity;
        int n = order.size();
        int p = firstPosition(s, order, c);
        // The lot rules' answer for the lot last looked at: a lot's slots usually lie next to each other in the order
        // (one per location), and the answer cannot change during one allocation.
        int ruledLot = -1;
        SkipReason lotReason = null;
        // Plain rules in an order by expiry: from the first position on every lot passes the date rules, and the bit
        // set admits released lots only, so no lot needs judging (nor its facts reading: a cache miss per lot).
        boolean lotsPass = c.plainRules && order.byExpiry;
        // Then a slot's lot is only needed to count lots; else its per-position array is not read at all.
        boolean needLot = !lotsPass || c.maxLots > 0;
        int[] slots = order.slots;
        while (p < n) {
            if (!c.explain) {
                if (remaining == 0) {
                    break;
                }
                p = c.releasedOnly ? order.nextReleasedWithStock(p) : order.nextWithStock(p);
                if (p >= n) {
                    break;
                }
            }
            int slot = slots[p];
            int lot = needLot ? order.lotAt[p] : -1;
            long available = s.available(slot);
            if (s.onHand(slot) > 0) {
                if (lot != ruledLot) {
                    lotReason = lotsPass ? null : c.reasonFor(s, lot);
                    ruledLot = lot;
                }
                SkipReason reason = lotReason;
                long take = 0;
                if (reason == null) {
                    take = Math.min(remaining, c.wholePacks(available));
                    reason = skipReason(available, remaining, take);
                }
                if (reason == null && c.maxLots > 0 && out.lotCount() == c.maxLots && !out.hasLot(lot)) {
                    reason = SkipReason.MAX_LOTS_REACHED;
                }
                if (reason == null) {
                    out.take(slot, p, lot, take);
                    remaining -= take;
                    out.note(slot, available, take, null);
                } else {
                    out.note(slot, Math.max(0, available), 0, reason);
                }
            }
            p++;
        }
    }

    /**
     * Single lot: the first lot in order that fills the line alone (or, with partial fill, the one holding most).
     * Fewest lots: the same lot if there is one, else the largest lots first until the line is filled.
     */
    private static void byLotCount(ItemStock s, SlotOrder order, Criteria c, Outcome out) {
        int n = order.size();
        long[] lotTotal = new long[s.lotCount];
        int[] seen = new int[s.lotCount];
        int seenCount = 0;
        int filler = -1;
        boolean contiguousLots = !order.preference.beforeStrategy();
        for (int p = visit(order, c, firstPosition(s, order, c)); p < n; p = visit(order, c, p + 1)) {
            int slot = order.slots[p];
            int lot = s.lotOf(slot);
            if (filler < 0 && seenCount > 0 && contiguousLots && !c.explain && seen[seenCount - 1] != lot
                    && lotTotal[seen[seenCount - 1]] >= c.quantity) {
                filler = seen[seenCount - 1];
                break;
            }
            long takeable = takeable(s, slot, c);
            if (takeable > 0 && c.reasonFor(s, lot) == null) {
                if (lotTotal[lot] == 0) {
                    seen[seenCount++] = lot;
                }
                lotTotal[lot] += takeable;
            }
        }
        boolean[] chosen = new boolean[s.lotCount];
        if (filler < 0) {
            filler = firstFiller(seen, seenCount, lotTotal, c.quantity);
        }
        if (filler >= 0) {
            chosen[filler] = true;
        } else if (c.singleLot) {
            int largest = largest(seen, seenCount, lotTotal, chosen);
            if (largest >= 0) {
                chosen[largest] = true;
            }
        } else {
            long covered = 0;
            while (covered < c.quantity) {
                int largest = largest(seen, seenCount, lotTotal, chosen);
                if (largest < 0) {
                    break;
                }
                chosen[largest] = true;
                covered += lotTotal[largest];
            }
        }
        long remaining = c.quantity;
        for (int p = visit(order, c, firstPosition(s, order, c)); p < n; p = visit(order, c, p + 1)) {
            int slot = order.slots[p];
            if (s.onHand(slot) == 0) {
                continue;
            }
            int lot = s.lotOf(slot);
            long available = s.available(slot);
            SkipReason reason = c.reasonFor(s, lot);
            long take = 0;
            if (reason == null) {
                take = Math.min(remaining, c.wholePacks(available));
                reason = skipReason(available, remaining, take);
                boolean hadStock = reason != SkipReason.NOTHING_AVAILABLE && reason != SkipReason.BELOW_PACK_SIZE;
                if (hadStock && !chosen[lot]) {
                    reason = SkipReason.LOT_COUNT_RULE;
                }
            }
            if (reason == null) {
                out.take(slot, p, lot, take);
                remaining -= take;
                out.note(slot, available, take, null);
            } else {
                out.note(slot, Math.max(0, available), 0, reason);
            }
            if (remaining == 0 && !c.explain) {
                break;
            }
        }
    }

    /** The next position to look at: every one when explaining, else the next with stock available. */
    private static int visit(SlotOrder order, Criteria c, int position) {
        return c.explain ? position : order.nextWithStock(position);
    }

    private static long takeable(ItemStock s, int slot, Criteria c) {
        long available = s.available(slot);
        return available <= 0 ? 0 : c.wholePacks(available);
    }

    /** Why an otherwise eligible slot gives nothing, or {@code null} if it gives {@code take > 0}. */
    private static SkipReason skipReason(long available, long remaining, long take) {
        if (available <= 0) {
            return SkipReason.NOTHING_AVAILABLE;
        }
        if (remaining == 0) {
            return SkipReason.NOT_NEEDED;
        }
        return take == 0 ? SkipReason.BELOW_PACK_SIZE : null;
    }

    private static int firstFiller(int[] seen, int seenCount, long[] lotTotal, long quantity) {
        for (int i = 0; i < seenCount; i++) {
            if (lotTotal[seen[i]] >= quantity) {
                return seen[i];
            }
        }
        return -1;
    }

    /** The unchosen lot with the largest total, the first in order among equals; -1 if none is left. */
    private static int largest(int[] seen, int seenCount, long[] lotTotal, boolean[] chosen) {
        int best = -1;
        for (int i = 0; i < seenCount; i++) {
            int lot = seen[i];
            if (!chosen[lot] && (best < 0 || lotTotal[lot] > lotTotal[best])) {
                best = lot;
            }
        }
        return best;
    }

    /**
     * Where the scan may start: 0 when explaining; in an order by expiry, the first position whose lot passes the
     * date rules (they hold for every later position too).
     */
    private static int firstPosition(ItemStock s, SlotOrder order, Criteria c) {
        if (c.explain || !order.byExpiry) {
            return 0;
        }
        int cached = order.cachedBoundsPosition(c.day, c.minExpiryDay, c.lastShippedExpiry, c.removalDays);
        if (cached >= 0) {
            return cached;
        }
        int low = order.firstPassingExpiryBounds(c);
        order.cacheBoundsPosition(c.day, c.minExpiryDay, c.lastShippedExpiry, c.removalDays, low);
        return low;
    }
}
