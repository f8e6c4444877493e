package io.lotkit.core.sequence;

import io.lotkit.core.spi.Journal;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The counter of one scope: the next value to hand out, how far the journal covers, and the values entered by
 * hand ahead of it.
 *
 * <p>Drawing a value the journal already covers, with no hand-entered value pending, takes one compare-and-set
 * on {@code next} and no lock: that is every draw but one per block in gap-tolerant mode. Everything else — a
 * journal write, skipping hand-entered values, registering one — runs under the counter's monitor, and also moves
 * {@code next} by compare-and-set, so the two paths never hand out a value twice. Callers of different scopes never
 * wait for each other.
 *
 * <p>Safe for concurrent use.
 */
final class Counter {

    /** The scope as written to the journal: the period key, then the field values. */
    final List<String> scope;
    /** The period key, for the generator's allocation-free cache check. */
    final long periodKey;
    /** The scope field values, for the generator's allocation-free cache check. */
    private final String[] fieldValues;

    /** The next value to hand out; only ever increases. */
    private final AtomicLong next;
    /** The last value the journal covers; only ever increases; written under the monitor. */
    private volatile long reservedThrough;
    /**
     * How many hand-entered values the monitor-guarded path must look at: the size of {@link #manual}, plus one
     * while a registration is deciding. The lock-free path runs only while it is zero.
     */
    private volatile int manualPending;
    /** Hand-entered values not yet passed; guarded by the monitor. */
    private final TreeSet<Long> manual = new TreeSet<>();

    Counter(List<String> scope, long startValue) {
        this.scope = List.copyOf(scope);
        this.periodKey = Long.parseLong(scope.get(0));
        this.fieldValues = scope.subList(1, scope.size()).toArray(new String[0]);
        this.next = new AtomicLong(startValue);
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
    long draw(Journal<SequenceEvent> journal, long maximum, long blockSize) {
        long value = next.get();
        if (value <= reservedThrough && manualPending == 0 && next.compareAndSet(value, value + 1)) {
            // Read again after taking the value: a registration that read `next` before our compare-and-set (and
            // so may have accepted this very value) raised manualPending before that read, so we see it here.
            if (manualPending == 0 || !isManual(value)) {
                return value;
            }
        }
        return drawLocked(journal, maximum, blockSize);
    }

    private synchronized boolean isManual(long value) {
        return manual.contains(value);
    }

    private synchronized long drawLocked(Journal<SequenceEvent> journal, long maximum, long blockSize) {
        while (true) {
            long current = next.get();
            long value = current;
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
            if (next.compareAndSet(current, value + 1)) {
                if (!manual.isEmpty()) {
                    manual.headSet(value + 1).clear();
                    manualPending = manual.size();
                }
                return value;
            }
            // A lock-free draw took `current` meanwhile (only possible below reservedThrough): look again.
        }
    }

    /**
     * Registers a value entered by hand, writing to the journal first.
     *
     * @return {@code true} if registered, {@code false} if it was registered before
     * @throws IllegalArgumentException if the generator has already passed the value; nothing changes
     */
    synchronized boolean register(Journal<SequenceEvent> journal, long value, String lotNumber) {
        // Raised before `next` is read, so that a lock-free draw racing with this registration notices it.
        manualPending = manual.size() + 1;
        try {
            long current = next.get();
            if (value < current) {
                throw new IllegalArgumentException("the lot number \"" + lotNumber + "\" holds the sequence value "
                        + value + " of scope " + scope + ", which the generator has already passed (it continues at "
                        + current + "), so it may have been issued");
            }
            if (manual.contains(value)) {
                return false;
            }
            journal.append(new ManualNumberRegistered(scope, value, lotNumber));
            manual.add(value);
            return true;
        } finally {
            manualPending = manual.size();
        }
    }

    /** Applies a replayed reservation. */
    synchronized void replayReserved(long through) {
        if (through > reservedThrough) {
            reservedThrough = through;
            next.set(Math.max(next.get(), through + 1));
        }
    }

    /** Applies a replayed manual registration. */
    synchronized void replayManual(long value) {
        manual.add(value);
        manualPending = manual.size();
    }

    /** Drops replayed manual values the counter has passed. */
    synchronized void afterReplay() {
        manual.headSet(next.get()).clear();
        manualPending = manual.size();
    }
}
