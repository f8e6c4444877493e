package io.lotkit.genealogy;

import io.lotkit.core.LotId;
import io.lotkit.core.spi.Journal;
import io.lotkit.core.spi.JournalException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;

/**
 * The lot genealogy graph: which lots were made from which, what was received and shipped, and the questions a
 * recall asks of it — forward and backward traces, recall scope, one step up and one step back, common origin and
 * mass balance.
 *
 * <p>The graph lives in memory in primitive columns, with no object per edge or per lot (lot numbers are packed as
 * bytes, quantities as ints and times as int second offsets; only the rare value too large to pack is kept whole
 * aside, and other objects are made only for results), and grows event by event.
 * Each thread that traces keeps its own scratch space: four bytes per lot of the graph, plus room for the largest
 * trace it has run. It is journaled: {@link #record(GenealogyEvent)} writes the event through the
 * {@link Journal} first and applies it only when the write succeeded, and {@link #open(Journal)} rebuilds the graph
 * by replaying the journal. The journal must be written only through this graph, so that journal positions and the
 * graph's events coincide. Quantities on the graph are exact; the events' other details (descriptions, documents,
 * locations) stay in the journal, from which {@link #events(Trace)} reads them back for the exports.
 *
 * <p>Every trace visits each lot at most once, so it terminates on cyclic data and reports the cycles it met.
 *
 * <p><b>Thread-safety:</b> safe for concurrent use. Events are recorded one at a time under a write lock; queries
 * run concurrently under a read lock.
 */
public final class GenealogyGraph {

    private final Journal<GenealogyEvent> journal;
    private final GraphState state;
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();

    private GenealogyGraph(Journal<GenealogyEvent> journal, int minRebase) {
        this.journal = journal;
        this.state = new GraphState(minRebase);
    }

    /**
     * Opens the graph kept in a journal, rebuilding it by replaying every event stored. A large journal (some tens of
     * thousands of events or more) is replayed on the calling thread and one extra thread together, when the
     * machine has more than one processor: the extra thread is a daemon named {@code lotkit-genealogy-replay}, and
     * it has ended by the time this method returns or throws.
     *
     * @param journal the journal; from now on written only through the returned graph
     * @return the graph, holding every event of the journal
     * @throws IllegalArgumentException if {@code journal} is {@code null}
     * @throws IllegalStateException if a stored event cannot be applied (it names the journal position)
     * @throws JournalException if the journal cannot be read
     */
    public static GenealogyGraph open(Journal<GenealogyEvent> journal) {
        boolean twoThreads = Runtime.getRuntime().availableProcessors() > 1;
        return open(journal, EdgeStore.MIN_REBASE, twoThreads ? JournalReplay.MIN_PIPELINED_EVENTS : Long.MAX_VALUE,
                JournalReplay.BATCH_EVENTS);
    }

    /** Opens the graph with a chosen rebuild threshold for its edge rows; tests use a tiny one. */
    static GenealogyGraph open(Journal<GenealogyEvent> journal, int minRebase) {
        return open(journal, minRebase, JournalReplay.MIN_PIPELINED_EVENTS, JournalReplay.BATCH_EVENTS);
    }

    /**
     * Opens the graph with a chosen rebuild threshold for its edge rows, and replays on two threads, in batches of
     * {@code batchEvents} events, if the journal holds at least {@code minPipelinedEvents} events; tests use small
     * ones.
     */
    static GenealogyGraph open(Journal<GenealogyEvent> journal, int minRebase, long minPipelinedEvents,
            int batchEvents) {
        Checks.notNull("journal", journal);
        GenealogyGraph graph = new GenealogyGraph(journal, minRebase);
        JournalReplay.replay(journal, graph.state, minPipelinedEvents, batchEvents);
        return graph;
    }

    /**
     * Records an event: writes it through the journal, then applies it to the graph. If the event is invalid or
     * the journal write fails, the graph is unchanged.
     *
     * @param event the event
     * @return the event's journal position
     * @throws IllegalArgumentException if {@code event} is {@code null} or names a lot in another unit than the
     *     lot's recorded unit
     * @throws JournalException if the journal could not store the event; the graph is then unchanged
     */
    public long record(GenealogyEvent event) {
        Checks.notNull("event", event);
        lock.writeLock().lock();
        try {
            int[] lots = state.check(event);
            long position = journal.append(event);
            state.apply(event, lots);
            return position;
        } finally {
            lock.writeLock().unlock();
        }
    }

    /**
     * Returns the number of lots the graph knows.
     *
     * @return the number of lots
     */
    public int lotCount() {
        return read(s -> s.lots.size());
    }

    /**
     * Returns the number of parent-to-child edges.
     *
     * @return the number of edges
     */
    public int edgeCount() {
        return read(s -> s.edges.size());
    }

    /**
     * Returns the number of events applied.
     *
     * @return the number of events
     */
    public long eventCount() {
        return read(GraphState::eventCount);
    }

