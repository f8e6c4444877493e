package io.lotkit.core.journal;

import io.lotkit.core.spi.JournalException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Writes encoded appends to the end of the journal file, one line each, and acknowledges them once they are
 * durable; owns the journal's committed state (next position and file size).
 *
 * <p>Group commit: an appender queues its record; if no batch is being written it becomes the writer, takes every
 * queued record, assigns their positions, writes them with one write and one force, and wakes the appenders
 * waiting on that batch. Appenders arriving meanwhile queue up for the next batch, so under load one force
 * acknowledges many appends. Positions are assigned only by the writer, in queue order, and the committed state
 * moves only after the force succeeds, so a replay never sees a record that is not yet acknowledged.
 *
 * <p>A failed batch is truncated away and every append in it fails; if the truncation fails too, the file's end
 * is uncertain and every later append is refused.
 *
 * <p>Safe for concurrent use.
 */
final class GroupCommit {

    /** The acknowledged part of the file. */
    record Committed(long nextPosition, long size) {
    }

    /** One append waiting in the queue; its fields are guarded by the mutex. */
    private static final class Pending {
        final byte[] events;
        final int count;
        long first;
        boolean done;
        String failure;
        Throwable cause;

        Pending(byte[] events, int count) {
            this.events = events;
            this.count = count;
        }
    }

    private static final int RETAINED_BUFFER = 1 << 20;

    private final Path file;
    private final FileChannel channel;
    private final SyncPolicy sync;
    private final ReentrantLock mutex = new ReentrantLock();
    private final Condition batchFinished = mutex.newCondition();
    private final ArrayDeque<Pending> queue = new ArrayDeque<>();
    /** Used only by the current writer. */
    private RecordFormat.RecordBuffer lines = new RecordFormat.RecordBuffer(8 * 1024);

    // Guarded by mutex.
    private long nextPosition;
    private long size;
    private boolean writing;
    private boolean closed;
    private JournalException failed;

    GroupCommit(Path file, FileChannel channel, SyncPolicy sync, long nextPosition, long size) {
        this.file = file;
        this.channel = channel;
        this.sync = sync;
        this.nextPosition = nextPosition;
        this.size = size;
    }

    /** Throws if appends are refused, so that an append fails before encoding its events. */
    void checkWritable() {
        mutex.lock();
        try {
            ensureWritable();
        } finally {
            mutex.unlock();
        }
    }

    /**
     * Writes one record and waits until it is durable.
     *
     * @return the position of the record's first event
     * @throws JournalException if the record could not be stored; then nothing of it is in the file
     */
    long commit(byte[] events, int count) {
        Pending pending = new Pending(events, count);
        mutex.lock();
        try {
            ensureWritable();
            queue.add(pending);
            while (!pending.done) {
                if (writing) {
                    batchFinished.awaitUninterruptibly();
                } else {
                    writeQueuedBatch();
                }
            }
        } finally {
            mutex.unlock();
        }
        if (pending.failure != null) {
            throw new JournalException(pending.failure, pending.cause);
        }
        return pending.first;
    }

    /** Returns the acknowledged state. */
    Committed committed() {
        mutex.lock();
        try {
            ensureOpen();
            return new Committed(nextPosition, size);
        } finally {
            mutex.unlock();
        }
    }

    /**
     * Stops appends: waits for the batch being written and fails the appends still queued.
     *
     * @return {@code false} if already closed
     */
    boolean close() {
        mutex.lock();
        try {
            if (closed) {
                return false;
            }
            closed = true;
            while (writing) {
                batchFinished.awaitUninterruptibly();
            }
            List<Pending> abandoned = new ArrayList<>(queue);
            queue.clear();
            finish(abandoned, "journal " + file + " was closed before the append was written; nothing was stored",
                    null);
            return true;
        } finally {
            mutex.unlock();
        }
    }

    /** Called with the mutex held; releases it while writing, and holds it again on return. */
    private void writeQueuedBatch() {
        List<Pending> batch = new ArrayList<>(queue);
        queue.clear();
        if (closed || failed != null) {
            String reason = closed ? "journal " + file + " was closed" : failed.getMessage();
            finish(batch, reason + "; nothing was stored", failed);
            return;
        }
        long first = nextPosition;
        for (Pending pending : batch) {
            pending.first = first;
            first += pending.count;
        }
        long start = size;
        writing = true;
        Throwable error = null;
        Throwable rollbackError = null;
        long written = 0;
        mutex.unlock();
        try {
            written = writeAndForce(batch, start);
        } catch (Throwable e) { // anything, even an Error: the waiting appenders must learn their fate
            error = e;
            rollbackError = rollback(start);
        } finally {
            mutex.lock();
            writing = false;
        }
        if (error == null) {
            nextPosition = first;
            size = start + written;
            finish(batch, null, null);
            return;
        }
        String message = "could not append to journal " + file + "; nothing was stored: " + error;
        if (rollbackError != null) {
            error.addSuppressed(rollbackError);
            failed = new JournalException("journal " + file + " refuses appends: a failed append could not be "
                    + "truncated away (" + rollbackError + "), so the end of the file is uncertain; close and reopen "
                    + "the journal to recover", error);
            message = "could not append to journal " + file + ", nor remove what was written of it (" + rollbackError
                    + "); reopening the journal cuts it off: " + error;
        }
        finish(batch, message, error);
        if (error instanceof Error) {
            throw (Error) error;
        }
    }

    private long writeAndForce(List<Pending> batch, long start) throws IOException {
        RecordFormat.RecordBuffer buffer = lines;
        buffer.reset();
        for (Pending pending : batch) {
            RecordFormat.writeLine(buffer, pending.first, pending.count, pending.events);
        }
        long written = buffer.size();
        if (written > RETAINED_BUFFER) {
            lines = new RecordFormat.RecordBuffer(8 * 1024);
        }
        ByteBuffer bytes = buffer.asByteBuffer();
        // An interrupt arriving during FileChannel I/O closes the channel for every thread, so a pending interrupt
        // of this (writing) thread is set aside for the write and force, and restored afterwards.
        boolean interrupted = Thread.interrupted();
        try {
            while (bytes.hasRemaining()) {
                channel.write(bytes, start + bytes.position());
            }
            if (sync == SyncPolicy.FORCE) {
                channel.force(true);
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
        return written;
    }

    /** Truncates the file back to {@code size}; returns what went wrong, or {@code null}. */
    private Throwable rollback(long size) {
        boolean interrupted = Thread.interrupted();
        try {
            channel.truncate(size);
            if (channel.size() != size) {
                throw new IOException("the file is still " + channel.size() + " bytes long after truncating it to "
                        + size);
            }
            channel.force(true);
            return null;
        } catch (IOException | RuntimeException e) {
            return e;
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void finish(List<Pending> batch, String failure, Throwable cause) {
        for (Pending pending : batch) {
            pending.failure = failure;
            pending.cause = cause;
            pending.done = true;
        }
        batchFinished.signalAll();
    }

    private void ensureWritable() {
        ensureOpen();
        if (failed != null) {
            throw new JournalException(failed.getMessage(), failed);
        }
    }

    private void ensureOpen() {
        if (closed) {
            throw new JournalException("journal " + file + " is closed");
        }
    }
}
