package io.lotkit.genealogy;

import io.lotkit.core.LotId;
import io.lotkit.core.spi.Journal;
import io.lotkit.core.spi.JournalVisitor;
import java.util.Arrays;

/**
 * Rebuilds a graph's state by replaying its journal: a small journal on the caller's thread alone, event by event
 * as {@link GenealogyGraph#record} applies them; a large one in a pipeline of two stages, the caller's thread and
 * one worker thread, so that a replay, which mostly waits on memory, waits on two cores at once.
 *
 * <p>The stages split the state between them ({@link GraphState} says which field each owns):
 * <ul>
 *   <li><b>stage A</b>, the caller's thread, in the journal's replay callback, makes every decision: it finds the
 *       events' lots in the lot table, {@value #WINDOW_EVENTS} events at a time, checks their units
 *       ({@link GraphState#checkUnits}), gives new lots their ids and units at once so that later events find them
 *       ({@link GraphState#register}), and refuses an event that would take the graph past its limits, counting
 *       the receipts, shipments and edges the events make itself, so that its counts are the ones stage B's columns
 *       will have. It collects the events in {@link ReplayBatch batches} of {@link #BATCH_EVENTS} as the journal
 *       yields them, takes each batch once full (finds and registers its events' lots) and hands it to stage B;</li>
 *   <li><b>stage B</b>, the {@link ReplayWorker}, applies the batches in journal order
 *       ({@link GraphState#applyRegistered}): every other column of the state.</li>
 * </ul>
 *
 * <p>The stages share nothing but the batches and their immutable events, passed through the worker's queues, whose
 * hand-offs order each stage's writes before the other's reads; the caller joins the worker before it reads anything
 * stage B wrote. At the end, once stage B has applied the last batch, the two threads fold the loaded edges into rows,
 * stage B the outgoing ones and stage A the incoming ones: both read the pending edges and each writes its own
 * direction ({@link EdgeStore#rebaseRows}). If stage A refuses an event, or the journal fails, stage B is told to skip
 * what is left and the caller waits for it to end before the failure reaches it; what stage B throws surfaces on the
 * caller's thread at the next hand-off or at the end, and ends the replay the same way. No thread outlives the replay.
 *
 * <p>Near the edge limits, whether an event fits depends on how many edge quantities did not pack, which only
 * stage B knows: a replay that gets that far goes on on the caller's thread alone, after the worker has applied
 * every event before (a graph of over a hundred million edges).
 *
 * <p>Not thread-safe: one replay, run once by the thread that opens the graph.
 */
final class JournalReplay implements JournalVisitor<GenealogyEvent> {

    /** Journals with fewer events replay on the caller's thread alone: a thread costs more than it saves there. */
    static final long MIN_PIPELINED_EVENTS = 1 << 16;
    /** The events a batch holds: some hundreds of microseconds of work, so a hand-off costs next to nothing. */
    static final int BATCH_EVENTS = 2048;
    /** The events whose lots stage A looks up together. */
    static final int WINDOW_EVENTS = 16;
    /** The batches going round: one being read and taken, the rest queued to be applied. */
    private static final int BATCHES = 4;

    private final GraphState state;
    private final ReplayWorker worker;
    /** The batch being read from the journal. */
    private ReplayBatch reading;
    /** The lots of the window's events, one event after the other, and their ids. */
    private LotId[] windowLots = new LotId[4 * WINDOW_EVENTS];
    private int[] windowIds = new int[4 * WINDOW_EVENTS];
    /** What this stage threw from the journal's callback, to tell it from what the journal throws. */
    private Throwable ownFailure;
    private long edgeCount;
    private int receiptCount;
    private int shipmentCount;
    /** Whether stage B runs; false once the replay went on on the caller's thread alone. */
    private boolean pipelined = true;

    private JournalReplay(GraphState state, int batchEvents) {
        this.state = state;
        this.worker = new ReplayWorker(state, BATCHES, batchEvents);
    }

    /**
     * Replays a journal into an empty state, in a pipeline of batches of {@code batchEvents} events if it holds at
     * least {@code minPipelinedEvents} events (tests choose small ones).
     *
     * @throws IllegalStateException if a stored event cannot be applied (naming its journal position), or the graph
     *     would outgrow its limits
     */
    static void replay(Journal<GenealogyEvent> journal, GraphState state, long minPipelinedEvents, int batchEvents) {
        state.edges.startBulkLoad();
        long events = journal.nextPosition();
        state.reserve(events);
        if (events < minPipelinedEvents) {
            journal.replay((position, event) -> applyAt(state, position, event));
        } else {
            new JournalReplay(state, batchEvents).run(journal);
        }
        state.finishReplay();
    }

    /** Checks and applies one event on the calling thread, as a replay on one thread does. */
    private static void applyAt(GraphState state, long position, GenealogyEvent event) {
        int[] lots;
        try {
            lots = state.check(event);
        } catch (IllegalArgumentException e) {
            throw refused(position, e);
        }
        state.apply(event, lots);
    }

    private static IllegalStateException refused(long position, IllegalArgumentException cause) {
        return new IllegalStateException(
                "journal position " + position + " holds an event that cannot be applied: " + cause.getMessage(),
                cause);
    }

