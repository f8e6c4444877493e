package io.lotkit.core.spi;

import io.lotkit.core.journal.InMemoryJournal;

/** A fault-injecting journal that injects no fault keeps the whole contract: the decorator is transparent. */
class FaultInjectingJournalContractTest extends JournalContract {

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
        return FaultInjectingJournal.failingCalls(journal);
    }
}
