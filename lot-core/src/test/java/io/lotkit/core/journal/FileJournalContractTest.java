package io.lotkit.core.journal;

import io.lotkit.core.spi.EventCodec;
import io.lotkit.core.spi.Journal;
import io.lotkit.core.spi.JournalContract;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** Runs the journal contract against the file journal, with a new temporary directory per test. */
class FileJournalContractTest extends JournalContract {

    @TempDir
    Path directory;

    private Path file;

    @Override
    protected void prepareFreshStore() {
        file = directory.resolve("journal.jsonl");
    }

    @Override
    protected <E> Journal<E> open(EventCodec<E> codec) {
        return FileJournal.open(file, codec);
    }
}
