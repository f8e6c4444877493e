package io.lotkit.core.journal;

import io.lotkit.core.spi.EventCodec;
import io.lotkit.core.spi.Journal;
import io.lotkit.core.spi.JournalException;
import io.lotkit.core.spi.JournalVisitor;
import java.util.ArrayList;
import java.util.List;

/**
 * A journal kept on the heap: for tests, and for hosts that keep their own records and rebuild Lotkit's state
 * themselves.
 *
 * <p>Created with a codec ({@link #create(EventCodec)}), it stores what a durable journal would read back: each
 * event is encoded and decoded on append, so an event that could not survive a restart fails here too, at the
 * same call. {@link #reopen()} simulates closing the store and opening it again.
 *
 * <p><b>Thread-safety:</b> safe for concurrent use. Appends are serialized; a replay visits a snapshot taken when
 * it starts, so a visitor may append to the journal it replays.
 *
 * @param <E> the event type
 */
public final class InMemoryJournal<E> implements Journal<E> {

    /** The stored events, shared by a journal and the journals {@linkplain #reopen() reopened} from it. */
    private final EventSegments store;
    private final EventCodec<E> codec;
    private volatile boolean closed;

    private InMemoryJournal(EventSegments store, EventCodec<E> codec) {
        this.store = store;
        this.codec = codec;
    }

    /**
     * Creates an empty journal that stores the appended event objects themselves.
     *
     * @param <E> the event type
     * @return a new, empty journal
     */
    public static <E> InMemoryJournal<E> create() {
        return new InMemoryJournal<>(new EventSegments(), null);
    }

    /**
     * Creates an empty journal that stores each event as {@code codec.decode(codec.encode(event))}.
     *
     * @param codec the codec a durable journal would use for these events
     * @param <E> the event type
     * @return a new, empty journal
     * @throws IllegalArgumentException if {@code codec} is {@code null}
     */
    public static <E> InMemoryJournal<E> create(EventCodec<E> codec) {
        if (codec == null) {
            throw new IllegalArgumentException("codec must not be null");
        }
        return new InMemoryJournal<>(new EventSegments(), codec);
    }

    /**
     * Closes this journal and returns a new one over the same stored events, as a durable journal would be after a
     * restart.
     *
     * @return a new open journal over the same events
     */
    public InMemoryJournal<E> reopen() {
        close();
        return new InMemoryJournal<>(store, codec);
    }

    @Override
    public long append(List<? extends E> events) {
        if (events == null || events.isEmpty()) {
            throw new IllegalArgumentException("events must not be null or empty");
        }
        if (codec == null) {
            return appendAsGiven(events);
        }
        List<E> copies = new ArrayList<>(events.size());
        for (int i = 0; i < events.size(); i++) {
            E event = events.get(i);
            if (event == null) {
                throw new IllegalArgumentException("events[" + i + "] is null");
            }
            copies.add(roundTrip(event, i));
        }
        synchronized (store) {
            ensureOpen();
            int first = store.size();
            checkRoom(first, copies.size());
            for (E copy : copies) {
                store.add(copy);
            }
            return first;
        }
    }

    @Override
    public long append(E event) {
        if (event == null) {
            throw new IllegalArgumentException("event must not be null");
        }
        E stored = codec == null ? event : roundTrip(event, 0);
        synchronized (store) {
            ensureOpen();
            int position = store.size();
            checkRoom(position, 1);
            store.add(stored);
            return position;
        }
    }

    /**
     * Stores the given event objects without an intermediate copy: each is checked as it is added under the
     * lock, and a {@code null} takes back the ones already added, so the append is still all or nothing.
     */
    private long appendAsGiven(List<? extends E> events) {
        synchronized (store) {
            ensureOpen();
            int first = store.size();
            checkRoom(first, events.size());
            for (int i = 0; i < events.size(); i++) {
                E event = events.get(i);
                if (event == null) {
                    store.truncate(first);
                    throw new IllegalArgumentException("events[" + i + "] is null");
                }
                store.add(event);
            }
            return first;
        }
    }

    @Override
    public void replay(long fromPosition, JournalVisitor<? super E> visitor) {
        if (fromPosition < 0) {
            throw new IllegalArgumentException("fromPosition must not be negative: " + fromPosition);
        }
        if (visitor == null) {
            throw new IllegalArgumentException("visitor must not be null");
        }
        EventSegments.Snapshot snapshot;
        synchronized (store) {
            ensureOpen();
            snapshot = store.snapshot();
        }
        int size = snapshot.size();
        for (int position = (int) Math.min(fromPosition, size); position < size; position++) {
            @SuppressWarnings("unchecked")
            E event = (E) snapshot.get(position);
            visitor.visit(position, event);
        }
    }

    @Override
    public long nextPosition() {
        synchronized (store) {
            ensureOpen();
            return store.size();
        }
    }

    @Override
    public void close() {
        closed = true;
    }

    private E roundTrip(E event, int index) {
        try {
            E decoded = codec.decode(codec.encode(event));
            if (decoded == null) {
                throw new JournalException("events[" + index + "] decoded to null: " + event);
            }
            return decoded;
        } catch (RuntimeException e) {
            if (e instanceof JournalException) {
                throw e;
            }
            throw new JournalException("events[" + index + "] cannot be encoded and decoded: " + e.getMessage(), e);
        }
    }

    /** Refuses, before anything is stored, an append of {@code count} events that would not fit. */
    private static void checkRoom(int size, int count) {
        if (size > EventSegments.MAX_SIZE - count) {
            throw new JournalException("the in-memory journal is full: it holds " + size + " events and cannot take "
                    + count + " more");
        }
    }

    private void ensureOpen() {
        if (closed) {
            throw new JournalException("the journal is closed");
        }
    }
}
