package io.lotkit.core.journal;

import io.lotkit.core.spi.JournalException;
import java.nio.file.Path;

/**
 * A journal file holds a damaged record that is not its last line, so it cannot be the trace of a crash in the
 * middle of an append: the file was changed or damaged after it was written. The journal refuses to open (or to
 * replay past the record) rather than skip it, because skipping would silently lose acknowledged events.
 *
 * <p>Immutable and thread-safe.
 */
public class JournalCorruptedException extends JournalException {

    private static final long serialVersionUID = 1L;

    /** The journal file, as text, since {@link Path} is not serializable. */
    private final String file;

    /** The damaged line's number, counting from 1. */
    private final long lineNumber;

    /** The file offset of the damaged line's first byte. */
    private final long byteOffset;

    /**
     * Creates an exception.
     *
     * @param file the journal file
     * @param lineNumber the damaged line's number, counting from 1
     * @param byteOffset the file offset of the damaged line's first byte
     * @param reason what is wrong with the line
     */
    public JournalCorruptedException(Path file, long lineNumber, long byteOffset, String reason) {
        super("corrupt record in journal " + file + " at line " + lineNumber + " (byte offset " + byteOffset
                + "): " + reason);
        this.file = file.toString();
        this.lineNumber = lineNumber;
        this.byteOffset = byteOffset;
    }

    /**
     * Returns the journal file.
     *
     * @return the file
     */
    public Path file() {
        return Path.of(file);
    }

    /**
     * Returns the damaged line's number.
     *
     * @return the line number, counting from 1
     */
    public long lineNumber() {
        return lineNumber;
    }

    /**
     * Returns where the damaged line starts.
     *
     * @return the file offset of the line's first byte
     */
    public long byteOffset() {
        return byteOffset;
    }
}
