package io.lotkit.core.journal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.Arrays;

/**
 * Streams the lines of a file region through one reusable buffer, so that reading a journal needs memory for its
 * longest line, not for the file. The buffer grows only for a line longer than it.
 *
 * <p>Not thread-safe: one scanner serves one reader.
 */
final class LineScanner {

    private static final int INITIAL_BUFFER = 64 * 1024;

    private final FileChannel channel;
    private final long limit;
    private byte[] buffer = new byte[INITIAL_BUFFER];
    /** File offset of {@code buffer[0]}. */
    private long bufferOffset;
    /** Bytes of {@code buffer} holding file data. */
    private int filled;
    /** Start, in the buffer, of the line after the current one. */
    private int next;
    private int lineStart;
    private int lineLength;
    private boolean terminated;
    private long lineNumber;

    /**
     * Creates a scanner over the bytes {@code [0, limit)} of a file.
     *
     * @param channel the file; read with positional reads, so its position is not used
     * @param limit where the scan stops
     */
    LineScanner(FileChannel channel, long limit) {
        this.channel = channel;
        this.limit = limit;
    }

    /**
     * Advances to the next line.
     *
     * @return {@code false} if the region has no more bytes
     * @throws IOException if the file cannot be read
     */
    boolean next() throws IOException {
        int searchFrom = next;
        while (true) {
            int newline = indexOfNewline(searchFrom);
            if (newline >= 0) {
                return setLine(newline - next, true, newline + 1);
            }
            if (bufferOffset + filled >= limit) {
                return filled > next && setLine(filled - next, false, filled);
            }
            // refill() moves the unread bytes to the front, so the bytes already searched end at filled - next.
            searchFrom = filled - next;
            refill();
        }
    }

    /** The buffer holding the current line. Valid until the next call to {@link #next()}. */
    byte[] buffer() {
        return buffer;
    }

    /** Where the current line starts in {@link #buffer()}. */
    int lineStart() {
        return lineStart;
    }

    /** The current line's length, without its newline. */
    int lineLength() {
        return lineLength;
    }

    /** Whether the current line ends with a newline (only the last line of the region may not). */
    boolean terminated() {
        return terminated;
    }

    /** The current line's number, counting from 1. */
    long lineNumber() {
        return lineNumber;
    }

    /** The file offset of the current line's first byte. */
    long lineOffset() {
        return bufferOffset + lineStart;
    }

    /** The file offset just after the current line and its newline, if any. */
    long lineEnd() {
        return bufferOffset + next;
    }

    private boolean setLine(int length, boolean endsWithNewline, int after) {
        lineStart = next;
        lineLength = length;
        terminated = endsWithNewline;
        next = after;
        lineNumber++;
        return true;
    }

    private int indexOfNewline(int from) {
        for (int i = from; i < filled; i++) {
            if (buffer[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    /** Moves the unread bytes to the front of the buffer, growing it if they fill it, and reads more. */
    private void refill() throws IOException {
        int unread = filled - next;
        if (next > 0) {
            System.arraycopy(buffer, next, buffer, 0, unread);
        } else if (unread == buffer.length) {
            buffer = Arrays.copyOf(buffer, buffer.length * 2);
        }
        bufferOffset += next;
        next = 0;
        filled = unread;
        int room = (int) Math.min(buffer.length - filled, limit - (bufferOffset + filled));
        ByteBuffer target = ByteBuffer.wrap(buffer, filled, room);
        // An interrupt arriving during a FileChannel read would close the journal's channel for every thread, so a
        // pending interrupt is set aside for the read and restored afterwards.
        boolean interrupted = Thread.interrupted();
        try {
            while (target.hasRemaining()) {
                int read = channel.read(target, bufferOffset + target.position());
                if (read < 0) {
                    throw new IOException("file ended at byte " + (bufferOffset + target.position())
                            + " before the expected " + limit);
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
        filled += room;
    }
}