    /**
     * Tells whether the graph knows a lot (any event named it).
     *
     * @param lot the lot
     * @return whether it is known
     * @throws IllegalArgumentException if {@code lot} is {@code null}
     */
    public boolean contains(LotId lot) {
        Checks.notNull("lot", lot);
        return read(s -> s.lots.find(lot) >= 0);
    }

    /**
     * Traces every descendant of a lot, with no limit.
     *
     * @param lot the lot
     * @return the forward trace
     * @throws IllegalArgumentException if {@code lot} is {@code null} or unknown
     */
    public Trace forward(LotId lot) {
        return trace(lot, TraceDirection.FORWARD, TraceOptions.unlimited());
    }

    /**
     * Traces the descendants of a lot.
     *
     * @param lot the lot
     * @param options the depth limit and report filters
     * @return the forward trace
     * @throws IllegalArgumentException if an argument is {@code null} or the lot is unknown
     */
    public Trace forward(LotId lot, TraceOptions options) {
        return trace(lot, TraceDirection.FORWARD, options);
    }

    /**
     * Traces every ancestor of a lot, up to the lots received from suppliers, with no limit.
     *
     * @param lot the lot
     * @return the backward trace
     * @throws IllegalArgumentException if {@code lot} is {@code null} or unknown
     */
    public Trace backward(LotId lot) {
        return trace(lot, TraceDirection.BACKWARD, TraceOptions.unlimited());
    }

    /**
     * Traces the ancestors of a lot.
     *
     * @param lot the lot
     * @param options the depth limit and report filters
     * @return the backward trace
     * @throws IllegalArgumentException if an argument is {@code null} or the lot is unknown
     */
    public Trace backward(LotId lot, TraceOptions options) {
        return trace(lot, TraceDirection.BACKWARD, options);
    }

    private Trace trace(LotId lot, TraceDirection direction, TraceOptions options) {
        Checks.notNull("lot", lot);
        Checks.notNull("options", options);
        return read(s -> {
            int origin = requireLot(s, lot);
            TraceSearch search = TraceSearch.run(s.edges, s.lots.size(), origin,
                    direction == TraceDirection.FORWARD, options.maxDepth());
            if (!options.filters()) {
                return new Trace(this, lot, direction, options, search, null, search.lotCount - 1, s.eventCount());
            }
            int[] reported = new int[search.lotCount];
            int count = 0;
            Set<Integer> items = itemIds(s, options.items());
            for (int slot = 1; slot < search.lotCount; slot++) {
                int id = search.lots[slot];
                boolean itemOk = items == null || items.contains(s.lots.itemId(id));
                boolean dateOk = options.from() == null || s.createdWithin(id, options.from(), options.to());
                if (itemOk && dateOk) {
                    reported[count++] = slot;
                }
            }
            return new Trace(this, lot, direction, options, search, reported, count, s.eventCount());
        });
    }

    private static Set<Integer> itemIds(GraphState s, Set<String> items) {
        if (items.isEmpty()) {
            return null;
        }
        Set<Integer> ids = new HashSet<>();
        for (String item : items) {
            int id = s.lots.findItem(item);
            if (id >= 0) {
                ids.add(id);
            }
        }
        return ids;
    }

    /**
     * Returns the recall scope of a lot, with no limit: every lot made from it and every shipment of any of them,
     * grouped by customer.
     *
     * @param lot the recalled lot
     * @return the recall scope
     * @throws IllegalArgumentException if {@code lot} is {@code null} or unknown
     */
    public RecallScope recallScope(LotId lot) {
        return recallScope(lot, TraceOptions.unlimited());
    }

    /**
     * Returns the recall scope of a lot: its forward trace and the shipments of the lot and of every reported lot
     * of the trace, grouped by customer (customers by name, each customer's shipments oldest first).
     *
     * @param lot the recalled lot
     * @param options the depth limit and report filters of the forward trace
     * @return the recall scope
     * @throws IllegalArgumentException if an argument is {@code null} or the lot is unknown
     */
    public RecallScope recallScope(LotId lot, TraceOptions options) {
        Trace trace = forward(lot, options);
        return read(s -> LotViews.recallScope(s, s.lots.find(lot), trace));
    }

    /**
     * Returns one step back and one step forward from a lot: its receipts and input lots, and the lots made from it
     * and its shipments.
     *
     * @param lot the lot
     * @return the one-up-one-back view
     * @throws IllegalArgumentException if {@code lot} is {@code null} or unknown
     */
    public OneUpOneBack oneUpOneBack(LotId lot) {
        Checks.notNull("lot", lot);
        return read(s -> LotViews.oneUpOneBack(s, requireLot(s, lot)));
    }

