package io.lotkit.fefo;

import io.lotkit.core.ExpiryRule;
import io.lotkit.core.LotStatus;
import io.lotkit.core.ShelfLife;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;

/**
 * A request turned into what the hot path compares: epoch days, a status bit mask, lot indices and units. Set
 * once per request under the item's monitor (it reads the item's removal time, the customer's last shipped lot
 * and the lot indices), then used for every slot.
 *
 * <p>Not thread-safe: each thread owns one ({@link Scratch}), {@linkplain #reset reset} for every allocation.
 */
final class Criteria {

    long quantity;
    long pack;
    /** Whether the request has {@linkplain AllocationRequest#plainRules() plain rules}. */
    boolean plainRules;
    boolean explain;
    boolean partialFill;
    boolean singleLot;
    boolean fewestLots;
    int maxLots;

    /** The date that counts; set, and read, only for a request with a minimum shelf-life percentage. */
    private LocalDate date;
    long day;
    private long statusMask;
    /** Whether the request allows released lots only (the default), so that it may skip other slots by bit set. */
    boolean releasedOnly;
    private static final long RELEASED_ONLY = 1L << LotStatus.RELEASED.ordinal();
    int removalDays;
    /** The earliest expiry day that leaves the minimum remaining days on the date that counts. */
    long minExpiryDay;
    private int minPercent;
    private BigDecimal minPercentDecimal;
    /** Lots expiring before this day are older than the last lot shipped to the customer. */
    long lastShippedExpiry;
    /** The requested lot's index; -1 if any lot may be taken, -2 if the requested lot is not in stock. */
    private int requestedLot;
    private int[] excludedLots;
    private static final int[] NONE = new int[0];

    /**
     * Sets every field from a request, for a new allocation of the item (under its monitor); returns this. Each
     * thread reuses one criteria object, so the hot path allocates none.
     */
    Criteria reset(AllocationRequest request, long quantity, ItemStock stock, Units units) {
        this.quantity = quantity;
        this.plainRules = request.plainRules();
        this.explain = request.explain();
        this.partialFill = request.partialFill();
        this.singleLot = request.singleLot();
        this.fewestLots = request.fewestLots();
        this.maxLots = request.maxLots();
        LocalDate date = request.date();
        this.day = date.toEpochDay();
        this.statusMask = request.allowedStatusMask();
        this.releasedOnly = statusMask == RELEASED_ONLY;
        this.removalDays = stock.removalDays;
        int minDays = request.minimumShelfLifeDays();
        this.minExpiryDay = minDays == 0 ? Long.MIN_VALUE : earliestExpiryWithRemaining(date, minDays);
        if (plainRules) {
            // None of the rules below (see AllocationRequest.plainRules), whose parts lie in further objects of the
            // request (its pack size, shelf-life record, lot sets), each one more read from memory per request. The
            // references are left as they are unless they must change (date and minPercentDecimal are only read
            // when minPercent is not 0): this object lives long, in the collector's old generation, where writing a
            // reference costs a write barrier with a memory fence.
            this.pack = 1;
            this.minPercent = 0;
            this.lastShippedExpiry = Long.MIN_VALUE;
            this.requestedLot = -1;
            if (excludedLots != NONE) {
                this.excludedLots = NONE;
            }
            return this;
        }
        this.date = date;
        this.pack = request.packSize().isPresent() ? units.toUnits("packSize", request.packSize().get()) : 1;
        if (pack <= 0) {
            throw new IllegalArgumentException("packSize must be at least one unit of the index's scale");
        }
        this.minPercent = request.minimumShelfLife().percent();
        this.minPercentDecimal = minPercent == 0 ? BigDecimal.ZERO : BigDecimal.valueOf(minPercent);
        Long shipped = request.notOlderThanLastShipped() && request.customer().isPresent()
                ? stock.lastShippedExpiry.get(request.customer().get())
                : null;
        this.lastShippedExpiry = shipped == null ? Long.MIN_VALUE : shipped;
        if (request.requestedLot().isPresent()) {
            int index = stock.lotIndex(request.requestedLot().get());
            this.requestedLot = index >= 0 ? index : -2;
        } else {
            this.requestedLot = -1;
        }
        this.excludedLots = request.excludedLots().isEmpty() ? NONE : excludedIndices(request, stock);
        return this;
    }

    private static int[] excludedIndices(AllocationRequest request, ItemStock stock) {
        int[] excluded = new int[request.excludedLots().size()];
        int count = 0;
        for (String lotNumber : request.excludedLots()) {
            int index = stock.lotIndex(lotNumber);
            if (index >= 0) {
                excluded[count++] = index;
            }
        }
        return Arrays.copyOf(excluded, count);
    }

    /**
     * The most of {@code units} that is a whole number of packs. Without a pack size (one unit) that is all of them,
     * with no division: a 64-bit remainder costs tens of cycles, and an allocation spanning many slots asks once
     * per slot.
     */
    long wholePacks(long units) {
        return pack == 1 ? units : units - units % pack;
    }

    /** Returns why the lot may not be taken for this request, or {@code null} if it may. */
    SkipReason reasonFor(ItemStock s, int lot) {
        if (requestedLot != -1 && lot != requestedLot) {
            return SkipReason.NOT_REQUESTED_LOT;
        }
        for (int excluded : excludedLots) {
            if (excluded == lot) {
                return SkipReason.EXCLUDED;
            }
        }
        if ((statusMask & (1L << s.statusOf(lot))) == 0) {
            return SkipReason.STATUS;
        }
        long expiry = s.expiryOf(lot);
        if (expiry == LotDays.NO_DATE) {
            return null;
        }
        if (s.firstExpiredOf(lot) <= day) {
            return SkipReason.EXPIRED;
        }
        if (removalDays > 0 && day > expiry - removalDays) {
            return SkipReason.PAST_REMOVAL_DATE;
        }
        if (expiry < minExpiryDay) {
            return SkipReason.SHELF_LIFE_TOO_SHORT;
        }
        if (minPercent > 0) {
            Optional<ShelfLife> shelfLife = s.lots[lot].shelfLifeOn(date);
            if (shelfLife.isEmpty()) {
                return SkipReason.SHELF_LIFE_UNKNOWN;
            }
            if (shelfLife.get().remainingPercent().compareTo(minPercentDecimal) < 0) {
                return SkipReason.SHELF_LIFE_TOO_SHORT;
            }
        }
        if (expiry < lastShippedExpiry) {
            return SkipReason.OLDER_THAN_LAST_SHIPPED;
        }
        return null;
    }

    /**
     * Tells whether a lot with these expiry and first expired days passes every rule that only grows easier with
     * a later expiry date (expired, removal date, minimum days, last shipped). In an order by expiry these hold
     * from some position on, so a binary search finds where eligible stock starts.
     */
    boolean passesExpiryBounds(long expiry, long firstExpired) {
        if (expiry == LotDays.NO_DATE) {
            return true;
        }
        return firstExpired > day
                && (removalDays == 0 || day <= expiry - removalDays)
                && expiry >= minExpiryDay
                && expiry >= lastShippedExpiry;
    }

    /** The earliest expiry date whose remaining days on {@code date}, by lot-core's rule, reach {@code days}. */
    private static long earliestExpiryWithRemaining(LocalDate date, int days) {
        LocalDate candidate = date.plusDays(days);
        while (ExpiryRule.remainingDays(candidate, date) < days) {
            candidate = candidate.plusDays(1);
        }
        while (ExpiryRule.remainingDays(candidate.minusDays(1), date) >= days) {
            candidate = candidate.minusDays(1);
        }
        return candidate.toEpochDay();
    }
}
