package io.lotkit.core;

/**
 * The identity of a lot: the item and the lot number together. The same lot number may exist for two items, so a
 * lot number alone never identifies a lot.
 *
 * <p>Both parts are kept exactly as given (no trimming, no case folding), because a supplier's lot number must be
 * matched as printed. They must be non-empty and free of control characters.
 *
 * <p>Immutable and thread-safe.
 *
 * @param item the item (product) code, e.g. a GTIN or the host's article number
 * @param lotNumber the lot (batch) number
 */
public record LotId(String item, String lotNumber) implements Comparable<LotId> {

    /**
     * Validates the parts.
     *
     * @param item the item (product) code
     * @param lotNumber the lot number
     * @throws IllegalArgumentException if a part is {@code null}, empty or contains a control character
     */
    public LotId {
        Checks.requireText("item", item);
        Checks.requireText("lotNumber", lotNumber);
    }

    /**
     * Returns the identity of the lot {@code lotNumber} of {@code item}.
     *
     * @param item the item code
     * @param lotNumber the lot number
     * @return the lot identity
     * @throws IllegalArgumentException if a part is {@code null}, empty or contains a control character
     */
    public static LotId of(String item, String lotNumber) {
        return new LotId(item, lotNumber);
    }

    /** Orders by item, then lot number, both by their characters. */
    @Override
    public int compareTo(LotId other) {
        int byItem = item.compareTo(other.item);
        return byItem != 0 ? byItem : lotNumber.compareTo(other.lotNumber);
    }

    /** Returns {@code item/lotNumber}, for logs and messages. */
    @Override
    public String toString() {
        return item + "/" + lotNumber;
    }
}
