package io.lotkit.core;

/**
 * Where a lot came from: the supplier and the supplier's own lot number for it.
 *
 * <p>Both are kept exactly as received (no trimming, no case folding, no reformatting), because a recall from the
 * supplier names its lot number as printed, and it must be matched character for character. They must be
 * non-empty and free of control characters.
 *
 * <p>Immutable and thread-safe.
 *
 * @param supplier the supplier's identifier in the host (e.g. a supplier number or a GLN)
 * @param supplierLotNumber the supplier's lot number, as printed on the delivery
 */
public record LotOrigin(String supplier, String supplierLotNumber) {

    /**
     * Validates the parts.
     *
     * @param supplier the supplier's identifier
     * @param supplierLotNumber the supplier's lot number
     * @throws IllegalArgumentException if a part is {@code null}, empty or contains a control character
     */
    public LotOrigin {
        Checks.requireText("supplier", supplier);
        Checks.requireText("supplierLotNumber", supplierLotNumber);
    }

    /**
     * Returns the origin: lot {@code supplierLotNumber} of {@code supplier}.
     *
     * @param supplier the supplier's identifier
     * @param supplierLotNumber the supplier's lot number
     * @return the origin
     * @throws IllegalArgumentException if a part is {@code null}, empty or contains a control character
     */
    public static LotOrigin of(String supplier, String supplierLotNumber) {
        return new LotOrigin(supplier, supplierLotNumber);
    }
}
