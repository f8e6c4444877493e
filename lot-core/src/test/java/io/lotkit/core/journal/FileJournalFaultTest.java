package io.lotkit.core.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lotkit.core.spi.ContractEvent;
import io.lotkit.core.spi.ContractEventCodec;
import io.lotkit.core.spi.JournalException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A failed write, force or truncate, injected through the channel, never leaves part of an append behind. */
class FileJournalFaultTest {

    @TempDir
    Path directory;

    private final ContractEventCodec codec = new ContractEventCodec();
    private Path file;
    private FaultyChannel channel;
    private FileJournal<ContractEvent> journal;

    @BeforeEach
    void openWithFaultyChannel() {
        file = directory.resolve("journal.jsonl");
        journal = FileJournal.open(file, codec, SyncPolicy.FORCE, path -> {
            channel = new FaultyChannel(FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE));
            return channel;
        });
        journal.append(List.of(ContractEvent.of(0), ContractEvent.of(1)));
    }

    @AfterEach
    void close() {
        journal.close();
    }

    @Test
    void aWriteThatFailsHalfwayLeavesTheFileExactlyAsBefore() throws IOException {
        byte[] before = Files.readAllBytes(file);
        channel.failWriteAfterBytes = 25;

        assertThatThrownBy(() -> journal.append(ContractEvent.of(2))).isInstanceOf(JournalException.class)
                .hasMessageContaining("nothing was stored").hasRootCauseMessage("injected: disk full after 25 bytes");

        assertUnchangedAndStillWorking(before);
    }

    @Test
    void aFailedForceLeavesTheFileExactlyAsBefore() throws IOException {
        byte[] before = Files.readAllBytes(file);
        channel.failNextForce = true;

        assertThatThrownBy(() -> journal.append(List.of(ContractEvent.of(2), ContractEvent.of(3))))
                .isInstanceOf(JournalException.class).hasMessageContaining("force failed");

        assertUnchangedAndStillWorking(before);
    }

    @Test
    void whenTheRollbackFailsTooTheJournalRefusesAppendsUntilReopened() throws IOException {
        long acknowledgedSize = Files.size(file);
        channel.failWriteAfterBytes = 30;
        channel.failTruncate = true;

        assertThatThrownBy(() -> journal.append(ContractEvent.of(2))).isInstanceOf(JournalException.class)
                .hasMessageContaining("nor remove what was written");
        channel.heal();
        assertThatThrownBy(() -> journal.append(ContractEvent.of(3))).isInstanceOf(JournalException.class)
                .hasMessageContaining("refuses appends");
        assertThat(journal.nextPosition()).isEqualTo(2);
        assertThat(replayAll(journal)).containsExactly(ContractEvent.of(0), ContractEvent.of(1));
        assertThat(Files.size(file)).isEqualTo(acknowledgedSize + 30);
        journal.close();

        journal = FileJournal.open(file, codec);
        assertThat(Files.size(file)).as("the torn record is cut off on reopening").isEqualTo(acknowledgedSize);
        assertThat(journal.append(ContractEvent.of(2))).isEqualTo(2);
        assertThat(replayAll(journal)).containsExactly(ContractEvent.of(0), ContractEvent.of(1), ContractEvent.of(2));
    }

    private void assertUnchangedAndStillWorking(byte[] before) throws IOException {
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(journal.nextPosition()).isEqualTo(2);
        assertThat(replayAll(journal)).containsExactly(ContractEvent.of(0), ContractEvent.of(1));

        channel.heal();
        assertThat(journal.append(ContractEvent.of(2))).isEqualTo(2);
        journal.close();
        journal = FileJournal.open(file, codec);
        assertThat(replayAll(journal)).containsExactly(ContractEvent.of(0), ContractEvent.of(1), ContractEvent.of(2));
    }

    private static List<ContractEvent> replayAll(FileJournal<ContractEvent> journal) {
        List<ContractEvent> events = new ArrayList<>();
        journal.replay((position, event) -> events.add(event));
        return events;
    }
}
