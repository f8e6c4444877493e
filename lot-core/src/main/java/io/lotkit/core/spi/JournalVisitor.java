package io.lotkit.core.spi;

/**
 * Receives the events of a journal during {@link Journal#replay(long, JournalVisitor) replay}.
 *
 * @param <E> the event type
 */
@FunctionalInterface
public interface JournalVisitor<E> {

    /**
     * Receives one event.
     *
     * @param position the event's position in the journal
     * @param event the event
     */
    void visit(long position, E event);
}
