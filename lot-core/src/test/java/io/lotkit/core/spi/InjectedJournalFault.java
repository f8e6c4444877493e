package io.lotkit.core.spi;

/**
 * The failure a {@link FaultInjectingJournal} throws instead of appending: a {@link JournalException}, as a real
 * storage failure would be, that a test can still tell apart from one.
 *
 * <p>Immutable and thread-safe.
 */
public class InjectedJournalFault extends JournalException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the fault.
     *
     * @param message which append call failed
     */
    public InjectedJournalFault(String message) {
        super(message);
    }
}
