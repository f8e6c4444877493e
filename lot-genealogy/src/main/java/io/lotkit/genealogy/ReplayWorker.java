package io.lotkit.genealogy;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The second stage of a pipelined {@link JournalReplay}: one daemon thread, {@value #NAME}, that applies the batches
 * of events the first stage has taken ({@link GraphState#applyRegistered}), in journal order, and at the end
 * rebuilds the outgoing edge rows while the first stage rebuilds the incoming ones.
 *
 * <p>The first stage talks to it through two queues: batches to apply (or the fold or end mark) to the worker,
 * emptied batches back. Their hand-offs order each side's writes before the other's reads;
 * {@link #end} and {@link #fold} wait for the thread to end, so the caller then sees all it wrote. What the worker
 * throws is kept ({@link #rethrowFailure}); it then applies nothing more, only hands batches back until the end.
 *
 * <p>The methods other than the thread's own loop are called by the first stage only, on one thread.
 */
final class ReplayWorker {

    static final String NAME = "lotkit-genealogy-replay";
    /** Handed back by the worker once it has applied every batch before the fold mark. */
    private static final ReplayBatch FOLDED = new ReplayBatch(0);
    /** The worker ends on it, applying nothing queued after. */
    private static final ReplayBatch END = new ReplayBatch(0);
    /** The worker hands back {@link #FOLDED}, rebuilds the outgoing edge rows, and ends. */
    private static final ReplayBatch FOLD = new ReplayBatch(0);
    /** How often the first stage, waiting for an emptied batch, checks that the worker still runs. */
    private static final long WAIT_MILLIS = 50;

    private final GraphState state;
    private final BlockingQueue<ReplayBatch> tasks;
    private final BlockingQueue<ReplayBatch> emptied;
    private final Thread thread;
    private volatile Throwable failure;
    /** Set when the replay has failed: the worker then skips the tasks still queued. */
    private volatile boolean abandoned;

    /** Creates a worker, not yet started, with {@code batches} batches of {@code batchEvents} events to go round. */
    ReplayWorker(GraphState state, int batches, int batchEvents) {
        this.state = state;
        // Room for every batch, with the fold and end marks after them.
        tasks = new ArrayBlockingQueue<>(batches + 2);
        emptied = new ArrayBlockingQueue<>(batches + 1);
        for (int i = 0; i < batches; i++) {
            emptied.add(new ReplayBatch(batchEvents));
        }
        thread = new Thread(this::run, NAME);
        thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    /** Queues a batch whose events are taken, to be applied, unless the worker has failed. Never blocks. */
    void apply(ReplayBatch batch) {
        rethrowFailure();
        tasks.add(batch);
    }

    /** Waits for the worker to hand back a batch; fails if the worker failed meanwhile. */
    ReplayBatch takeEmptied() {
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
                if (!thread.isAlive()) {
                    throw new IllegalStateException("the replay worker ended before the replay");
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * After the last batch: waits for the worker to have applied every batch, rebuilds the incoming edge rows
     * while it rebuilds the outgoing ones, and waits for it to end; throws what it threw.
     */
    void fold() {
        tasks.add(FOLD);
        while (takeEmptied() != FOLDED) {
            // A batch the worker has applied; none is needed any more.
        }
        rethrowFailure();
        boolean folding = state.edges.hasPending();
        if (folding) {
            state.edges.rebaseRows(false);
        }
        join();
        rethrowFailure();
        if (folding) {
            state.edges.endRebase();
        }
    }

    /**
     * Ends the worker after the tasks queued, or, if {@code abandon}, skipping them (the replay has failed), and
     * waits for it to end.
     */
    void end(boolean abandon) {
        abandoned = abandon;
        tasks.add(END);
        join();
    }

    /** What the worker threw, or {@code null}. */
    Throwable failure() {
        return failure;
    }

    /** Throws what the worker threw, if it threw. */
    void rethrowFailure() {
        Throwable thrown = failure;
        if (thrown instanceof RuntimeException e) {
            throw e;
        } else if (thrown instanceof Error e) {
            throw e;
        } else if (thrown != null) {
            throw new IllegalStateException("the replay worker failed", thrown);
        }
    }

    private void join() {
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** The worker's loop: applies each batch in turn, until the end or fold mark. */
    private void run() {
        while (true) {
            ReplayBatch batch;
            try {
                batch = tasks.take();
            } catch (InterruptedException e) {
                // Only the replay owns this thread; the caller's wait is what an interrupt should end.
                continue;
            }
            if (batch == END) {
                return;
            }
            if (batch == FOLD) {
                emptied.add(FOLDED);
                if (failure == null && state.edges.hasPending()) {
                    attempt(() -> state.edges.rebaseRows(true));
                }
                return;
            }
            attempt(() -> batch.applyTo(state));
            batch.clear();
            emptied.add(batch);
        }
    }

    /** Runs a step unless the worker failed or the replay was abandoned; keeps what it throws. */
    private void attempt(Runnable step) {
        if (failure != null || abandoned) {
            return;
        }
        try {
            step.run();
        } catch (RuntimeException | Error e) {
            failure = e;
        }
    }
}
