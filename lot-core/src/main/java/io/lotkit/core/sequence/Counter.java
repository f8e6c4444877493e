package io.lotkit.core.sequence;

import io.lotkit.core.spi.Journal;
import java.util.List;
import java.util.TreeSet;

/**
 * The counter of one scope: the next value to hand out, how far the journal covers, and the values entered by
 * hand ahead of it. All access is under the counter's own monitor, so callers of one scope wait for each other
 * and callers of different scopes never do.
 *
 * <p>Safe for concurrent use (every method synchronizes on the counter).
 */
final class Counter {

    /** The scope as written to the journal: the period key, then the field values. */
    final List<String> scope;
    /** The period key, for the generator's allocation-free cache check. */
    final long periodKey;
    /** The scope field values, for the generator's allocation-free cache check. */
    private final String[] fieldValues;

    private long next;
    private long reservedThrough;
    private final TreeSet<Long> manual = new TreeSet<>();

    Counter(List<String> scope, long startValue) {
        this.scope = List.copyOf(scope);
        this.periodKey = Long.parseLong(scope.get(0));
        this.fieldValues = scope.subList(1, scope.size()).toArray(new String[0]);
        this.next = startValue;
        this.reservedThrough = startValue - 1;
    }

    /** Returns whether field {@code index} of this counter's scope has the given value. */
    boolean hasFieldValue(int index, String value) {
        return fieldValues[index].equals(value);
    }

    /**
     * Hands out the next value, writing to the journal first when the value is not yet covered by it.
     *
     * @param journal the journal
     * @param maximum the largest value the format can print
     * @param blockSize how many values one journal write covers (1 for gap-free)
     * @return the value
     * @throws SequenceExhaustedException if the next value exceeds {@code maximum}; nothing changes
     * @throws io.lotkit.core.spi.JournalException if the journal write fails; nothing changes
     */
    synchronized long draw(Journal<SequenceEvent> journal, long maximum, long blockSize) {
        long value = next;
        if (!manual.isEmpty()) {
            for (Long taken = manual.ceiling(value); taken != null && taken == value; taken = manual.higher(taken)) {
                value++;
            }
        }
        if (value > maximum) {
            throw new SequenceExhaustedException("the sequence of scope " + scope + " is exhausted: its largest "
                    + "value " + maximum + " has been reached");
        }
        if (value > reservedThrough) {
            long through = maximum - value < blockSize - 1 ? maximum : value + blockSize - 1;
            journal.append(new SequenceReserved(scope, through));
            reservedThrough = through;
        }
        next = value + 1;
        if (!manual.isEmpty()) {
            manual.headSet(next).clear();
        }
        return value;
    }

    /**
     * Registers a value entered by hand, writing to the journal first.
     *
     * @return {@code true} if registered, {@code false} if it was registered before
     * @throws IllegalArgumentException if the generator has already passed the value; nothing changes
     */
    synchronized boolean register(Journal<SequenceEvent> journal, long value, String lotNumber) {
        if (value < next) {
            throw new IllegalArgumentException("the lot number \"" + lotNumber + "\" holds the sequence value " + value
                    + " of scope " + scope + ", which the generator has already passed (it continues at " + next
                    + "), so it may have been issued");
        }
        if (manual.contains(value)) {
            return false;
        }
        journal.append(new ManualNumberRegistered(scope, value, lotNumber));
        manual.add(value);
        return true;
    }

    /** Applies a replayed reservation. */
    synchronized void replayReserved(long through) {
        if (through > reservedThrough) {
            reservedThrough = through;
            next = Math.max(next, through + 1);
        }
    }

    /** Applies a replayed manual registration. */
    synchronized void replayManual(long value) {
        manual.add(value);
    }

    /** Drops replayed manual values the counter has passed. */
    synchronized void afterReplay() {
        manual.headSet(next).clear();
    }
}
