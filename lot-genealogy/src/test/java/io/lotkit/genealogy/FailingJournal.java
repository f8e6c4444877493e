package io.lotkit.genealogy;

import io.lotkit.core.spi.Journal;
import io.lotkit.core.spi.JournalException;
import io.lotkit.core.spi.JournalVisitor;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A journal decorator that fails a seeded random share of appends before they reach the wrapped journal.
 *
 * <p>lot-core's test-jar has {@code io.lotkit.core.spi.FaultInjectingJournal} for this, but this module's tests
 * are compiled into the {@code io.lotkit.genealogy} module, where a class-path class in lot-core's own package
 * {@code io.lotkit.core.spi} is not readable (a split package). This stand-in keeps the same promise: a failed
 * append stores nothing.
 */
final class FailingJournal<E> implements Journal<E> {

    /** The failure this decorator injects, so tests can tell it from a real one. */
    static final class InjectedFault extends JournalException {
        private static final long serialVersionUID = 1L;

        InjectedFault(long call) {
            super("injected failure of append call " + call);
        }
    }

    private final Journal<E> delegate;
    private final SplittableRandom random;
    private final double probability;
    private long calls;
    private long faults;

    FailingJournal(Journal<E> delegate, long seed, double probability) {
        this.delegate = delegate;
        this.random = new SplittableRandom(seed);
        this.probability = probability;
    }

    long faults() {
        return faults;
    }

    @Override
    public long append(List<? extends E> events) {
        long call = calls++;
        if (random.nextDouble() < probability) {
            faults++;
            throw new InjectedFault(call);
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
}
