package io.lotkit.fefo;

import io.lotkit.core.LotId;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * One lot at one location as an allocation saw it: what was available, what was taken, and, if it was not taken
 * (in full), why.
 *
 * <p>Immutable and thread-safe.
 *
 * @param lot the lot
 * @param location the location
 * @param available the quantity available (on hand less reserved) when the allocation ran
 * @param allocated the quantity the allocation took here, zero if none
 * @param reason why the lot was skipped here, or empty if it was taken
 */
public record Consideration(
        LotId lot, String location, BigDecimal available, BigDecimal allocated, Optional<SkipReason> reason) {

    /**
     * Validates the consideration.
     *
     * @param lot the lot
     * @param location the location
     * @param available the quantity available, not negative
     * @param allocated the quantity taken, not negative
     * @param reason the reason it was skipped, or empty
     * @throws IllegalArgumentException if a part is {@code null} or a quantity is negative
     */
    public Consideration {
        Checks.notNull("lot", lot);
        Checks.location("location", location);
        Checks.notNegative("available", available);
        Checks.notNegative("allocated", allocated);
        Checks.notNull("reason", reason);
    }

    /**
     * Tells whether the lot was skipped at this location.
     *
     * @return {@code true} if a reason is given
     */
    public boolean skipped() {
        return reason.isPresent();
    }
}
