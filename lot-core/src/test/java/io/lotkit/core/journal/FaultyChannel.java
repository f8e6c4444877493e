package io.lotkit.core.journal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.WritableByteChannel;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A file channel that passes everything to a real one, except the failures a test switches on: a write that
 * stores only some of its bytes and then fails, a failing force, a failing truncate.
 */
final class FaultyChannel extends FileChannel {

    private final FileChannel real;
    /** If non-negative, the next write stores at most this many bytes, then throws. */
    volatile int failWriteAfterBytes = -1;
    /** If set, the next force fails (once). */
    volatile boolean failNextForce;
    volatile boolean failTruncate;

    /** If positive, every write whose number (counting from 1) is a multiple of it stores nothing and throws. */
    volatile int failEveryNthWrite;
    private final AtomicInteger writes = new AtomicInteger();

    FaultyChannel(FileChannel real) {
        this.real = real;
    }

    void heal() {
        failWriteAfterBytes = -1;
        failNextForce = false;
        failTruncate = false;
        failEveryNthWrite = 0;
    }

    @Override
    public int write(ByteBuffer source, long position) throws IOException {
        int every = failEveryNthWrite;
        if (every > 0 && writes.incrementAndGet() % every == 0) {
            throw new IOException("injected: write failed");
        }
        int allowed = failWriteAfterBytes;
        if (allowed < 0) {
            return real.write(source, position);
        }
        ByteBuffer part = source.duplicate();
        part.limit(Math.min(source.limit(), source.position() + allowed));
        int written = real.write(part, position);
        source.position(source.position() + written);
        throw new IOException("injected: disk full after " + written + " bytes");
    }

    @Override
    public void force(boolean metaData) throws IOException {
        if (failNextForce) {
            failNextForce = false;
            throw new IOException("injected: force failed");
        }
        real.force(metaData);
    }

    @Override
    public FileChannel truncate(long size) throws IOException {
        if (failTruncate) {
            throw new IOException("injected: truncate failed");
        }
        real.truncate(size);
        return this;
    }

    @Override
    public int read(ByteBuffer target) throws IOException {
        return real.read(target);
    }

    @Override
    public long read(ByteBuffer[] targets, int offset, int length) throws IOException {
        return real.read(targets, offset, length);
    }

    @Override
    public int write(ByteBuffer source) throws IOException {
        throw new IOException("the journal writes at explicit positions only");
    }

    @Override
    public long write(ByteBuffer[] sources, int offset, int length) throws IOException {
        throw new IOException("the journal writes at explicit positions only");
    }

    @Override
    public long position() throws IOException {
        return real.position();
    }

    @Override
    public FileChannel position(long newPosition) throws IOException {
        real.position(newPosition);
        return this;
    }

    @Override
    public long size() throws IOException {
        return real.size();
    }

    @Override
    public long transferTo(long position, long count, WritableByteChannel target) throws IOException {
        return real.transferTo(position, count, target);
    }

    @Override
    public long transferFrom(ReadableByteChannel source, long position, long count) throws IOException {
        return real.transferFrom(source, position, count);
    }

    @Override
    public int read(ByteBuffer target, long position) throws IOException {
        return real.read(target, position);
    }

    @Override
    public MappedByteBuffer map(MapMode mode, long position, long size) throws IOException {
        return real.map(mode, position, size);
    }

    @Override
    public FileLock lock(long position, long size, boolean shared) throws IOException {
        return real.lock(position, size, shared);
    }

    @Override
    public FileLock tryLock(long position, long size, boolean shared) throws IOException {
        return real.tryLock(position, size, shared);
    }

    @Override
    protected void implCloseChannel() throws IOException {
        real.close();
    }
}
