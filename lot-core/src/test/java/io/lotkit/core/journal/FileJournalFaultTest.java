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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
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

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void failedBatchesUnderConcurrentAppendsLeaveExactlyTheAcknowledgedAppends() throws Exception {
        channel.failEveryNthWrite = 3;
        int threads = 4;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Map<Long, ContractEvent>>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                long thread = t;
                results.add(pool.submit(() -> {
                    Map<Long, ContractEvent> acknowledged = new HashMap<>();
                    for (int i = 0; i < 20; i++) {
                        List<ContractEvent> batch = List.of(ContractEvent.of(thread * 1000 + 2 * i),
                                ContractEvent.of(thread * 1000 + 2 * i + 1));
                        try {
                            long first = journal.append(batch);
                            acknowledged.put(first, batch.get(0));
                            acknowledged.put(first + 1, batch.get(1));
                        } catch (JournalException e) {
                            assertThat(e).hasRootCauseMessage("injected: write failed");
                        }
                    }
                    return acknowledged;
                }));
            }
            Map<Long, ContractEvent> acknowledged = new TreeMap<>(Map.of(0L, ContractEvent.of(0), 1L,
                    ContractEvent.of(1)));
            for (Future<Map<Long, ContractEvent>> result : results) {
                acknowledged.putAll(result.get(60, TimeUnit.SECONDS));
            }

            assertThat(acknowledged.keySet()).containsExactlyElementsOf(
                    LongStream.range(0, acknowledged.size()).boxed().collect(Collectors.toList()));
            assertThat(replayAll(journal)).containsExactlyElementsOf(acknowledged.values());
            journal.close();
            journal = FileJournal.open(file, codec);
            assertThat(replayAll(journal)).containsExactlyElementsOf(acknowledged.values());
        } finally {
            pool.shutdownNow();
        }
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
