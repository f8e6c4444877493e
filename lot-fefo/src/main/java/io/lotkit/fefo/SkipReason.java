package io.lotkit.fefo;

/**
 * Why an allocation did not take (all of) a lot at a location, as reported in an {@link Explanation}.
 *
 * <p>Reasons are checked in the order they are declared here, and the first that applies is reported: a lot that
 * is both on hold and expired is reported as {@link #STATUS}, and a lot the request excludes as {@link #EXCLUDED} whatever else applies.
 *
 * <p>Immutable and thread-safe.
 */
public enum SkipReason {
    /** The request names a specific lot, and this is another one. */
    NOT_REQUESTED_LOT,
    /** The request excludes this lot. */
    EXCLUDED,
    /** The lot's status is not one the request allows (by default only released lots are allocatable). */
    STATUS,
    /** The lot is expired on the date that counts, by lot-core's expiry rule. */
    EXPIRED,
    /** The date that counts is on or after the lot's removal date (expiry minus the item's removal time). */
    PAST_REMOVAL_DATE,
    /** The lot's remaining shelf life on the date that counts is below the request's minimum. */
    SHELF_LIFE_TOO_SHORT,
    /** A minimum shelf life as a percentage is required, but the lot's total shelf life is not known. */
    SHELF_LIFE_UNKNOWN,
    /** The lot expires before the last lot of this item shipped to the customer. */
    OLDER_THAN_LAST_SHIPPED,
    /** Nothing of the lot is available at this location: its stock there is reserved or zero. */
    NOTHING_AVAILABLE,
    /** What is available here is less than one pack of the request's pack size. */
    BELOW_PACK_SIZE,
    /** The request wants a single lot (or fewest lots), and another lot was chosen. */
    LOT_COUNT_RULE,
    /** The request allows at most N lots, and N other lots were already taken. */
    MAX_LOTS_REACHED,
    /** The line was already filled by lots earlier in the strategy's order. */
    NOT_NEEDED,
    /** The lot was eligible, but the line could not be filled in full and the request is all-or-nothing. */
    LINE_NOT_FILLABLE
}
