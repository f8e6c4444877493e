package io.lotkit.core.sequence;

/**
 * How a {@link LotNumberGenerator} writes its counters to the journal. Neither mode ever issues a number twice,
 * across concurrent callers or across restarts.
 */
public enum SequenceMode {

    /**
     * One journal write per number: after a restart the sequence continues exactly after the last number issued.
     * The speed of {@code next} is the speed of the journal's append.
     */
    GAP_FREE,

    /**
     * One journal write per block of numbers ({@link LotNumberGeneratorBuilder#blockSize(int)}): numbers are handed
     * out from memory until the block is used up. After a restart the sequence continues after the last
     * <em>reserved</em> block, so the unused rest of a block is skipped (a gap, never a duplicate).
     */
    GAP_TOLERANT
}
