package io.lotkit.core.journal;

import io.lotkit.core.spi.JournalException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks a journal file when it is opened and repairs the one kind of damage a crash can cause.
 *
 * <p>Every append writes whole lines at the end of the file and is acknowledged only after they are forced to
 * disk, so a crash can damage only the last line: it may lack its newline, or hold a prefix of a record followed
 * by whatever the disk kept. Such a torn last line was never acknowledged; it is cut off, with a WARN naming the
 * file, the byte offset and the number of bytes dropped. A damaged line anywhere else, or an intact line out of
 * sequence, is corruption and fails the open with a {@link JournalCorruptedException}.
 *
 * <p>Not thread-safe; used once, by {@link FileJournal#open}, before the journal is shared.
 */
final class Recovery {

    private static final Logger LOG = LoggerFactory.getLogger(FileJournal.class);

    /** What the file holds after recovery. */
    record State(long nextPosition, long size) {
    }

    private Recovery() {
    }

    /**
     * Scans the file, verifying every record, and truncates a torn last line.
     *
     * @param file the file's path, for messages
     * @param channel the open, locked file
     * @param parser reads the records
     * @param sync whether to force a truncation to disk
     * @return the number of events stored and the file size after recovery
     * @throws JournalCorruptedException if a line other than the last is damaged, or a line is out of sequence
     * @throws IOException if the file cannot be read or truncated
     */
    static State recover(Path file, FileChannel channel, RecordParser parser, SyncPolicy sync) throws IOException {
        long size = channel.size();
        LineScanner lines = new LineScanner(channel, size);
        long nextPosition = 0;
        long validEnd = 0;
        while (lines.next()) {
            try {
                if (!lines.terminated()) {
                    throw new BadRecordException("last line has no newline", false);
                }
                nextPosition += parser.readHeader(lines.buffer(), lines.lineStart(), lines.lineLength(),
                        nextPosition);
                validEnd = lines.lineEnd();
            } catch (BadRecordException e) {
                boolean lastLine = lines.lineEnd() == size;
                if (!lastLine || e.intact()) {
                    throw new JournalCorruptedException(file, lines.lineNumber(), lines.lineOffset(), e.getMessage());
                }
                cutTornTail(file, channel, sync, validEnd, size, lines.lineNumber(), e.getMessage());
                return new State(nextPosition, validEnd);
            }
        }
        return new State(nextPosition, validEnd);
    }

    private static void cutTornTail(Path file, FileChannel channel, SyncPolicy sync, long validEnd, long size,
            long lineNumber, String reason) throws IOException {
        channel.truncate(validEnd);
        if (sync == SyncPolicy.FORCE) {
            channel.force(true);
        }
        if (channel.size() != validEnd) {
            throw new JournalException("could not truncate the torn last line of journal " + file + " at byte offset "
                    + validEnd);
        }
        LOG.warn("Journal {}: dropped the torn last line {} at byte offset {} ({} bytes: {}); it was never "
                + "acknowledged, as an append interrupted by a crash", file, lineNumber, validEnd, size - validEnd,
                reason);
    }
}
