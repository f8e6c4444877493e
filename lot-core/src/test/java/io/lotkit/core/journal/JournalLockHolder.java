package io.lotkit.core.journal;

import io.lotkit.core.spi.ContractEvent;
import io.lotkit.core.spi.ContractEventCodec;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The other process of {@link FileJournalTest#anotherProcessCannotOpenALockedJournal()}: opens the journal named by
 * its argument, appends one event, prints {@value #READY}, and keeps the journal open until its input closes.
 */
final class JournalLockHolder {

    static final String READY = "journal-locked";

    private JournalLockHolder() {
    }

    public static void main(String[] args) throws IOException {
        try (FileJournal<ContractEvent> journal = FileJournal.open(Path.of(args[0]), new ContractEventCodec())) {
            journal.append(ContractEvent.of(42));
            System.out.println(READY);
            System.out.flush();
            while (System.in.read() >= 0) {
                // Holds the lock until the test closes this process's input.
            }
        }
    }
}
