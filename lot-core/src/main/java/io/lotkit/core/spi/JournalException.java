package io.lotkit.core.spi;

/**
 * A journal could not store or read events. When thrown by {@link Journal#append(java.util.List) append}, nothing
 * of that append was stored, so the caller must not apply the change in memory.
 */
public class JournalException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception with a message.
     *
     * @param message what failed, and where
     */
    public JournalException(String message) {
        super(message);
    }

    /**
     * Creates an exception with a message and a cause.
     *
     * @param message what failed, and where
     * @param cause the underlying failure
     */
    public JournalException(String message, Throwable cause) {
        super(message, cause);
    }
}
