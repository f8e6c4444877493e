package io.lotkit.core.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lotkit.core.spi.ContractEvent;
import io.lotkit.core.spi.ContractEventCodec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;

/** Recovery from every torn last record, and detection of every damaged byte before it. */
class FileJournalRecoveryTest {

    private final ContractEventCodec codec = new ContractEventCodec();
    private Path directory;

    @BeforeProperty
    void createDirectory() throws IOException {
        directory = Files.createTempDirectory("lotkit-recovery");
    }

    @AfterProperty
    void deleteDirectory() throws IOException {
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    @Property(tries = 12)
    void truncatingTheFileAnywhereInItsLastRecordKeepsEveryCompleteRecord(
            @ForAll("histories") List<List<ContractEvent>> history) throws IOException {
        byte[] whole = write(directory.resolve("whole.jsonl"), history);
        int lastRecordStart = startOfLine(whole, history.size() - 1);
        List<ContractEvent> lastBatch = history.get(history.size() - 1);
        List<ContractEvent> complete = flatten(history.subList(0, history.size() - 1));
        Path torn = directory.resolve("torn.jsonl");

        for (int cut = lastRecordStart; cut < whole.length; cut++) {
            Files.write(torn, Arrays.copyOf(whole, cut));
            try (FileJournal<ContractEvent> journal = FileJournal.open(torn, codec, SyncPolicy.NONE)) {
                assertThat(Files.size(torn)).as("size after recovering a cut at %d", cut).isEqualTo(lastRecordStart);
                assertThat(journal.nextPosition()).isEqualTo(complete.size());
                assertThat(replay(journal)).as("replay after a cut at %d", cut).isEqualTo(complete);
                assertThat(journal.append(lastBatch)).isEqualTo(complete.size());
            }
        }
        try (FileJournal<ContractEvent> journal = FileJournal.open(torn, codec, SyncPolicy.NONE)) {
            assertThat(replay(journal)).isEqualTo(flatten(history));
            assertThat(Files.readAllBytes(torn)).isEqualTo(whole);
        }
    }

    @Property(tries = 60)
    void aDamagedByteInAnyRecordButTheLastIsReportedWithItsLine(
            @ForAll("histories") List<List<ContractEvent>> history, @ForAll("choices") int recordChoice,
            @ForAll("choices") int byteChoice, @ForAll byte replacement) throws IOException {
        List<List<ContractEvent>> twoOrMore = new ArrayList<>(history);
        twoOrMore.add(List.of(ContractEvent.of(-1)));
        Path file = directory.resolve("damaged.jsonl");
        byte[] bytes = write(file, twoOrMore);
        int record = recordChoice % (twoOrMore.size() - 1);
        int start = startOfLine(bytes, record);
        int length = startOfLine(bytes, record + 1) - 1 - start;
        int damaged = start + byteChoice % length;
        byte original = bytes[damaged];
        bytes[damaged] = replacement == original ? (byte) (original ^ 0x40) : replacement;
        Files.write(file, bytes);

        assertThatThrownBy(() -> FileJournal.open(file, codec, SyncPolicy.NONE))
                .isInstanceOfSatisfying(JournalCorruptedException.class, e -> {
                    assertThat(e.lineNumber()).isEqualTo(record + 1);
                    assertThat(e.byteOffset()).isEqualTo(start);
                });
        assertThat(Files.readAllBytes(file)).isEqualTo(bytes);
    }

    @Provide
    Arbitrary<List<List<ContractEvent>>> histories() {
        Arbitrary<ContractEvent> events = Combinators.combine(
                Arbitraries.longs(),
                Arbitraries.strings().ofMaxLength(12),
                Arbitraries.bigDecimals().between(new BigDecimal("-1000000"), new BigDecimal("1000000"))
                        .ofScale(3))
                .as((id, note, quantity) -> new ContractEvent(id, note, quantity, false));
        return events.list().ofMinSize(1).ofMaxSize(3).list().ofMinSize(1).ofMaxSize(4);
    }

    @Provide
    Arbitrary<Integer> choices() {
        return Arbitraries.integers().between(0, Integer.MAX_VALUE);
    }

    private byte[] write(Path file, List<List<ContractEvent>> history) throws IOException {
        Files.deleteIfExists(file);
        try (FileJournal<ContractEvent> journal = FileJournal.open(file, codec, SyncPolicy.NONE)) {
            for (List<ContractEvent> batch : history) {
                journal.append(batch);
            }
        }
        return Files.readAllBytes(file);
    }

    /** The offset where the line with the given index, counting from 0, starts. */
    private static int startOfLine(byte[] bytes, int index) {
        int start = 0;
        for (int line = 0; line < index; line++) {
            while (bytes[start] != '\n') {
                start++;
            }
            start++;
        }
        return start;
    }

    private static List<ContractEvent> flatten(List<List<ContractEvent>> batches) {
        List<ContractEvent> events = new ArrayList<>();
        batches.forEach(events::addAll);
        return events;
    }

    private List<ContractEvent> replay(FileJournal<ContractEvent> journal) {
        List<ContractEvent> events = new ArrayList<>();
        journal.replay((position, event) -> events.add(event));
        return events;
    }
}
