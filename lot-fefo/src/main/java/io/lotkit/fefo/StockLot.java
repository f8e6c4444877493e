package io.lotkit.fefo;

import io.lotkit.core.LotId;
import io.lotkit.core.LotStatus;
import java.time.LocalDate;

/**
 * What the stock index knows of a lot: its identity, status and the dates allocation orders and judges it by.
 * These are the facts of lot-core's lot that allocation needs, kept as a small value so that the journal stores
 * them with each registration.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the lot
 * @param status the lot's status
 * @param productionDate the production date, or {@code null} if unknown
 * @param expiryDate the expiry date, or {@code null} if the lot does not expire
 * @param receiptDate the date the lot was received, or {@code null} if unknown
 */
public record StockLot(
        LotId id, LotStatus status, LocalDate productionDate, LocalDate expiryDate, LocalDate receiptDate) {

    /**
     * Validates the lot.
     *
     * @param id the lot
     * @param status the status
     * @param productionDate the production date, or {@code null}
     * @param expiryDate the expiry date, or {@code null}
     * @param receiptDate the receipt date, or {@code null}
     * @throws IllegalArgumentException if the id or status is {@code null}, or the expiry date is before the
     *     production date
     */
    public StockLot {
        Checks.notNull("id", id);
        Checks.notNull("status", status);
        if (productionDate != null && expiryDate != null && expiryDate.isBefore(productionDate)) {
            throw new IllegalArgumentException("lot %s: expiryDate %s is before productionDate %s"
                    .formatted(id, expiryDate, productionDate));
        }
    }

    /**
     * Returns this lot with another status.
     *
     * @param newStatus the status
     * @return the lot with the status
     * @throws IllegalArgumentException if {@code newStatus} is {@code null}
     */
    public StockLot withStatus(LotStatus newStatus) {
        return new StockLot(id, newStatus, productionDate, expiryDate, receiptDate);
    }
}
