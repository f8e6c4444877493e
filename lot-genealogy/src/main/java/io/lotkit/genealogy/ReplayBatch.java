package io.lotkit.genealogy;

import java.util.Arrays;

/**
 * A run of consecutive journal events handed from the stage of a {@link JournalReplay} that finds and registers
 * lots to the stage that applies the events: the events in journal order, with their positions, and the ids of the
 * lots each names (inputs then outputs for a transformation), one event after the other in one flat array. Batches
 * are recycled, so a replay allocates only its few.
 *
 * <p>Not thread-safe: owned by one stage at a time, and passed between them through a queue, which orders each
 * stage's writes before the other's reads.
 */
final class ReplayBatch {

    private final GenealogyEvent[] events;
    private final long[] positions;
    private int size;
    private int[] ids;
    private int idCount;
    /** The events, from the first, whose lots' ids are in {@link #ids}: those {@link #applyTo} applies. */
    private int taken;

    ReplayBatch(int capacity) {
        events = new GenealogyEvent[capacity];
        positions = new long[capacity];
        ids = new int[capacity * 2];
    }

    /** Appends an event read from the journal at {@code position}. */
    void addEvent(GenealogyEvent event, long position) {
        events[size] = event;
        positions[size++] = position;
    }

    boolean isFull() {
        return size == events.length;
    }

    int size() {
        return size;
    }

    GenealogyEvent event(int index) {
        return events[index];
    }

    long position(int index) {
        return positions[index];
    }

    /**
     * Takes the next event, whose lots' ids are {@code lotIds[from..from + count)}: {@link #applyTo} will apply it.
     */
    void take(int[] lotIds, int from, int count) {
        if (idCount + count > ids.length) {
            ids = Arrays.copyOf(ids, Math.max(ids.length * 2, idCount + count));
        }
        System.arraycopy(lotIds, from, ids, idCount, count);
        idCount += count;
        taken++;
    }

    /** Applies the events taken, in order, with the ids registered for them. */
    void applyTo(GraphState state) {
        int from = 0;
        for (int e = 0; e < taken; e++) {
            GenealogyEvent event = events[e];
            state.applyRegistered(event, ids, from);
            from += EventLots.lotCount(event);
        }
        state.countApplied(taken);
    }

    /**
     * Empties the batch for reuse. The applying stage, which calls this, leaves the event slots as they are: the
     * reading stage overwrites them as it fills the batch again, and a write here would only pull those cache lines
     * away from its core first (the events stay referenced by the journal anyway, and the batches end with the
     * replay).
     */
    void clear() {
        size = 0;
        idCount = 0;
        taken = 0;
    }
}
