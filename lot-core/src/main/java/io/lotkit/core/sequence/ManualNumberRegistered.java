package io.lotkit.core.sequence;

import java.util.List;

/**
 * A lot number entered by hand holds a sequence value the generator has not reached yet; the generator skips it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param scope the period key followed by the scope field values
 * @param value the sequence value the lot number holds
 * @param lotNumber the lot number as entered
 */
public record ManualNumberRegistered(List<String> scope, long value, String lotNumber) implements SequenceEvent {

    /**
     * Validates and copies the components.
     *
     * @param scope the period key followed by the scope field values
     * @param value the sequence value the lot number holds
     * @param lotNumber the lot number as entered
     * @throws IllegalArgumentException if {@code scope} is {@code null}, empty or holds {@code null}, {@code value}
     *     is negative, or {@code lotNumber} is {@code null}
     */
    public ManualNumberRegistered {
        scope = ScopeLists.copy(scope);
        if (value < 0) {
            throw new IllegalArgumentException("value must not be negative: " + value);
        }
        if (lotNumber == null) {
            throw new IllegalArgumentException("lotNumber must not be null");
        }
    }
}
