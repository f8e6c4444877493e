package io.lotkit.core.journal;

import com.fasterxml.jackson.core.JsonFactory;
import io.lotkit.core.spi.EventCodec;
import io.lotkit.core.spi.Journal;
import io.lotkit.core.spi.JournalException;
import io.lotkit.core.spi.JournalVisitor;
import java.io.IOException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * The embedded default journal: an append-only file of JSON Lines, forced to disk before an append is
 * acknowledged, so Lotkit keeps its state across restarts with no database at all.
 *
 * <p><b>File format.</b> Each {@linkplain #append(List) append} is one line, UTF-8, holding the position of its
 * first event, the number of events, the events themselves as the JSON values the {@link EventCodec} produced, and
 * a CRC-32 of everything before the checksum field:
 *
 * <pre>{@code
 * {"first":3,"count":2,"events":[{"lot":"L-17","qty":"5.000"},{"lot":"L-18","qty":"2"}],"crc32":"f57d6e9d"}
 * }</pre>
 *
 * <p>The codec's text for each event must be exactly one JSON value, and must decode again; an append whose
 * events fail either check throws before anything is written, so the file never holds an event it cannot replay.
 *
 * <p><b>Durability.</b> With the default {@link SyncPolicy#FORCE}, {@code append} returns only after its record
 * has been written and forced to the storage device ({@link FileChannel#force(boolean)}), so an acknowledged
 * append survives a crash of the process, the operating system or the power. Appends that arrive while another
 * is being forced are written and forced together (group commit): one force acknowledges all of them, and each
 * still gets its own line and its own contiguous positions. A failed append (the codec throws, or writing or
 * forcing fails) leaves nothing behind: the file is truncated back to its previous size. If even that fails the
 * journal enters a failed state and refuses appends until it is closed and opened again.
 *
 * <p><b>Recovery.</b> Opening the file checks every record's checksum and sequence. A torn last line, the trace of a
 * crash in the middle of an append that was therefore never acknowledged, is cut off with a WARN naming the file,
 * the byte offset and the bytes dropped. A damaged record anywhere else is corruption: the open fails with a
 * {@link JournalCorruptedException} naming the line and byte offset, and nothing is skipped.
 *
 * <p><b>Replay</b> streams the file through a small buffer and visits exactly the records acknowledged when it
 * started; each event's JSON is located with the parser's offsets and handed to the codec as it was written.
 *
 * <p><b>Thread-safety and locking.</b> Safe for concurrent use: appends are serialized, and a replay may run
 * beside appends (a visitor may even append to the journal it replays). The file is locked with
 * {@link FileChannel#tryLock()} while the journal is open, so a second journal, in this process or another,
 * cannot open it. Interrupting a thread that is blocked in file I/O closes the underlying channel (a property of
 * {@link FileChannel}); the journal clears a pending interrupt before each I/O call to avoid this, and if it
 * happens anyway the append fails and the journal refuses further appends until it is reopened.
 *
 * @param <E> the event type
 */
public final class FileJournal<E> implements Journal<E> {

    private static final JsonFactory JSON = new JsonFactory();

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;
    private final EventCodec<E> codec;
    private final EventEncoder<E> encoder;
    private final RecordParser parser;
    private final GroupCommit commits;

    private FileJournal(Path file, FileChannel channel, FileLock lock, EventCodec<E> codec, SyncPolicy sync,
            Recovery.State recovered) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
        this.codec = codec;
        this.encoder = new EventEncoder<>(codec, JSON);
        this.parser = new RecordParser(JSON);
        this.commits = new GroupCommit(file, channel, sync, recovered.nextPosition(), recovered.size());
    }

    /**
     * Opens a journal file, creating it if it does not exist, with every append forced to disk before it is
     * acknowledged ({@link SyncPolicy#FORCE}).
     *
     * @param file the journal file; its directory must exist
     * @param codec turns events into JSON values and back
     * @param <E> the event type
     * @return the open journal, recovered from a torn last line if the last run crashed
     * @throws IllegalArgumentException if an argument is {@code null}
     * @throws JournalCorruptedException if a record other than the last is damaged
     * @throws JournalException if the file cannot be opened, read or locked, or another journal holds its lock
     */
    public static <E> FileJournal<E> open(Path file, EventCodec<E> codec) {
        return open(file, codec, SyncPolicy.FORCE);
    }

    /**
     * Opens a journal file, creating it if it does not exist.
     *
     * @param file the journal file; its directory must exist
     * @param codec turns events into JSON values and back
     * @param sync when appends are forced to disk
     * @param <E> the event type
     * @return the open journal, recovered from a torn last line if the last run crashed
     * @throws IllegalArgumentException if an argument is {@code null}
     * @throws JournalCorruptedException if a record other than the last is damaged
     * @throws JournalException if the file cannot be opened, read or locked, or another journal holds its lock
     */
    public static <E> FileJournal<E> open(Path file, EventCodec<E> codec, SyncPolicy sync) {
        return open(file, codec, sync,
                path -> FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.READ,
                        StandardOpenOption.WRITE));
    }

    static <E> FileJournal<E> open(Path file, EventCodec<E> codec, SyncPolicy sync, ChannelOpener opener) {
        requireNonNull(file, "file");
        requireNonNull(codec, "codec");
        requireNonNull(sync, "sync");
        Path path = file.toAbsolutePath();
        boolean created = !Files.exists(path);
        FileChannel channel;
        try {
            channel = opener.open(path);
        } catch (IOException e) {
            throw new JournalException("cannot open journal file " + path + ": " + e, e);
        }
        try {
            FileLock lock = lockOrFail(path, channel);
            Recovery.State recovered = Recovery.recover(path, channel, new RecordParser(JSON), sync);
            if (created && sync == SyncPolicy.FORCE) {
                syncDirectory(path.getParent());
            }
            return new FileJournal<>(path, channel, lock, codec, sync, recovered);
        } catch (IOException | RuntimeException e) {
            try {
                channel.close();
            } catch (IOException closing) {
                e.addSuppressed(closing);
            }
            if (e instanceof RuntimeException) {
                throw (RuntimeException) e;
            }
            throw new JournalException("cannot read journal file " + path + ": " + e, e);
        }
    }

    /**
     * Returns the journal file.
     *
     * @return the absolute path of the file
     */
    public Path file() {
        return file;
    }

    @Override
    public long append(List<? extends E> events) {
        if (events == null || events.isEmpty()) {
            throw new IllegalArgumentException("events must not be null or empty");
        }
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i) == null) {
                throw new IllegalArgumentException("events[" + i + "] is null");
            }
        }
        commits.checkWritable();
        return commits.commit(encoder.encode(events), events.size());
    }

    @Override
    public void replay(long fromPosition, JournalVisitor<? super E> visitor) {
        if (fromPosition < 0) {
            throw new IllegalArgumentException("fromPosition must not be negative: " + fromPosition);
        }
        requireNonNull(visitor, "visitor");
        GroupCommit.Committed committed = commits.committed();
        if (fromPosition >= committed.nextPosition()) {
            return;
        }
        LineScanner lines = new LineScanner(channel, committed.size());
        long position = 0;
        try {
            while (lines.next()) {
                position += replayLine(lines, position, fromPosition, visitor);
            }
        } catch (BadRecordException e) {
            throw new JournalCorruptedException(file, lines.lineNumber(), lines.lineOffset(), e.getMessage());
        } catch (ClosedChannelException e) {
            throw new JournalException("journal " + file + " was closed during a replay", e);
        } catch (IOException e) {
            throw new JournalException("cannot read journal " + file + ": " + e, e);
        }
    }

    /** Replays the events of one line at or after {@code fromPosition}; returns the line's event count. */
    private int replayLine(LineScanner lines, long position, long fromPosition, JournalVisitor<? super E> visitor)
            throws BadRecordException {
        byte[] buffer = lines.buffer();
        int start = lines.lineStart();
        int length = lines.lineLength();
        if (!lines.terminated()) {
            throw new BadRecordException("acknowledged record has no newline", false);
        }
        if (position < fromPosition) {
            int count = parser.readHeader(buffer, start, length, position);
            if (position + count <= fromPosition) {
                return count;
            }
        }
        return parser.readEvents(buffer, start, length, position, (eventPosition, line, offset, size) -> {
            if (eventPosition >= fromPosition) {
                visitor.visit(eventPosition, decode(lines, eventPosition, line, offset, size));
            }
        });
    }

    private E decode(LineScanner lines, long position, byte[] line, int offset, int length) {
        E event;
        try {
            event = codec.decode(new String(line, offset, length, StandardCharsets.UTF_8));
        } catch (RuntimeException e) {
            throw new JournalException("cannot decode the event at position " + position + " of journal " + file
                    + " (line " + lines.lineNumber() + ", byte offset " + lines.lineOffset() + "): "
                    + e.getMessage(), e);
        }
        if (event == null) {
            throw new JournalException("the event at position " + position + " of journal " + file + " (line "
                    + lines.lineNumber() + ", byte offset " + lines.lineOffset() + ") decoded to null");
        }
        return event;
    }

    @Override
    public long nextPosition() {
        return commits.committed().nextPosition();
    }

    /**
     * Closes the journal: waits for an append being written, fails appends still waiting, releases the file lock
     * and closes the file. Closing twice is allowed.
     *
     * @throws JournalException if the file or its lock could not be released
     */
    @Override
    public void close() {
        if (!commits.close()) {
            return;
        }
        IOException failure = null;
        try {
            lock.release();
        } catch (IOException e) {
            failure = e;
        }
        try {
            channel.close();
        } catch (IOException e) {
            if (failure == null) {
                failure = e;
            } else {
                failure.addSuppressed(e);
            }
        }
        if (failure != null) {
            throw new JournalException("could not close journal " + file + ": " + failure, failure);
        }
    }

    /**
     * Returns a description naming the file.
     *
     * @return a description of this journal
     */
    @Override
    public String toString() {
        return "FileJournal[" + file + "]";
    }

    private static FileLock lockOrFail(Path path, FileChannel channel) throws IOException {
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            throw new JournalException("journal file " + path + " is already open in this process", e);
        }
        if (lock == null) {
            throw new JournalException("journal file " + path + " is locked by another process");
        }
        return lock;
    }

    /** Forces a new file's directory entry to disk, so the file itself survives a crash, where the OS allows it. */
    private static void syncDirectory(Path directory) throws IOException {
        if (directory == null || System.getProperty("os.name", "").startsWith("Windows")) {
            // Windows cannot open a directory as a channel; its file system journals directory entries itself.
            return;
        }
        try (FileChannel dir = FileChannel.open(directory, StandardOpenOption.READ)) {
            dir.force(true);
        }
    }

    private static void requireNonNull(Object argument, String name) {
        if (argument == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
    }
}
