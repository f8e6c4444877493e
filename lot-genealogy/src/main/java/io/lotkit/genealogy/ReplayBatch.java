package io.lotkit.genealogy;

import java.util.Arrays;

/**
 * A run of consecutive journal events handed from the stage of a {@link JournalReplay} that finds and registers
 * lots to the stage that applies the events: the events, in journal order, and the ids of the lots each names
 * (inputs then outputs for a transformation), one after the other in one flat array. Batches are recycled, so a
 * replay allocates only its few.
 *
 * <p>Not thread-safe: owned by one stage at a time, and passed between them through a queue, which orders each
 * stage's writes before the other's reads.
 */
final class ReplayBatch {

    private final GenealogyEvent[] events;
    private int size;
    private int[] ids;
    private int idCount;

    ReplayBatch(int capacity) {
        events = new GenealogyEvent[capacity];
        ids = new int[capacity * 2];
    }

    /** Appends an event and the ids of the {@code count} lots it names, {@code lotIds[from..from + count)}. */
    void add(GenealogyEvent event, int[] lotIds, int from, int count) {
        if (idCount + count > ids.length) {
            ids = Arrays.copyOf(ids, Math.max(ids.length * 2, idCount + count));
        }
        System.arraycopy(lotIds, from, ids, idCount, count);
        idCount += count;
        events[size++] = event;
    }

    boolean isFull() {
        return size == events.length;
    }

    boolean isEmpty() {
        return size == 0;
    }

    /** Applies every event of the batch, in order, with the ids registered for it. */
    void applyTo(GraphState state) {
        int from = 0;
        for (int e = 0; e < size; e++) {
            GenealogyEvent event = events[e];
            state.applyRegistered(event, ids, from);
            from += GraphState.lotCount(event);
        }
    }

    /** Empties the batch for reuse, letting go of its events. */
    void clear() {
        Arrays.fill(events, 0, size, null);
        size = 0;
        idCount = 0;
    }
}
