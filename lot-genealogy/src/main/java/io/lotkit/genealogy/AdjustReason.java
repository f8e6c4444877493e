package io.lotkit.genealogy;

/** Why the quantity of a lot was adjusted outside production and shipping. */
public enum AdjustReason {
    /** Destroyed or discarded stock; the change must be negative. */
    SCRAP,
    /** Stock taken for laboratory or retention samples; the change must be negative. */
    SAMPLE,
    /** A physical count found more or less than the books; the change may have either sign. */
    COUNT_CORRECTION
}
