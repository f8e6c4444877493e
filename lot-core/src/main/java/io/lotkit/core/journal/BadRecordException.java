package io.lotkit.core.journal;

/**
 * A line of the journal file is not a valid record. Package-private: {@link Recovery} and {@link FileJournal}
 * decide whether it is a torn last line or corruption, and throw the public exception that says where.
 */
final class BadRecordException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Whether the line is intact (its checksum holds) but out of sequence, which a torn write cannot cause. */
    private final boolean intact;

    BadRecordException(String reason, boolean intact) {
        super(reason, null, false, false);
        this.intact = intact;
    }

    boolean intact() {
        return intact;
    }
}
