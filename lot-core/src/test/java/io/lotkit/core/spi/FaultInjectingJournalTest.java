package io.lotkit.core.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lotkit.core.journal.FileJournal;
import io.lotkit.core.journal.InMemoryJournal;
import io.lotkit.core.journal.SyncPolicy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class FaultInjectingJournalTest {

    private final ContractEventCodec codec = new ContractEventCodec();

    @Test
    void failsTheChosenCallsBeforeTheWrappedJournalSeesThem() {
        FaultInjectingJournal<ContractEvent> journal =
                FaultInjectingJournal.failingCalls(InMemoryJournal.create(codec), 1, 3);

        assertThat(journal.append(ContractEvent.of(0))).isZero();
        assertThatThrownBy(() -> journal.append(ContractEvent.of(1))).isInstanceOf(InjectedJournalFault.class)
                .hasMessageContaining("call 1");
        assertThat(journal.append(ContractEvent.of(2))).isEqualTo(1);
        assertThatThrownBy(() -> journal.append(List.of(ContractEvent.of(3), ContractEvent.of(4))))
                .isInstanceOf(InjectedJournalFault.class);
        journal.failNextAppend();
        assertThatThrownBy(() -> journal.append(ContractEvent.of(5))).isInstanceOf(InjectedJournalFault.class);
        assertThat(journal.append(ContractEvent.of(6))).isEqualTo(2);

        assertThat(journal.nextPosition()).isEqualTo(3);
        assertThat(journal.appendCalls()).isEqualTo(6);
        assertThat(journal.injectedFaults()).isEqualTo(3);
    }

    @Test
    void badArgumentsStillReachTheWrappedJournalAndAreNotCounted() {
        FaultInjectingJournal<ContractEvent> journal =
                FaultInjectingJournal.failingRandomly(InMemoryJournal.create(codec), 1, 1.0);

        assertThatThrownBy(() -> journal.append(List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> journal.append((List<ContractEvent>) null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(journal.appendCalls()).isZero();
    }

    @Test
    void rejectsBadConfiguration() {
        Journal<ContractEvent> inner = InMemoryJournal.create(codec);
        assertThatThrownBy(() -> FaultInjectingJournal.failingCalls(null, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("delegate");
        assertThatThrownBy(() -> FaultInjectingJournal.failingCalls(inner, -1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1");
        assertThatThrownBy(() -> FaultInjectingJournal.failingRandomly(inner, 1, 1.5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1.5");
        assertThatThrownBy(() -> FaultInjectingJournal.failingRandomly(inner, 1, Double.NaN))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Property(tries = 30)
    void theSameSeedFailsTheSameCalls(@ForAll long seed) {
        assertThat(failedCalls(seed)).isEqualTo(failedCalls(seed));
    }

    private List<Integer> failedCalls(long seed) {
        FaultInjectingJournal<ContractEvent> journal =
                FaultInjectingJournal.failingRandomly(InMemoryJournal.create(codec), seed, 0.5);
        List<Integer> failed = new ArrayList<>();
        for (int call = 0; call < 40; call++) {
            try {
                journal.append(ContractEvent.of(call));
            } catch (InjectedJournalFault e) {
                failed.add(call);
            }
        }
        return failed;
    }

    /** What a component writing through a journal must keep: memory equals the replayed journal. */
    @Property(tries = 40)
    void memoryKeptOnlyForAcknowledgedAppendsEqualsTheReplayedInMemoryJournal(@ForAll long seed,
            @ForAll @IntRange(min = 1, max = 60) int appends) {
        assertMemoryEqualsReplay(InMemoryJournal.create(codec), seed, appends);
    }

    @Property(tries = 15)
    void memoryKeptOnlyForAcknowledgedAppendsEqualsTheReplayedFileJournal(@ForAll long seed,
            @ForAll @IntRange(min = 1, max = 30) int appends) throws IOException {
        Path directory = Files.createTempDirectory("lotkit-fault");
        try {
            assertMemoryEqualsReplay(FileJournal.open(directory.resolve("j.jsonl"), codec, SyncPolicy.NONE), seed,
                    appends);
        } finally {
            deleteRecursively(directory);
        }
    }

    private static void assertMemoryEqualsReplay(Journal<ContractEvent> inner, long seed, int appends) {
        List<ContractEvent> memory = new ArrayList<>();
        try (FaultInjectingJournal<ContractEvent> journal = FaultInjectingJournal.failingRandomly(inner, seed, 0.3)) {
            for (int i = 0; i < appends; i++) {
                List<ContractEvent> batch = List.of(ContractEvent.of(2L * i), ContractEvent.of(2L * i + 1));
                try {
                    journal.append(batch);
                    memory.addAll(batch);
                } catch (JournalException e) {
                    assertThat(e).isInstanceOf(InjectedJournalFault.class);
                }
            }
            List<ContractEvent> replayed = new ArrayList<>();
            journal.replay((position, event) -> replayed.add(event));
            assertThat(replayed).isEqualTo(memory);
            assertThat(journal.nextPosition()).isEqualTo(memory.size());
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
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
}
