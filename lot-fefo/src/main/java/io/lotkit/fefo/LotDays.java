package io.lotkit.fefo;

import io.lotkit.core.ExpiryRule;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A lot's dates as the epoch days the allocation compares: {@link ItemStock} keeps them per lot, so that the hot path
 * compares longs instead of {@link LocalDate}s and asks lot-core's expiry rule once per lot, not per request.
 */
final class LotDays {

    /** Epoch day standing for "no such date"; sorts after every real date. */
    static final long NO_DATE = Long.MAX_VALUE;

    private LotDays() {
    }

    /** The date as an epoch day, or {@link #NO_DATE} if there is none. */
    static long epochDay(Optional<LocalDate> date) {
        return date.isPresent() ? date.get().toEpochDay() : NO_DATE;
    }

    /**
     * The first day on which lot-core's expiry rule calls a lot with this expiry date expired. The rule is asked,
     * not re-derived; its answer is cached per lot so that the hot path compares epoch days. The rule is monotone
     * in the day (once expired, a lot stays expired), which the binary search relies on.
     */
    static long firstExpiredDay(LocalDate expiry) {
        long low = expiry.toEpochDay() - 366;
        long high = expiry.toEpochDay() + 366;
        while (low < high) {
            long mid = (low + high) >>> 1;
            if (ExpiryRule.isExpiredOn(expiry, LocalDate.ofEpochDay(mid))) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return low;
    }
}
