package io.lotkit.benchmarks.genealogy;

import io.lotkit.core.spi.Journal;
import io.lotkit.core.spi.JournalVisitor;
import java.util.List;

/**
 * A journal that acknowledges appends and keeps nothing, so that the benchmark measures the graph's own heap and
 * not the host's store. Never use it outside a benchmark: nothing survives.
 *
 * <p>Not thread-safe.
 */
final class DiscardingJournal<E> implements Journal<E> {

    private long next;

    @Override
    public long append(List<? extends E> events) {
        long first = next;
        next += events.size();
        return first;
    }

    @Override
    public void replay(long fromPosition, JournalVisitor<? super E> visitor) {
        // Nothing is kept, so there is nothing to replay.
    }

    @Override
    public long nextPosition() {
        return next;
    }

    @Override
    public void close() {
        // Nothing to release.
    }
}
