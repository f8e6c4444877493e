package io.lotkit.genealogy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.lotkit.core.Quantity;
import io.lotkit.core.UnitOfMeasure;
import io.lotkit.core.journal.InMemoryJournal;
import io.lotkit.core.spi.Journal;
import io.lotkit.core.spi.JournalException;
import io.lotkit.core.spi.JournalVisitor;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A replay on two threads ({@link JournalReplay}'s pipeline, forced on small journals with small batches) against a
 * replay on the caller's thread alone: equal graphs, the same refusals, and failures that reach the caller with no
 * thread left running.
 */
class JournalReplayTest {

    private static final int TINY_REBASE = GenealogyPropertiesTest.TINY_REBASE;
    private static final UnitOfMeasure EA = UnitOfMeasure.of("EA");
    /** The events of the journals of the failure tests: some batches and windows' worth. */
    private static final int EVENTS = 60;

    @Provide
    Arbitrary<List<GenealogyEvent>> cyclic() {
        return RandomEvents.streams(false);
    }

    /**
     * With a lot named once in another unit somewhere in the stream, so that some journals hold an event that cannot
     * be applied: both replays then refuse the same event with the same message.
     */
    @Property(tries = 150)
    void aReplayOnTwoThreadsEqualsAReplayOnOne(@ForAll("cyclic") List<GenealogyEvent> events,
            @ForAll @IntRange(min = 1, max = 6) int batchEvents, @ForAll @IntRange(max = 40) int otherUnitAt,
            @ForAll @IntRange(max = RandomEvents.LOTS - 1) int otherUnitLot) {
        InMemoryJournal<GenealogyEvent> journal = InMemoryJournal.create();
        for (int i = 0; i < events.size(); i++) {
            if (i == otherUnitAt) {
                journal.append(new Adjust(Fixtures.T0, RandomEvents.lot(otherUnitLot), Quantity.of(1, EA),
                        AdjustReason.COUNT_GAIN, "Plant", ReferenceDocument.of("Count sheet", "C")));
            }
            journal.append(events.get(i));
        }

        Object oneThread = snapshotOrFailure(() -> GenealogyGraph.open(journal, TINY_REBASE, Long.MAX_VALUE, 1));
        Object twoThreads = snapshotOrFailure(() -> GenealogyGraph.open(journal, TINY_REBASE, 0, batchEvents));

        assertThat(twoThreads).isEqualTo(oneThread);
        assertNoWorkerLeft();
    }

    /** The graph's snapshot, or the refusal's type and message. */
    private static Object snapshotOrFailure(java.util.function.Supplier<GenealogyGraph> open) {
        try {
            return GraphSnapshot.of(open.get());
        } catch (IllegalStateException e) {
            return e.getClass() + ": " + e.getMessage();
        }
    }

    /**
     * Lots whose keys share the lot table's hash ("Aa" and "BB" have one string hash), added and named again within
     * one window of events: a lot found absent before the window takes the id of the earlier lot of the window that
     * equals it, not of one that only shares its hash, and is new if none equals it.
     */
    @Test
    void lotsSharingAHashWithinOneWindowKeepTheirOwnIds() {
        List<String> numbers = List.of("AaAa", "BBBB", "AaBB", "BBAa");
        assertThat(numbers.stream().mapToInt(String::hashCode).distinct()).hasSize(1);
        InMemoryJournal<GenealogyEvent> journal = InMemoryJournal.create();
        journal.append(Fixtures.receive(numbers.get(0), "10", "Mill", 0));
        journal.append(Fixtures.transform(1, numbers.get(0), "4", numbers.get(1), "4"));
        journal.append(Fixtures.ship(numbers.get(1), "1", "Acme", 2));
        journal.append(Fixtures.transform(3, numbers.get(1), "2", numbers.get(2), "2"));
        journal.append(Fixtures.receive(numbers.get(3), "7", "Mill", 4));
        for (int i = 0; i < numbers.size(); i++) {
            journal.append(Fixtures.ship(numbers.get(numbers.size() - 1 - i), "1", "Customer " + i, 5 + i));
        }

        GenealogyGraph twoThreads = GenealogyGraph.open(journal, TINY_REBASE, 0, JournalReplay.WINDOW_EVENTS);
        GenealogyGraph oneThread = GenealogyGraph.open(journal, TINY_REBASE, Long.MAX_VALUE, 1);

        assertThat(GraphSnapshot.of(twoThreads)).isEqualTo(GraphSnapshot.of(oneThread));
        assertThat(twoThreads.lotCount()).isEqualTo(numbers.size());
        assertThat(twoThreads.forward(Fixtures.lot("AaAa")).lots()).extracting(TracedLot::lot)
                .containsExactlyInAnyOrder(Fixtures.lot("BBBB"), Fixtures.lot("AaBB"));
        assertNoWorkerLeft();
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 5, 37, 59})
    void aRefusedEventNamesItsJournalPosition(int refusedAt) {
        InMemoryJournal<GenealogyEvent> journal = journalOf(i -> i == 0 ? Fixtures.receive("FLOUR-1", "100", "Mill", 0)
                : i == refusedAt
                        ? new Ship(Fixtures.T0, LotQuantity.of(Fixtures.lot("FLOUR-1"), Quantity.of(1, EA), "Flour"),
                                "Acme", "Plant", "Acme DC", "Plant", ReferenceDocument.of("Invoice", "I"))
                        : Fixtures.receive("SUGAR-" + i, "10", "Mill", 1));

        Throwable twoThreads = catchThrowable(() -> GenealogyGraph.open(journal, TINY_REBASE, 0, 4));
        Throwable oneThread = catchThrowable(() -> GenealogyGraph.open(journal, TINY_REBASE, Long.MAX_VALUE, 4));

        assertThat(twoThreads).isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("journal position " + refusedAt + " holds an event that cannot be applied: ")
                .hasMessageContaining("recorded in unit 'KG', not 'EA'")
                .hasMessage(oneThread.getMessage())
                .hasCauseInstanceOf(IllegalArgumentException.class);
        assertNoWorkerLeft();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 9, 30, 59})
    void aJournalFailureReachesTheCallerWithTheWorkerEnded(int failAt) {
        InMemoryJournal<GenealogyEvent> store = journalOf(i -> Fixtures.transform(i, "IN-" + i, "2", "OUT-" + i, "1"));
        JournalException fault = new JournalException("disk gone");
        List<Boolean> workerRunning = new ArrayList<>();
        Journal<GenealogyEvent> journal = new FailingReplay(store, failAt, fault, workerRunning);

        assertThatThrownBy(() -> GenealogyGraph.open(journal, TINY_REBASE, 0, 3)).isSameAs(fault);
        assertThat(workerRunning).containsExactly(true);
        assertNoWorkerLeft();
    }

    /** A failure while applying (here an amount that cannot be read) ends the replay as on one thread. */
    @ParameterizedTest
    @ValueSource(ints = {0, 7, 40, 59})
    void aFailureWhileApplyingReachesTheCallerWithTheWorkerEnded(int failAt) {
        InMemoryJournal<GenealogyEvent> journal = journalOf(i -> new Receive(Fixtures.T0,
                LotQuantity.of(Fixtures.lot("SUGAR-" + i),
                        Quantity.of(i == failAt ? new UnreadableAmount() : BigDecimal.TEN, Fixtures.KG), "Sugar"),
                "Mill", "S" + i, "Mill dock", "Plant", "Mill", ReferenceDocument.of("BOL", "B" + i)));

        Throwable twoThreads = catchThrowable(() -> GenealogyGraph.open(journal, TINY_REBASE, 0, 2));
        Throwable oneThread = catchThrowable(() -> GenealogyGraph.open(journal, TINY_REBASE, Long.MAX_VALUE, 2));

        assertThat(twoThreads).isInstanceOf(ArithmeticException.class).hasMessage("unreadable amount")
                .hasSameClassAs(oneThread).hasMessage(oneThread.getMessage());
        assertNoWorkerLeft();
    }

    /** A journal of {@value #EVENTS} events, event {@code i} made by {@code event}. */
    private static InMemoryJournal<GenealogyEvent> journalOf(IntFunction<GenealogyEvent> event) {
        InMemoryJournal<GenealogyEvent> journal = InMemoryJournal.create();
        for (int i = 0; i < EVENTS; i++) {
            journal.append(event.apply(i));
        }
        return journal;
    }

    private static void assertNoWorkerLeft() {
        assertThat(Thread.getAllStackTraces().keySet())
                .noneMatch(thread -> thread.getName().equals(ReplayWorker.NAME) && thread.isAlive());
    }

    private static boolean workerAlive() {
        return Thread.getAllStackTraces().keySet().stream()
                .anyMatch(thread -> thread.getName().equals(ReplayWorker.NAME) && thread.isAlive());
    }

    /** An amount whose unscaled digits cannot be read: packing it, which only applying an event does, fails. */
    private static final class UnreadableAmount extends BigDecimal {

        private static final long serialVersionUID = 1L;

        UnreadableAmount() {
            super("5");
        }

        @Override
        public BigDecimal scaleByPowerOfTen(int n) {
            throw new ArithmeticException("unreadable amount");
        }
    }

    /** A journal whose replay fails at one position, noting then whether the replay's worker runs. */
    private record FailingReplay(Journal<GenealogyEvent> store, long failAt, JournalException fault,
            List<Boolean> workerRunning) implements Journal<GenealogyEvent> {

        @Override
        public long append(List<? extends GenealogyEvent> events) {
            return store.append(events);
        }

        @Override
        public void replay(long fromPosition, JournalVisitor<? super GenealogyEvent> visitor) {
            store.replay(fromPosition, (position, event) -> {
                if (position == failAt) {
                    workerRunning.add(workerAlive());
                    throw fault;
                }
                visitor.visit(position, event);
            });
        }

        @Override
        public long nextPosition() {
            return store.nextPosition();
        }

        @Override
        public void close() {
            store.close();
        }
    }
}
