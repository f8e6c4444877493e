package io.lotkit.core.spi;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A journal decorator for tests that makes chosen or random appends fail <em>before</em> anything reaches the
 * wrapped journal, with an {@link InjectedJournalFault}. A component that writes through a journal must then keep
 * its memory equal to what the journal replays: an append that threw must change nothing.
 *
 * <p>Append calls are numbered from 0 in the order they reach this decorator; calls with bad arguments (a
 * {@code null} or empty list) are passed on unnumbered, so they still get the wrapped journal's
 * {@link IllegalArgumentException}. Replays, {@link #nextPosition()} and {@link #close()} are passed on unchanged.
 *
 * <p>Safe for concurrent use if the wrapped journal is; the choice of which call fails is made under a lock, so a
 * seeded run is repeatable as long as the calls arrive in the same order.
 *
 * @param <E> the event type
 */
public final class FaultInjectingJournal<E> implements Journal<E> {

    private final Journal<E> delegate;
    private final long[] failingCalls;
    private final SplittableRandom random;
    private final double failureProbability;
    private long appendCalls;
    private long injectedFaults;
    private boolean failNext;

    private FaultInjectingJournal(Journal<E> delegate, long[] failingCalls, SplittableRandom random,
            double failureProbability) {
        if (delegate == null) {
            throw new IllegalArgumentException("delegate must not be null");
        }
        this.delegate = delegate;
        this.failingCalls = failingCalls;
        this.random = random;
        this.failureProbability = failureProbability;
    }

    /**
     * Wraps a journal so that the append calls with the given numbers fail.
     *
     * @param delegate the journal that stores the appends that do not fail
     * @param callNumbers the numbers, from 0, of the append calls to fail
     * @param <E> the event type
     * @return the decorator
     * @throws IllegalArgumentException if {@code delegate} or {@code callNumbers} is {@code null}, or a number is
     *     negative
     */
    public static <E> FaultInjectingJournal<E> failingCalls(Journal<E> delegate, long... callNumbers) {
        if (callNumbers == null) {
            throw new IllegalArgumentException("callNumbers must not be null");
        }
        long[] sorted = callNumbers.clone();
        Arrays.sort(sorted);
        if (sorted.length > 0 && sorted[0] < 0) {
            throw new IllegalArgumentException("call numbers must not be negative: " + sorted[0]);
        }
        return new FaultInjectingJournal<>(delegate, sorted, null, 0);
    }

    /**
     * Wraps a journal so that each append call fails with a probability, drawn from a seeded generator.
     *
     * @param delegate the journal that stores the appends that do not fail
     * @param seed the generator's seed; the same seed fails the same call numbers
     * @param failureProbability the chance, from 0 to 1, that a call fails
     * @param <E> the event type
     * @return the decorator
     * @throws IllegalArgumentException if {@code delegate} is {@code null} or the probability is outside [0, 1]
     */
    public static <E> FaultInjectingJournal<E> failingRandomly(Journal<E> delegate, long seed,
            double failureProbability) {
        if (!(failureProbability >= 0 && failureProbability <= 1)) {
            throw new IllegalArgumentException("failureProbability must be within [0, 1]: " + failureProbability);
        }
        return new FaultInjectingJournal<>(delegate, new long[0], new SplittableRandom(seed), failureProbability);
    }

    /** Makes the next append call fail, whatever else is configured. */
    public synchronized void failNextAppend() {
        failNext = true;
    }

    /**
     * Returns how many append calls with valid arguments this decorator has received.
     *
     * @return the number of append calls
     */
    public synchronized long appendCalls() {
        return appendCalls;
    }

    /**
     * Returns how many append calls this decorator has failed.
     *
     * @return the number of injected faults
     */
    public synchronized long injectedFaults() {
        return injectedFaults;
    }

    @Override
    public long append(List<? extends E> events) {
        if (events != null && !events.isEmpty()) {
            injectFault();
        }
        return delegate.append(events);
    }

    @Override
    public void replay(long fromPosition, JournalVisitor<? super E> visitor) {
        delegate.replay(fromPosition, visitor);
    }

    @Override
    public long nextPosition() {
        return delegate.nextPosition();
    }

    @Override
    public void close() {
        delegate.close();
    }

    private synchronized void injectFault() {
        long call = appendCalls++;
        // Draw on every call, so that the calls a seed fails do not depend on failNextAppend().
        boolean drawn = random != null && random.nextDouble() < failureProbability;
        boolean fail = failNext || drawn || Arrays.binarySearch(failingCalls, call) >= 0;
        failNext = false;
        if (fail) {
            injectedFaults++;
            throw new InjectedJournalFault("injected fault in append call " + call);
        }
    }
}
