package io.lotkit.genealogy;

/** Why the quantity of a lot was adjusted outside production and shipping, and so which way it moved. */
public enum AdjustReason {
    /** Destroyed or discarded stock: the quantity goes down. */
    SCRAP(false),
    /** Stock taken for laboratory or retention samples: the quantity goes down. */
    SAMPLE(false),
    /** A physical count found less than the books: the quantity goes down. */
    COUNT_LOSS(false),
    /** A physical count found more than the books: the quantity goes up. */
    COUNT_GAIN(true);

    private final boolean increases;

    AdjustReason(boolean increases) {
        this.increases = increases;
    }

    /**
     * Tells whether an adjustment for this reason adds to the quantity on hand.
     *
     * @return {@code true} for a gain, {@code false} for a loss
     */
    public boolean increases() {
        return increases;
    }
}
