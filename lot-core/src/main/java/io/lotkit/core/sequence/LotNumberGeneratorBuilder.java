package io.lotkit.core.sequence;

import io.lotkit.core.format.LotNumberFormat;
import io.lotkit.core.spi.Journal;
import java.time.Clock;

/**
 * Builds a {@link LotNumberGenerator}, failing fast: each setter checks its argument at once and refuses to be
 * called twice, and {@link #build()} checks that the format can tell the reset scope apart.
 *
 * <p>Required: {@link #format(LotNumberFormat)} (with a sequence element) and {@link #journal(Journal)}. Defaults:
 * {@link ResetScope#never()}, {@link SequenceMode#GAP_FREE}, a block size of 1000 (gap-tolerant mode only), the
 * system clock in the default time zone, start value 1.
 *
 * <p><b>Repeating years.</b> A reset period keyed by a one-digit year ({@code y}) meets the same printed period
 * again after ten years; the generator then <em>continues</em> that period's counter instead of starting again
 * (which would issue duplicates). Because that is rarely what a plant expects, such a scope is refused unless
 * {@link #acknowledgeRepeatingYears()} is called. A two-digit year repeats after a century and is accepted with the
 * same continuing behaviour.
 *
 * <p>Not thread-safe.
 */
public final class LotNumberGeneratorBuilder {

    static final int DEFAULT_BLOCK_SIZE = 1000;

    LotNumberFormat format;
    Journal<SequenceEvent> journal;
    ResetScope resetScope;
    SequenceMode mode;
    long blockSize = -1;
    Clock clock;
    long startValue = -1;
    boolean repeatingYearsAcknowledged;
    ScopeResolver resolver;

    LotNumberGeneratorBuilder() {
    }

    /**
     * Sets the format the lot numbers are printed with; it must have a sequence element.
     *
     * @param format the format
     * @return this builder
     * @throws IllegalArgumentException if {@code format} is {@code null} or has no sequence
     * @throws IllegalStateException if the format was set already
     */
    public LotNumberGeneratorBuilder format(LotNumberFormat format) {
        requireUnset(this.format, "format");
        if (format == null) {
            throw new IllegalArgumentException("format must not be null");
        }
        if (format.sequenceMaximum().isEmpty()) {
            throw new IllegalArgumentException("the pattern \"" + format.pattern()
                    + "\" has no sequence element ({seq:...}), so it cannot number lots");
        }
        this.format = format;
        return this;
    }

    /**
     * Sets the journal the counters are written to and replayed from. A journal belongs to one generator
     * configuration (format and reset scope).
     *
     * @param journal the journal
     * @return this builder
     * @throws IllegalArgumentException if {@code journal} is {@code null}
     * @throws IllegalStateException if the journal was set already
     */
    public LotNumberGeneratorBuilder journal(Journal<SequenceEvent> journal) {
        requireUnset(this.journal, "journal");
        if (journal == null) {
            throw new IllegalArgumentException("journal must not be null");
        }
        this.journal = journal;
        return this;
    }

    /**
     * Sets what the sequence counts within.
     *
     * @param resetScope the scope
     * @return this builder
     * @throws IllegalArgumentException if {@code resetScope} is {@code null}
     * @throws IllegalStateException if the scope was set already
     */
    public LotNumberGeneratorBuilder resetScope(ResetScope resetScope) {
        requireUnset(this.resetScope, "resetScope");
        if (resetScope == null) {
            throw new IllegalArgumentException("resetScope must not be null");
        }
        this.resetScope = resetScope;
        return this;
    }

    /**
     * Sets the mode.
     *
     * @param mode gap-free or gap-tolerant
     * @return this builder
     * @throws IllegalArgumentException if {@code mode} is {@code null}
     * @throws IllegalStateException if the mode was set already
     */
    public LotNumberGeneratorBuilder mode(SequenceMode mode) {
        requireUnset(this.mode, "mode");
        if (mode == null) {
            throw new IllegalArgumentException("mode must not be null");
        }
        this.mode = mode;
        return this;
    }

