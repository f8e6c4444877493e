package io.lotkit.core.sequence;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.lotkit.core.format.LotContext;
import io.lotkit.core.format.LotNumberFormat;
import io.lotkit.core.journal.FileJournal;
import io.lotkit.core.json.JacksonEventCodec;
import io.lotkit.core.spi.EventCodec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generator over the durable file journal: closing the journal and building a new generator on the reopened
 * file — what a restart of the host does — never issues a number again, in either mode.
 */
class LotNumberGeneratorFileJournalTest {

    private static final LotNumberFormat FORMAT = LotNumberFormat.compile("yyDDD{line:1,digits}{seq:4}{check:gs1}");
    private static final EventCodec<SequenceEvent> CODEC =
            JacksonEventCodec.of(new ObjectMapper(), SequenceEvent.class);
    private static final LocalDate DAY = LocalDate.of(2026, 2, 27);

    @Provide
    Arbitrary<List<Integer>> operations() {
        // 0..5: draw for (day offset, line); 6: restart (close the file journal, reopen it, rebuild the generator).
        return Arbitraries.integers().between(0, 6).list().ofMinSize(1).ofMaxSize(40);
    }

    @Property(tries = 40)
    void closeAndReopenNeverRepeatsANumber(@ForAll("operations") List<Integer> operations, @ForAll boolean gapFree,
            @ForAll @IntRange(min = 1, max = 9) int blockSize) throws IOException {
        Path dir = Files.createTempDirectory("lotkit-generator");
        Path file = dir.resolve("sequences.jsonl");
        try {
            FileJournal<SequenceEvent> journal = FileJournal.open(file, CODEC);
            LotNumberGenerator generator = open(journal, gapFree, blockSize);
            Set<String> issued = new HashSet<>();
            for (int operation : operations) {
                if (operation == 6) {
                    journal.close();
                    journal = FileJournal.open(file, CODEC);
                    generator = open(journal, gapFree, blockSize);
                    continue;
                }
                LotContext context = LotContext.builder().date(DAY.plusDays(operation % 3))
                        .line(Integer.toString(operation % 2)).build();
                String lot = generator.next(context);
                assertThat(issued.add(lot)).as("%s issued twice", lot).isTrue();
                assertThat(FORMAT.parse(lot).date()).isEmpty(); // a two-digit year does not resolve a date
            }
            journal.close();
        } finally {
            deleteRecursively(dir);
        }
    }

    /** Two "processes" in turn (close, reopen), each drawing from 4 threads, over one file. */
    @Test
    void concurrentDrawsAcrossRestartsAreUnique(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("sequences.jsonl");
        Set<String> issued = ConcurrentHashMap.newKeySet();
        int perThread = 2_000;
        for (int run = 0; run < 2; run++) {
            try (FileJournal<SequenceEvent> journal = FileJournal.open(file, CODEC)) {
                LotNumberGenerator generator = open(journal, false, 50);
                ExecutorService pool = Executors.newFixedThreadPool(4);
                try {
                    List<Future<?>> futures = new java.util.ArrayList<>();
                    for (int t = 0; t < 4; t++) {
                        String line = Integer.toString(t % 2);
                        futures.add(pool.submit(() -> {
                            LotContext context = LotContext.builder().date(DAY).line(line).build();
                            for (int i = 0; i < perThread; i++) {
                                String lot = generator.next(context);
                                if (!issued.add(lot)) {
                                    throw new AssertionError(lot + " issued twice");
                                }
                            }
                        }));
                    }
                    for (Future<?> f : futures) {
                        f.get();
                    }
                } finally {
                    pool.shutdownNow();
                }
            }
        }
        assertThat(issued).hasSize(2 * 4 * perThread);
    }

    private static LotNumberGenerator open(FileJournal<SequenceEvent> journal, boolean gapFree, int blockSize) {
        LotNumberGeneratorBuilder builder = LotNumberGenerator.builder().format(FORMAT).journal(journal)
                .resetScope(ResetScope.perDay().andPerField("line"))
                .mode(gapFree ? SequenceMode.GAP_FREE : SequenceMode.GAP_TOLERANT);
        if (!gapFree) {
            builder.blockSize(blockSize);
        }
        return builder.build();
    }

    private static void deleteRecursively(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
