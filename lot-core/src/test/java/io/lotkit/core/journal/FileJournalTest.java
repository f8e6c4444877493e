package io.lotkit.core.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.lotkit.core.json.JacksonEventCodec;
import io.lotkit.core.spi.ContractEvent;
import io.lotkit.core.spi.ContractEventCodec;
import io.lotkit.core.spi.EventCodec;
import io.lotkit.core.spi.JournalException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class FileJournalTest {

    /** Stores each event's text as is: the event is its own JSON. */
    private static final EventCodec<String> RAW_JSON = new EventCodec<>() {
        @Override
        public String encode(String event) {
            return event;
        }

        @Override
        public String decode(String text) {
            return text;
        }
    };

    @TempDir
    Path directory;

    private final ContractEventCodec codec = new ContractEventCodec();

    private Path file() {
        return directory.resolve("journal.jsonl");
    }

    @Test
    void eachAppendIsOneHumanReadableJsonLineWithItsPositionsAndChecksum() throws IOException {
        try (FileJournal<ContractEvent> journal = FileJournal.open(file(), codec)) {
            journal.append(ContractEvent.of(7, "first", "1.50"));
            journal.append(List.of(ContractEvent.of(8), ContractEvent.of(9)));
        }

        List<String> lines = Files.readAllLines(file(), StandardCharsets.UTF_8);
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).isEqualTo("{\"first\":0,\"count\":1,\"events\":["
                + codec.encode(ContractEvent.of(7, "first", "1.50")) + "],\"crc32\":\"" + crcOfLine(lines.get(0))
                + "\"}");
        JsonNode second = new ObjectMapper().readTree(lines.get(1));
        assertThat(second.get("first").asLong()).isEqualTo(1);
        assertThat(second.get("count").asInt()).isEqualTo(2);
        assertThat(second.get("events").get(1).get("id").asLong()).isEqualTo(9);
        assertThat(second.get("crc32").asText()).matches("[0-9a-f]{8}").isEqualTo(crcOfLine(lines.get(1)));
    }

    private static String crcOfLine(String line) {
        byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, bytes.length - RecordFormat.SUFFIX_LENGTH);
        return String.format("%08x", crc.getValue());
    }

    @Test
    void everyKindOfJsonValueIsReplayedAsTheCodecWroteIt() {
        List<String> values = List.of("\"a \\\"quoted\\\" string\"", "12.50", "-3", "1e400", "true", "false", "null",
                "{\"nested\":{\"list\":[1,{\"x\":\"]\"}]}}", "[]", "{}", "\"\"", "\"Grüße \\u00e9 \uD83D\uDCE6\"");
        try (FileJournal<String> journal = FileJournal.open(file(), RAW_JSON)) {
            journal.append(values);
            for (String value : values) {
                journal.append(value);
            }
        }
        try (FileJournal<String> journal = FileJournal.open(file(), RAW_JSON)) {
            List<String> replayed = new ArrayList<>();
            journal.replay((position, event) -> replayed.add(event));
            List<String> expected = new ArrayList<>(values);
            expected.addAll(values);
            assertThat(replayed).isEqualTo(expected);
        }
    }

    @Test
    void prettyPrintedCodecOutputStillMakesOneLinePerAppend() throws IOException {
        ObjectMapper pretty = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        EventCodec<ContractEvent> prettyCodec = JacksonEventCodec.of(pretty, ContractEvent.class);
        List<ContractEvent> events = List.of(ContractEvent.of(1, "two\nlines", "2.0"), ContractEvent.of(2));
        try (FileJournal<ContractEvent> journal = FileJournal.open(file(), prettyCodec)) {
            journal.append(events);
        }

        assertThat(Files.readAllLines(file())).hasSize(1);
        try (FileJournal<ContractEvent> journal = FileJournal.open(file(), prettyCodec)) {
            List<ContractEvent> replayed = new ArrayList<>();
            journal.replay((position, event) -> replayed.add(event));
            assertThat(replayed).isEqualTo(events);
        }
    }

    @Test
    void codecTextThatIsNotOneJsonValueIsRefusedBeforeAnythingIsWritten() throws IOException {
        try (FileJournal<String> journal = FileJournal.open(file(), RAW_JSON)) {
            journal.append("1");
            long size = Files.size(file());
            for (String bad : new String[] {"not json", "", "  ", "1 2", "{}{}", "{\"a\":", "[1,]", "\"open"}) {
                assertThatThrownBy(() -> journal.append(List.of("2", bad)))
                        .as("codec text <%s>", bad)
                        .isInstanceOf(JournalException.class)
                        .hasMessageContaining("events[1]");
            }
            assertThat(Files.size(file())).isEqualTo(size);
            assertThat(journal.nextPosition()).isEqualTo(1);
        }
    }

    @Test
    void anEventThatWouldNotDecodeAgainIsRefusedAtAppend() throws IOException {
        EventCodec<String> noDecode = new EventCodec<>() {
            @Override
            public String encode(String event) {
                return event;
            }

            @Override
            public String decode(String text) {
                if (text.contains("unreadable")) {
                    throw new IllegalArgumentException("unknown event type");
                }
                return text;
            }
        };
        try (FileJournal<String> journal = FileJournal.open(file(), noDecode)) {
            assertThatThrownBy(() -> journal.append(List.of("1", "\"unreadable\"")))
                    .isInstanceOf(JournalException.class)
                    .hasMessageContaining("events[1]")
                    .hasMessageContaining("unknown event type");
            assertThat(Files.size(file())).isZero();
            assertThat(journal.append("2")).isZero();
        }
    }

    @Test
    void aTornLastLineIsCutOffOnOpenAndAppendsContinueAfterIt() throws IOException {
        long acknowledged = writeThreeRecords();
        Files.write(file(), "{\"first\":3,\"count\":1,\"ev".getBytes(StandardCharsets.UTF_8),
                StandardOpenOption.APPEND);

        try (FileJournal<ContractEvent> journal = FileJournal.open(file(), codec)) {
            assertThat(Files.size(file())).isEqualTo(acknowledged);
            assertThat(journal.nextPosition()).isEqualTo(3);
            assertThat(journal.append(ContractEvent.of(3))).isEqualTo(3);
        }
        try (FileJournal<ContractEvent> journal = FileJournal.open(file(), codec)) {
            assertThat(replayIds(journal)).containsExactly(0L, 1L, 2L, 3L);
        }
    }

    @Test
    void aDamagedLastLineWithItsNewlineIsCutOffToo() throws IOException {
        long acknowledged = writeThreeRecords();
        Files.write(file(), "\u0000\u0000\u0000\u0000\n".getBytes(StandardCharsets.UTF_8), StandardOpenOption.APPEND);

        try (FileJournal<ContractEvent> journal = FileJournal.open(file(), codec)) {
            assertThat(Files.size(file())).isEqualTo(acknowledged);
            assertThat(replayIds(journal)).containsExactly(0L, 1L, 2L);
        }
    }

    @Test
    void aDamagedLineBeforeTheLastIsCorruptionNamingItsLineAndOffset() throws IOException {
        writeThreeRecords();
        byte[] bytes = Files.readAllBytes(file());
        int secondLine = indexAfterNewline(bytes, 0);
        bytes[secondLine + 20] ^= 0x01;
        Files.write(file(), bytes);

        assertThatThrownBy(() -> FileJournal.open(file(), codec))
                .isInstanceOfSatisfying(JournalCorruptedException.class, e -> {
                    assertThat(e.lineNumber()).isEqualTo(2);
                    assertThat(e.byteOffset()).isEqualTo(secondLine);
                    assertThat(e.file()).isEqualTo(file().toAbsolutePath());
                    assertThat(e).hasMessageContaining("line 2").hasMessageContaining("checksum");
                });
        assertThat(Files.readAllBytes(file())).as("a corrupt file is left alone").isEqualTo(bytes);
    }

    @Test
    void anIntactLastRecordOutOfSequenceIsCorruptionNotATornWrite() throws IOException {
        long acknowledged = writeThreeRecords();
        RecordFormat.RecordBuffer line = new RecordFormat.RecordBuffer(128);
        RecordFormat.writeLine(line, 7, 1, codec.encode(ContractEvent.of(7)).getBytes(StandardCharsets.UTF_8));
        Files.write(file(), line.toByteArray(), StandardOpenOption.APPEND);

        assertThatThrownBy(() -> FileJournal.open(file(), codec))
                .isInstanceOfSatisfying(JournalCorruptedException.class, e -> {
                    assertThat(e.lineNumber()).isEqualTo(4);
                    assertThat(e.byteOffset()).isEqualTo(acknowledged);
                    assertThat(e).hasMessageContaining("position 3 was expected");
                });
    }

    @Test
    void damageAfterOpeningIsReportedByReplayWithItsLine() throws IOException {
        writeThreeRecords();
        try (FileJournal<ContractEvent> journal = FileJournal.open(file(), codec)) {
            byte[] bytes = Files.readAllBytes(file());
            int secondLine = indexAfterNewline(bytes, 0);
            try (FileChannel channel = FileChannel.open(file(), StandardOpenOption.WRITE)) {
                channel.write(ByteBuffer.wrap(new byte[] {'#'}), secondLine + 30);
            }
            List<Long> visited = new ArrayList<>();

            assertThatThrownBy(() -> journal.replay((position, event) -> visited.add(event.id())))
                    .isInstanceOfSatisfying(JournalCorruptedException.class, e -> {
                        assertThat(e.lineNumber()).isEqualTo(2);
                        assertThat(e.byteOffset()).isEqualTo(secondLine);
                    });
            assertThat(visited).containsExactly(0L);
        }
    }

    @Test
    void anEventTheCodecCanNoLongerDecodeIsReportedWithItsPosition() {
        AtomicBoolean decodable = new AtomicBoolean(true);
        EventCodec<String> changing = new EventCodec<>() {
            @Override
            public String encode(String event) {
                return event;
            }

            @Override
            public String decode(String text) {
                if (!decodable.get() && text.equals("2")) {
                    throw new IllegalArgumentException("event type 2 was removed");
                }
                return text;
            }
        };
        try (FileJournal<String> journal = FileJournal.open(file(), changing)) {
            journal.append(List.of("0", "1"));
            journal.append(List.of("2"));
            decodable.set(false);

            assertThatThrownBy(() -> journal.replay((position, event) -> { }))
                    .isInstanceOf(JournalException.class)
                    .hasMessageContaining("position 2")
                    .hasMessageContaining("line 2")
                    .hasMessageContaining("event type 2 was removed");
        }
    }

    @Test
    void aSecondJournalOnTheSameFileIsRefusedWhileTheFirstIsOpen() {
        try (FileJournal<ContractEvent> first = FileJournal.open(file(), codec)) {
            first.append(ContractEvent.of(0));
            assertThatThrownBy(() -> FileJournal.open(file(), codec)).isInstanceOf(JournalException.class)
                    .hasMessageContaining("already open");
        }
        try (FileJournal<ContractEvent> again = FileJournal.open(file(), codec)) {
            assertThat(again.nextPosition()).isEqualTo(1);
        }
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void anotherProcessCannotOpenALockedJournal() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process holder = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                JournalLockHolder.class.getName(), file().toString()).redirectErrorStream(true).start();
        try (BufferedReader output = new BufferedReader(
                new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            do {
                line = output.readLine();
            } while (line != null && !line.equals(JournalLockHolder.READY));
            assertThat(line).as("the other process reports that it holds the journal").isNotNull();

            assertThatThrownBy(() -> FileJournal.open(file(), codec)).isInstanceOf(JournalException.class)
                    .hasMessageContaining("locked by another process");
        } finally {
            holder.getOutputStream().close();
            if (!holder.waitFor(30, TimeUnit.SECONDS)) {
                holder.destroyForcibly();
            }
        }
        try (FileJournal<ContractEvent> journal = FileJournal.open(file(), codec)) {
            assertThat(replayIds(journal)).containsExactly(42L);
        }
    }

    @Test
    void badArgumentsAndUnusablePathsGetClearErrors() throws IOException {
        assertThatThrownBy(() -> FileJournal.open(null, codec)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("file");
        assertThatThrownBy(() -> FileJournal.open(file(), null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("codec");
        assertThatThrownBy(() -> FileJournal.open(file(), codec, null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("sync");
        Path missing = directory.resolve("no-such-dir").resolve("journal.jsonl");
        assertThatThrownBy(() -> FileJournal.open(missing, codec)).isInstanceOf(JournalException.class)
                .hasMessageContaining(missing.toString());
        Path aDirectory = Files.createDirectory(directory.resolve("a-directory"));
        assertThatThrownBy(() -> FileJournal.open(aDirectory, codec)).isInstanceOf(JournalException.class)
                .hasMessageContaining(aDirectory.toString());
    }

    @Test
    void unforcedAppendsAreStillReadBackAfterReopen() {
        try (FileJournal<ContractEvent> journal = FileJournal.open(file(), codec, SyncPolicy.NONE)) {
            journal.append(List.of(ContractEvent.of(0), ContractEvent.of(1)));
        }
        try (FileJournal<ContractEvent> journal = FileJournal.open(file(), codec, SyncPolicy.NONE)) {
            assertThat(replayIds(journal)).containsExactly(0L, 1L);
            assertThat(journal.toString()).contains(file().toString());
        }
    }

    /** Appends events 0, 1 and 2 as three records; returns the file size. */
    private long writeThreeRecords() throws IOException {
        try (FileJournal<ContractEvent> journal = FileJournal.open(file(), codec)) {
            for (long id = 0; id < 3; id++) {
                journal.append(ContractEvent.of(id));
            }
        }
        return Files.size(file());
    }

    private static int indexAfterNewline(byte[] bytes, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                return i + 1;
            }
        }
        throw new AssertionError("no newline after " + from);
    }

    private static List<Long> replayIds(FileJournal<ContractEvent> journal) {
        List<Long> ids = new ArrayList<>();
        journal.replay((position, event) -> ids.add(event.id()));
        return ids;
    }
}
