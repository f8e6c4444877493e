package io.lotkit.core.sequence;

import java.util.List;

/**
 * Every value of a scope up to and including {@code through} is used up: issued, or reserved for issue from
 * memory. After a restart the scope continues at {@code through + 1}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param scope the period key followed by the scope field values
 * @param through the highest value reserved
 */
public record SequenceReserved(List<String> scope, long through) implements SequenceEvent {

    /**
     * Validates and copies the components.
     *
     * @param scope the period key followed by the scope field values
     * @param through the highest value reserved
     * @throws IllegalArgumentException if {@code scope} is {@code null}, empty or holds {@code null}, or
     *     {@code through} is negative
     */
    public SequenceReserved {
        scope = ScopeLists.copy(scope);
        if (through < 0) {
            throw new IllegalArgumentException("through must not be negative: " + through);
        }
    }
}