    private void run(Journal<GenealogyEvent> journal) {
        reading = worker.takeEmptied();
        worker.start();
        try {
            try {
                journal.replay(this);
            } catch (RuntimeException | Error e) {
                if (e != ownFailure) {
                    // The journal failed: the events read before still come first, as on one thread.
                    takeTheRest();
                }
                throw e;
            }
            takeTheRest();
            if (pipelined) {
                worker.fold();
                pipelined = false;
            }
        } catch (RuntimeException | Error e) {
            if (pipelined) {
                worker.end(true);
                Throwable alsoFailed = worker.failure();
                if (alsoFailed != null && alsoFailed != e) {
                    e.addSuppressed(alsoFailed);
                }
            }
            throw e;
        }
    }

    /** Stage A: reads an event into the batch being read, and takes the batch once it is full. */
    @Override
    public void visit(long position, GenealogyEvent event) {
        if (!pipelined) {
            applyAt(state, position, event);
            return;
        }
        reading.addEvent(event, position);
        if (reading.isFull()) {
            try {
                ReplayBatch read = reading;
                reading = null;
                take(read);
                reading = pipelined ? worker.takeEmptied() : null;
            } catch (RuntimeException | Error e) {
                ownFailure = e;
                throw e;
            }
        }
    }

    /** Stage A, when the journal has yielded its last event (or failed): takes the events read so far. */
    private void takeTheRest() {
        ReplayBatch read = reading;
        reading = null;
        if (read != null) {
            take(read);
        }
    }

    /**
     * Stage A: takes every event of a batch, window by window, and hands the batch to stage B to be applied; if
     * the replay goes on on this thread alone meanwhile, applies the batch's remaining events itself.
     */
    private void take(ReplayBatch batch) {
        for (int from = 0; from < batch.size(); from += WINDOW_EVENTS) {
            int to = Math.min(batch.size(), from + WINDOW_EVENTS);
            if (!pipelined) {
                applyAll(batch, from);
                return;
            }
            takeWindow(batch, from, to);
        }
        if (pipelined) {
            worker.apply(batch);
        }
    }

    private void applyAll(ReplayBatch batch, int from) {
        for (int e = from; e < batch.size(); e++) {
            applyAt(state, batch.position(e), batch.event(e));
        }
    }

    /**
     * Stage A: finds the lots of a window of events together ({@link LotTable#findAll}: the cache misses of all
     * their lookups in flight at once, where one event's lots are few), then, event by event in journal order,
     * checks the event, registers its new lots and takes it into the batch. A lot found absent may have been added by
     * an earlier event of the window since: it takes that lot's id ({@link #addedInWindow}).
     */
    private void takeWindow(ReplayBatch batch, int from, int to) {
        int lotCount = 0;
        for (int e = from; e < to; e++) {
            GenealogyEvent event = batch.event(e);
            int count = EventLots.lotCount(event);
            if (windowLots.length < lotCount + count) {
                windowLots = Arrays.copyOf(windowLots, 2 * (lotCount + count));
                windowIds = new int[windowLots.length];
            }
            for (int i = 0; i < count; i++) {
                windowLots[lotCount++] = EventLots.lotAt(event, i);
            }
        }
        LotTable lots = state.lots;
        int lotsBefore = lots.size();
        lots.findAll(windowLots, lotCount, windowIds);
        int lotFrom = 0;
        for (int e = from; e < to; e++) {
            GenealogyEvent event = batch.event(e);
            int count = EventLots.lotCount(event);
            if (!pipelined) {
                applyAt(state, batch.position(e), event);
                continue;
            }
            for (int i = lotFrom; i < lotFrom + count; i++) {
                if (windowIds[i] < 0) {
                    windowIds[i] = addedInWindow(i, lotsBefore);
                }
            }
            takeEvent(batch, e, lotFrom, count);
            lotFrom += count;
        }
        // The window's lots are left in place, not cleared: the batch holds their events anyway, and the replay,
        // with these arrays, ends with the journal's last event.
    }

    /**
     * Returns the id of the window's {@code index}-th lot, found absent before the window, if an earlier event of the
     * window added it (an id from {@code lotsBefore} on), or -1 if none did: only a lot the window added can have
     * come into the table since the lookup. The lot is compared with the window's earlier lots of its hash, which are
     * at hand, rather than looked up again in the table.
     */
    private int addedInWindow(int index, int lotsBefore) {
        LotTable lots = state.lots;
        int hash = lots.probedHash(index);
        LotId lot = windowLots[index];
        for (int i = 0; i < index; i++) {
            if (windowIds[i] >= lotsBefore && lots.probedHash(i) == hash && windowLots[i].equals(lot)) {
                return windowIds[i];
            }
        }
        return -1;
    }

    /** Stage A: checks an event whose lots were found, registers its new lots and takes it into the batch. */
    private void takeEvent(ReplayBatch batch, int index, int lotFrom, int count) {
        GenealogyEvent event = batch.event(index);
        long position = batch.position(index);
        long newEdges = EventLots.newEdges(event);
        if (edgeCount + newEdges > EdgeStore.MAX_UNPACKED_QUANTITIES) {
            // The worker applies every batch handed to it, then this thread the events of this one taken so far.
            worker.end(false);
            pipelined = false;
            worker.rethrowFailure();
            batch.applyTo(state);
            applyAt(state, position, event);
            return;
        }
        try {
            state.checkUnits(event, windowIds, lotFrom, count);
        } catch (IllegalArgumentException e) {
            throw refused(position, e);
        }
        state.checkElements(count, receiptCount, shipmentCount);
        state.register(event, windowIds, lotFrom, count);
        edgeCount += newEdges;
        receiptCount += event instanceof Receive ? 1 : 0;
        shipmentCount += event instanceof Ship ? 1 : 0;
        batch.take(windowIds, lotFrom, count);
    }
}
