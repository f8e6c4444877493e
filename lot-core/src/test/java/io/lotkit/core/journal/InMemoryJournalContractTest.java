package io.lotkit.core.journal;

import io.lotkit.core.spi.EventCodec;
import io.lotkit.core.spi.Journal;
import io.lotkit.core.spi.JournalContract;

/** Runs the journal contract against the in-memory journal, reopened with {@link InMemoryJournal#reopen()}. */
class InMemoryJournalContractTest extends JournalContract {

    private InMemoryJournal<?> current;

    @Override
    protected void prepareFreshStore() {
        current = null;
    }

    @Override
    @SuppressWarnings("unchecked")
    protected <E> Journal<E> open(EventCodec<E> codec) {
        InMemoryJournal<E> journal = current == null ? InMemoryJournal.create(codec)
                : ((InMemoryJournal<E>) current).reopen();
        current = journal;
        return journal;
    }
}
