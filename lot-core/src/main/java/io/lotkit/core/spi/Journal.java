package io.lotkit.core.spi;

import java.util.List;

/**
 * An append-only, ordered log of events: the one persistence interface a host implements for every stateful
 * Lotkit component (sequence counters, stock and reservations, the genealogy graph).
 *
 * <p>Every component follows one pattern: a change is an immutable event; the event is {@linkplain #append(List)
 * appended} here <em>before</em> it is applied in memory; on start the in-memory state is rebuilt by
 * {@linkplain #replay(long, JournalVisitor) replaying} the journal. The promises an implementation keeps, and
 * that Lotkit relies on, are checked by the contract test kit {@code io.lotkit.core.spi.JournalContract} in
 * lot-core's test-jar:
 *
 * <ul>
 *   <li><b>Order.</b> Events are numbered by a dense position, starting at 0, in the order they were appended;
 *       replay visits them in that order.
 *   <li><b>Atomicity.</b> An {@link #append(List)} of several events stores all of them or none; a failed append
 *       (one that throws) leaves nothing behind and does not move {@link #nextPosition()}.
 *   <li><b>Durability.</b> Once {@code append} returns, the events survive the journal being closed and opened
 *       again (for a durable implementation, a crash of the process as well).
 *   <li><b>Fidelity.</b> Replay yields events equal to those appended, exactly once each.
 * </ul>
 *
 * <p><b>Thread-safety:</b> implementations must be safe for concurrent use; concurrent appends are serialized
 * and each receives its own contiguous range of positions.
 *
 * @param <E> the event type; events must be immutable
 */
public interface Journal<E> extends AutoCloseable {

    /**
     * Appends events atomically and durably.
     *
     * @param events the events, in order; must not be empty or contain {@code null}
     * @return the position given to the first event; the others follow contiguously
     * @throws JournalException if the events could not be stored; then none of them is stored
     * @throws IllegalArgumentException if {@code events} is empty or contains {@code null}
     */
    long append(List<? extends E> events);

    /**
     * Appends one event atomically and durably.
     *
     * @param event the event
     * @return the position given to the event
     * @throws JournalException if the event could not be stored; then it is not stored
     * @throws IllegalArgumentException if {@code event} is {@code null}
     */
    default long append(E event) {
        if (event == null) {
            throw new IllegalArgumentException("event must not be null");
        }
        return append(List.of(event));
    }

    /**
     * Replays, in order, every event at or after a position that was appended before this call started.
     *
     * @param fromPosition the first position to visit, {@code 0} for the whole journal
     * @param visitor receives each position and event; whatever it throws ends the replay and reaches the caller
     *     unchanged
     * @throws JournalException if the stored events cannot be read
     * @throws IllegalArgumentException if {@code fromPosition} is negative or {@code visitor} is {@code null}
     */
    void replay(long fromPosition, JournalVisitor<? super E> visitor);

    /**
     * Replays the whole journal, in order.
     *
     * @param visitor receives each position and event
     * @throws JournalException if the stored events cannot be read
     */
    default void replay(JournalVisitor<? super E> visitor) {
        replay(0, visitor);
    }

    /**
     * Returns the position the next appended event will receive, which is the number of events stored.
     *
     * @return the number of events stored
     */
    long nextPosition();

    /**
     * Closes the journal; appends and replays afterwards throw {@link JournalException}. Closing twice is allowed.
     *
     * @throws JournalException if pending resources could not be released
     */
    @Override
    void close();
}
