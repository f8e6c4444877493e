package io.lotkit.genealogy;

import io.lotkit.core.LotId;
import io.lotkit.core.spi.Journal;
import io.lotkit.core.spi.JournalVisitor;
import java.util.Arrays;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Rebuilds a graph's state by replaying its journal: a small journal on the caller's thread alone, event by event
 * as {@link GenealogyGraph#record} applies them; a large one in a pipeline of two stages, the caller's thread and
 * one worker thread, so that a replay, which mostly waits on memory, waits on two cores at once.
 *
 * <p>The stages split the state between them ({@link GraphState} says which field each owns):
 * <ul>
 *   <li><b>stage A</b>, the caller's thread, in the journal's replay callback, makes every decision: it finds the
 *       event's lots in the lot table, checks their units ({@link GraphState#findLots}), gives new lots their ids
 *       and units at once so that later events find them ({@link GraphState#register}), and refuses an event that
 *       would take the graph past its limits, counting the receipts, shipments and edges the events make itself,
 *       so that its counts are the ones stage B's columns will have. It collects the events and their lots' ids in
 *       {@link ReplayBatch batches} of {@link #BATCH_EVENTS} events and hands each, when full, to stage B;</li>
 *   <li><b>stage B</b>, the worker thread ({@link #WORKER_NAME}, a daemon), applies the batches' events in
 *       journal order ({@link GraphState#applyRegistered}): every other column of the state.</li>
 * </ul>
 *
 * <p>The stages share nothing but the batches, passed through two queues (full batches to stage B, emptied ones
 * back), whose hand-offs order each stage's writes before the other's reads; the caller joins the worker before it
 * reads anything stage B wrote. At the end, once stage B has applied the last batch and handed back a mark, the two
 * threads fold the loaded edges into rows, stage B the outgoing ones and stage A the incoming ones: both read the
 * pending edges and each writes its own direction ({@link EdgeStore#rebaseRows}). If stage A refuses an event, or the journal fails, stage B is told to skip what is
 * left and the caller waits for it to end before the failure reaches it; what stage B throws is kept, surfaces on
 * the caller's thread at the next hand-off or at the end, and ends the replay the same way. No thread outlives
 * the replay.
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
    static final String WORKER_NAME = "lotkit-genealogy-replay";
    /** The events whose lots stage A looks up together. */
    static final int WINDOW_EVENTS = 16;
    /** The batches in flight: enough for either stage to run ahead of the other for a while. */
    private static final int BATCHES = 4;
    /** Handed to stage B after the last batch, or instead of the rest when the replay failed; it then ends. */
    private static final ReplayBatch END = new ReplayBatch(0);
    /**
     * Handed to stage B after the last batch of a replay that went well: it hands the mark back, after which stage A
     * may read the edges, and rebuilds the outgoing edge rows while stage A rebuilds the incoming ones, then ends.
     */
    private static final ReplayBatch FOLD = new ReplayBatch(0);
    /** How often stage A, waiting for an emptied batch, checks that the worker still runs. */
    private static final long WAIT_MILLIS = 50;

    private final GraphState state;
    private final BlockingQueue<ReplayBatch> toApply = new ArrayBlockingQueue<>(BATCHES + 1);
    private final BlockingQueue<ReplayBatch> emptied = new ArrayBlockingQueue<>(BATCHES + 1);
    private final Thread worker;
    /** What stage B threw, if anything: it then applies no more, only hands batches back until the end mark. */
    private volatile Throwable failure;
    /** Set by stage A when the replay fails: stage B then skips the batches still queued. */
    private volatile boolean abandoned;

    // Stage A's own fields.
    /** The events read but not yet taken into a batch, with their positions. */
    private final GenealogyEvent[] window = new GenealogyEvent[WINDOW_EVENTS];
    private final long[] windowPositions = new long[WINDOW_EVENTS];
    private int windowSize;
    /** The lots the window's events name, one event after the other, and their ids. */
    private LotId[] windowLots = new LotId[4 * WINDOW_EVENTS];
    private int[] windowIds = new int[4 * WINDOW_EVENTS];
    /** What stage A threw from the journal's callback, to tell it from what the journal throws. */
    private Throwable ownFailure;
    private ReplayBatch filling;
    private long edgeCount;
    private int receiptCount;
    private int shipmentCount;
    /** Whether stage B runs; false once the replay went on on the caller's thread alone. */
    private boolean pipelined = true;

    private final int batchEvents;

    private JournalReplay(GraphState state, int batchEvents) {
        this.state = state;
        this.batchEvents = batchEvents;
        worker = new Thread(this::applyBatches, WORKER_NAME);
        worker.setDaemon(true);
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
        for (int i = 0; i < BATCHES; i++) {
            emptied.add(new ReplayBatch(batchEvents));
        }
        filling = emptied.remove();
        worker.start();
        try {
            try {
                journal.replay(this);
            } catch (RuntimeException | Error e) {
                if (e != ownFailure) {
                    // The journal failed: the events read before still come first, as on one thread.
                    takeWindow();
                }
                throw e;
            }
            takeWindow();
            if (pipelined) {
                foldWithWorker();
            }
        } catch (RuntimeException | Error e) {
            if (pipelined) {
                endWorker(true);
                Throwable alsoFailed = failure;
                if (alsoFailed != null && alsoFailed != e) {
                    e.addSuppressed(alsoFailed);
                }
            }
            throw e;
        }
    }

    /**
     * Stage A, after the last event: hands stage B the last batch and the fold mark, waits for the mark to come back
     * (every event is applied then), rebuilds the incoming edge rows while stage B rebuilds the outgoing ones, and
     * waits for the worker to end.
     */
    private void foldWithWorker() {
        if (!filling.isEmpty()) {
            toApply.add(filling);
        }
        toApply.add(FOLD);
        while (takeEmptied() != FOLD) {
            // A batch stage B has applied; none is needed any more.
        }
        rethrowFailure();
        boolean folding = state.edges.hasPending();
        if (folding) {
            state.edges.rebaseRows(false);
        }
        pipelined = false;
        join();
        rethrowFailure();
        if (folding) {
            state.edges.endRebase();
        }
    }

    /** Stage A: takes an event into the window, and the window's events into a batch once it is full. */
    @Override
    public void visit(long position, GenealogyEvent event) {
        if (!pipelined) {
            applyAt(state, position, event);
            return;
        }
        window[windowSize] = event;
        windowPositions[windowSize++] = position;
        if (windowSize == WINDOW_EVENTS) {
            try {
                takeWindow();
            } catch (RuntimeException | Error e) {
                ownFailure = e;
                throw e;
            }
        }
    }

    /**
     * Stage A: finds the lots of every event in the window together ({@link LotTable#findAll}: the cache misses of
     * all their lookups in flight at once, where one event's lots are few), then, event by event in journal order,
     * checks the event, registers its new lots and queues it for stage B. A lot found absent is looked up again if
     * an earlier event of the window added lots, since it may have been one of them.
     */
    private void takeWindow() {
        // Emptied first: a failure below must not leave the window to be taken again.
        int size = windowSize;
        windowSize = 0;
        int lotCount = 0;
        for (int e = 0; e < size; e++) {
            GenealogyEvent event = window[e];
            int count = GraphState.lotCount(event);
            if (windowLots.length < lotCount + count) {
                windowLots = Arrays.copyOf(windowLots, 2 * (lotCount + count));
                windowIds = new int[windowLots.length];
            }
            for (int i = 0; i < count; i++) {
                windowLots[lotCount++] = GraphState.lotAt(event, i);
            }
        }
        LotTable lots = state.lots;
        int lotsBefore = lots.size();
        lots.findAll(windowLots, lotCount, windowIds);
        int from = 0;
        for (int e = 0; e < size; e++) {
            GenealogyEvent event = window[e];
            int count = GraphState.lotCount(event);
            if (!pipelined) {
                applyAt(state, windowPositions[e], event);
                continue;
            }
            for (int i = from; i < from + count; i++) {
                if (windowIds[i] < 0 && lots.size() != lotsBefore) {
                    windowIds[i] = lots.find(windowLots[i]);
                }
            }
            take(windowPositions[e], event, from, count);
            from += count;
        }
        Arrays.fill(window, 0, size, null);
        Arrays.fill(windowLots, 0, lotCount, null);
    }

    /** Stage A: checks an event whose lots were found, registers its new lots and queues it for stage B. */
    private void take(long position, GenealogyEvent event, int from, int count) {
        long newEdges = GraphState.newEdges(event);
        if (edgeCount + newEdges > EdgeStore.MAX_UNPACKED_QUANTITIES) {
            endWorker(false);
            pipelined = false;
            rethrowFailure();
            applyAt(state, position, event);
            return;
        }
        try {
            state.checkUnits(event, windowIds, from, count);
        } catch (IllegalArgumentException e) {
            throw refused(position, e);
        }
        state.checkElements(count, receiptCount, shipmentCount);
        state.register(event, windowIds, from, count);
        edgeCount += newEdges;
        receiptCount += event instanceof Receive ? 1 : 0;
        shipmentCount += event instanceof Ship ? 1 : 0;
        filling.add(event, windowIds, from, count);
        if (filling.isFull()) {
            rethrowFailure();
            // Never blocks: the queue has room for every batch and the end mark.
            toApply.add(filling);
            filling = takeEmptied();
        }
    }

    /**
     * Stage A: hands stage B the batch being filled, unless {@code abandon} (then stage B skips what is queued),
     * and the end mark, and waits for the worker to end.
     */
    private void endWorker(boolean abandon) {
        abandoned = abandon;
        if (!abandon && !filling.isEmpty()) {
            toApply.add(filling);
        }
        toApply.add(END);
        join();
    }

    private void join() {
        boolean interrupted = false;
        while (worker.isAlive()) {
            try {
                worker.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void rethrowFailure() {
        Throwable thrown = failure;
        if (thrown instanceof RuntimeException e) {
            throw e;
        } else if (thrown instanceof Error e) {
            throw e;
        } else if (thrown != null) {
            throw new IllegalStateException("the replay worker failed", thrown);
        }
    }

    /** Stage A: waits for stage B to hand back a batch; fails if stage B failed meanwhile. */
    private ReplayBatch takeEmptied() {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    ReplayBatch batch = emptied.poll(WAIT_MILLIS, TimeUnit.MILLISECONDS);
                    if (batch != null) {
                        return batch;
                    }
                } catch (InterruptedException e) {
                    interrupted = true;
                }
                rethrowFailure();
                if (!worker.isAlive()) {
                    throw new IllegalStateException("the replay worker ended before the replay");
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Stage B, the worker's loop: applies each batch in turn and hands it back, until the end mark. */
    private void applyBatches() {
        while (true) {
            ReplayBatch batch;
            try {
                batch = toApply.take();
            } catch (InterruptedException e) {
                // Only the replay owns this thread; the caller's wait is what an interrupt should end.
                continue;
            }
            if (batch == END) {
                return;
            }
            if (batch == FOLD) {
                emptied.add(FOLD);
                if (failure == null && state.edges.hasPending()) {
                    try {
                        state.edges.rebaseRows(true);
                    } catch (RuntimeException | Error e) {
                        failure = e;
                    }
                }
                return;
            }
            if (failure == null && !abandoned) {
                try {
                    batch.applyTo(state);
                } catch (RuntimeException | Error e) {
                    failure = e;
                }
            }
            batch.clear();
            emptied.add(batch);
        }
    }
}
