package io.lotkit.core.sequence;

import io.lotkit.core.journal.InMemoryJournal;
import io.lotkit.core.spi.Journal;
import io.lotkit.core.spi.JournalException;
import io.lotkit.core.spi.JournalVisitor;
import java.util.List;

/** A journal over an in-memory one that fails every append while {@link #failing} is set. */
final class FailingJournal implements Journal<SequenceEvent> {

    private final InMemoryJournal<SequenceEvent> delegate;
    volatile boolean failing;

    FailingJournal(InMemoryJournal<SequenceEvent> delegate) {
        this.delegate = delegate;
    }

    @Override
    public long append(List<? extends SequenceEvent> events) {
        if (failing) {
            throw new JournalException("disk full (simulated)");
        }
        return delegate.append(events);
    }

    @Override
    public void replay(long fromPosition, JournalVisitor<? super SequenceEvent> visitor) {
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