    /**
     * Ranks the ancestors that several suspected lots share — for example lots with complaints — to find the
     * likely source of a problem. A suspected lot that is itself an ancestor of others counts as shared by itself
     * and those. Rows are ranked by the number of suspected lots sharing them (most first), then by their summed
     * depth (closest first), then by lot.
     *
     * @param suspects the suspected lots; not empty; repeats are ignored
     * @param minShared the fewest suspected lots an ancestor must be shared by to be listed, from 1 to the number of
     *     distinct suspects
     * @return the shared ancestors, ranked
     * @throws IllegalArgumentException if {@code suspects} is {@code null}, empty, contains {@code null} or an
     *     unknown lot, or {@code minShared} is out of range
     */
    public List<SharedOrigin> commonOrigins(Collection<LotId> suspects, int minShared) {
        Checks.notNull("suspects", suspects);
        Set<LotId> distinct = new LinkedHashSet<>();
        int index = 0;
        for (LotId suspect : suspects) {
            if (suspect == null) {
                throw new IllegalArgumentException("suspects[" + index + "] must not be null");
            }
            distinct.add(suspect);
            index++;
        }
        if (distinct.isEmpty()) {
            throw new IllegalArgumentException("suspects must not be empty");
        }
        if (minShared < 1 || minShared > distinct.size()) {
            throw new IllegalArgumentException(
                    "minShared must be between 1 and " + distinct.size() + ": " + minShared);
        }
        return read(s -> CommonOrigins.rank(s, List.copyOf(distinct), minShared));
    }

    /**
     * Returns the mass balance of a lot.
     *
     * @param lot the lot
     * @return its mass balance
     * @throws IllegalArgumentException if {@code lot} is {@code null} or unknown
     */
    public MassBalance massBalance(LotId lot) {
        Checks.notNull("lot", lot);
        return read(s -> LotViews.massBalance(s, requireLot(s, lot)));
    }

    /**
     * Returns the mass balance of every lot whose quantities do not add up.
     *
     * @return the unbalanced lots, in the order the graph first met them
     */
    public List<MassBalance> unbalancedLots() {
        return read(s -> {
            List<MassBalance> unbalanced = new ArrayList<>();
            for (int id = 0; id < s.lots.size(); id++) {
                MassBalance balance = LotViews.massBalance(s, id);
                if (!balance.balanced()) {
                    unbalanced.add(balance);
                }
            }
            return unbalanced;
        });
    }

    /**
     * Reads back from the journal the events behind a trace: the receipts, shipments and adjustments of its traced
     * and reported lots, and the transformations with an input and an output among them, as recorded up to the
     * moment the trace was taken. For the FSMA 204 and EPCIS exports.
     *
     * @param trace a trace of this graph
     * @return the events, in journal order
     * @throws IllegalArgumentException if {@code trace} is {@code null} or belongs to another graph
     * @throws JournalException if the journal cannot be read
     */
    public List<GenealogyEvent> events(Trace trace) {
        Checks.notNull("trace", trace);
        if (!trace.belongsTo(this)) {
            throw new IllegalArgumentException("trace was taken from another graph");
        }
        Set<LotId> lots = new HashSet<>();
        lots.add(trace.origin());
        trace.lots().forEach(traced -> lots.add(traced.lot()));
        long horizon = trace.eventHorizon();
        List<GenealogyEvent> events = new ArrayList<>();
        journal.replay((position, event) -> {
            if (position < horizon && EventSelection.concerns(event, lots)) {
                events.add(event);
            }
        });
        return events;
    }

    /**
     * Reads back from the journal the events that happened within a half-open time window.
     *
     * @param fromInclusive the earliest time included
     * @param toExclusive the first time no longer included
     * @return the events, in journal order
     * @throws IllegalArgumentException if a bound is {@code null} or {@code toExclusive} is not after
     *     {@code fromInclusive}
     * @throws JournalException if the journal cannot be read
     */
    public List<GenealogyEvent> events(Instant fromInclusive, Instant toExclusive) {
        Checks.notNull("fromInclusive", fromInclusive);
        Checks.notNull("toExclusive", toExclusive);
        if (!toExclusive.isAfter(fromInclusive)) {
            throw new IllegalArgumentException(
                    "toExclusive (" + toExclusive + ") must be after fromInclusive (" + fromInclusive + ")");
        }
        List<GenealogyEvent> events = new ArrayList<>();
        journal.replay((position, event) -> {
            if (!event.time().isBefore(fromInclusive) && event.time().isBefore(toExclusive)) {
                events.add(event);
            }
        });
        return events;
    }

    private static int requireLot(GraphState s, LotId lot) {
        int id = s.lots.find(lot);
        if (id < 0) {
            throw new IllegalArgumentException("lot " + lot + " is not in the genealogy graph");
        }
        return id;
    }

    /** Runs a query under the read lock. */
    <T> T read(Function<GraphState, T> query) {
        lock.readLock().lock();
        try {
            return query.apply(state);
        } finally {
            lock.readLock().unlock();
        }
    }
}