    /**
     * Sets how many numbers one journal write reserves in {@link SequenceMode#GAP_TOLERANT} mode.
     *
     * @param blockSize the block size, at least 1
     * @return this builder
     * @throws IllegalArgumentException if {@code blockSize} is less than 1
     * @throws IllegalStateException if the block size was set already
     */
    public LotNumberGeneratorBuilder blockSize(int blockSize) {
        if (this.blockSize >= 0) {
            throw new IllegalStateException("blockSize was already set to " + this.blockSize);
        }
        if (blockSize < 1) {
            throw new IllegalArgumentException("blockSize must be at least 1: " + blockSize);
        }
        this.blockSize = blockSize;
        return this;
    }

    /**
     * Sets the clock that dates contexts without a date.
     *
     * @param clock the clock; its zone decides the local date
     * @return this builder
     * @throws IllegalArgumentException if {@code clock} is {@code null}
     * @throws IllegalStateException if the clock was set already
     */
    public LotNumberGeneratorBuilder clock(Clock clock) {
        requireUnset(this.clock, "clock");
        if (clock == null) {
            throw new IllegalArgumentException("clock must not be null");
        }
        this.clock = clock;
        return this;
    }

    /**
     * Sets the first value of every counter.
     *
     * @param startValue the start value, zero or more and at most the format's largest sequence value
     * @return this builder
     * @throws IllegalArgumentException if {@code startValue} is negative
     * @throws IllegalStateException if the start value was set already
     */
    public LotNumberGeneratorBuilder startValue(long startValue) {
        if (this.startValue >= 0) {
            throw new IllegalStateException("startValue was already set to " + this.startValue);
        }
        if (startValue < 0) {
            throw new IllegalArgumentException("startValue must not be negative: " + startValue);
        }
        this.startValue = startValue;
        return this;
    }

    /**
     * Accepts a reset period keyed by a one-digit year, whose counter continues (rather than starting again) when
     * the same printed period comes back ten years later. See the class comment.
     *
     * @return this builder
     */
    public LotNumberGeneratorBuilder acknowledgeRepeatingYears() {
        this.repeatingYearsAcknowledged = true;
        return this;
    }

    /**
     * Builds the generator and rebuilds its counters by replaying the journal.
     *
     * @return the generator
     * @throws IllegalStateException if the format or the journal was not set, or the journal holds events of
     *     another reset scope
     * @throws IllegalArgumentException if the format cannot tell the reset scope apart, the start value exceeds the
     *     format's largest sequence value, or a block size was set for gap-free mode
     * @throws io.lotkit.core.spi.JournalException if the journal cannot be replayed
     */
    public LotNumberGenerator build() {
        if (format == null) {
            throw new IllegalStateException("format must be set");
        }
        if (journal == null) {
            throw new IllegalStateException("journal must be set");
        }
        resetScope = resetScope == null ? ResetScope.never() : resetScope;
        mode = mode == null ? SequenceMode.GAP_FREE : mode;
        if (mode == SequenceMode.GAP_FREE && blockSize >= 0) {
            throw new IllegalArgumentException("a block size applies only to SequenceMode.GAP_TOLERANT");
        }
        blockSize = blockSize < 0 ? DEFAULT_BLOCK_SIZE : blockSize;
        clock = clock == null ? Clock.systemDefaultZone() : clock;
        startValue = startValue < 0 ? 1 : startValue;
        long maximum = format.sequenceMaximum().orElseThrow();
        if (startValue > maximum) {
            throw new IllegalArgumentException("startValue " + startValue + " exceeds " + maximum
                    + ", the largest sequence value of \"" + format.pattern() + "\"");
        }
        resolver = ScopeResolver.create(format, resetScope, repeatingYearsAcknowledged);
        return new LotNumberGenerator(this);
    }

    private static void requireUnset(Object current, String name) {
        if (current != null) {
            throw new IllegalStateException(name + " was already set to " + current);
        }
    }
}
