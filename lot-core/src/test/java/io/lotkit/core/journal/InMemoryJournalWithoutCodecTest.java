package io.lotkit.core.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The journal created without a codec stores the appended objects themselves, with no intermediate copy; these
 * cases check that it still appends all or nothing and numbers positions densely (the contract suite covers the
 * journal with a codec).
 */
class InMemoryJournalWithoutCodecTest {

    private static List<Object> replayed(InMemoryJournal<Object> journal) {
        List<Object> out = new ArrayList<>();
        journal.replay((position, event) -> out.add(event));
        return out;
    }

    @Test
    void storesTheAppendedObjectsThemselvesAtDensePositions() {
        InMemoryJournal<Object> journal = InMemoryJournal.create();
        Object a = new Object();
        Object b = new Object();
        Object c = new Object();

        assertThat(journal.append(List.of(a, b))).isZero();
        assertThat(journal.append(c)).isEqualTo(2);

        List<Object> stored = replayed(journal);
        assertThat(stored).hasSize(3);
        assertThat(stored.get(0)).isSameAs(a);
        assertThat(stored.get(1)).isSameAs(b);
        assertThat(stored.get(2)).isSameAs(c);
        assertThat(journal.nextPosition()).isEqualTo(3);
    }

    @Test
    void aNullAnywhereInABatchLeavesNothingOfTheBatchBehind() {
        InMemoryJournal<Object> journal = InMemoryJournal.create();
        journal.append("first");

        assertThatThrownBy(() -> journal.append(Arrays.asList("a", "b", null, "d")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("events[2]");
        assertThatThrownBy(() -> journal.append((Object) null)).isInstanceOf(IllegalArgumentException.class);

        assertThat(replayed(journal)).containsExactly("first");
        assertThat(journal.append("second")).isEqualTo(1);
    }

    @Test
    void aReopenedJournalSeesTheSameObjectsAndTheClosedOneRefusesAppends() {
        InMemoryJournal<Object> journal = InMemoryJournal.create();
        journal.append(List.of("x", "y"));

        InMemoryJournal<Object> reopened = journal.reopen();

        assertThat(replayed(reopened)).containsExactly("x", "y");
        assertThatThrownBy(() -> journal.append("z")).isInstanceOf(io.lotkit.core.spi.JournalException.class);
        assertThatThrownBy(() -> journal.append(List.of("z"))).isInstanceOf(io.lotkit.core.spi.JournalException.class);
    }
}
