package io.lotkit.genealogy;

import io.lotkit.core.LotId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * The result of a forward or backward trace from one lot: the lots reached with their depths, the edges followed
 * with their quantities, the paths to any reached lot, and the cycles met.
 *
 * <p>The search visits each lot once, so it ends on cyclic data (rework, returns of returns); a cycle it meets is
 * reported by {@link #cycles()}, not followed again. The traced lot itself is not among {@link #lots()}; if it lies
 * on a cycle, that cycle is reported.
 *
 * <p>A trace is a snapshot: lots and edges recorded after it was taken are not part of it. Its lists are built on
 * first use, so taking a large trace and asking only for its {@link #size()} stays cheap.
 *
 * <p>Immutable and thread-safe.
 */
public final class Trace {

    /** The most cycles {@link #cycles()} reports, so that a pathological graph cannot flood the caller. */
    public static final int MAX_REPORTED_CYCLES = 100;

    private final GenealogyGraph graph;
    private final LotId origin;
    private final TraceDirection direction;
    private final TraceOptions options;
    private final TraceSearch search;
    /** The slots of the reported lots, in breadth-first order; {@code null} when every reached lot is reported. */
    private final int[] reported;
    private final int reportedCount;
    /** The number of events the graph had applied when the trace was taken. */
    private final long eventHorizon;

    private List<TracedLot> lots;
    private Map<LotId, Integer> slotByLot;
    private boolean[] reportedSlots;
    private SlotGraph slotGraph;
    private List<List<LotId>> cycles;

    Trace(GenealogyGraph graph, LotId origin, TraceDirection direction, TraceOptions options, TraceSearch search,
            int[] reported, int reportedCount, long eventHorizon) {
        this.graph = graph;
        this.origin = origin;
        this.direction = direction;
        this.options = options;
        this.search = search;
        this.reported = reported;
        this.reportedCount = reportedCount;
        this.eventHorizon = eventHorizon;
    }

    /**
     * Returns the traced lot.
     *
     * @return the lot the trace started from
     */
    public LotId origin() {
        return origin;
    }

    /**
     * Returns the direction of the trace.
     *
     * @return forward (descendants) or backward (ancestors)
     */
    public TraceDirection direction() {
        return direction;
    }

    /**
     * Returns the options the trace was taken with.
     *
     * @return the options
     */
    public TraceOptions options() {
        return options;
    }

    /**
     * Returns the number of lots reported, the traced lot excluded.
     *
     * @return the size of {@link #lots()}
     */
    public int size() {
        return reportedCount;
    }

    /**
     * Returns the lots reached and reported (after the options' filters), in breadth-first order, each with the
     * length of its shortest path from the traced lot.
     *
     * @return the reported lots, without the traced lot
     */
    public synchronized List<TracedLot> lots() {
        if (lots == null) {
            lots = graph.read(state -> {
                List<TracedLot> list = new ArrayList<>(reportedCount);
                for (int i = 0; i < reportedCount; i++) {
                    int slot = reported == null ? i + 1 : reported[i];
                    list.add(new TracedLot(state.lots.lot(search.lots[slot]), search.depths[slot]));
                }
                return Collections.unmodifiableList(list);
            });
        }
        return lots;
    }

    /**
     * Tells whether a lot is among the reported lots.
     *
     * @param lot a lot
     * @return whether {@link #lots()} contains it
     * @throws IllegalArgumentException if {@code lot} is {@code null}
     */
    public boolean contains(LotId lot) {
        return depthOf(lot).isPresent();
    }

    /**
     * Returns the depth at which a reported lot was reached.
     *
     * @param lot a lot
     * @return its shortest-path length from the traced lot, or empty if it is not reported
     * @throws IllegalArgumentException if {@code lot} is {@code null}
     */
    public OptionalInt depthOf(LotId lot) {
        Checks.notNull("lot", lot);
        Integer slot = slots().get(lot);
        if (slot == null || slot == 0 || !isReported(slot)) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(search.depths[slot]);
    }

    private synchronized boolean isReported(int slot) {
        if (reported == null) {
            return true;
        }
        if (reportedSlots == null) {
            reportedSlots = new boolean[search.lotCount];
            for (int i = 0; i < reportedCount; i++) {
                reportedSlots[reported[i]] = true;
            }
        }
        return reportedSlots[slot];
    }

    /**
     * Tells whether the depth limit stopped the search at a lot that had further edges.
     *
     * @return whether a deeper trace could reach more lots
     */
    public boolean depthLimitReached() {
        return search.depthLimitReached;
    }

    /**
     * Returns every edge the search followed, oriented from parent to child whatever the direction of the trace,
     * with the quantity of the parent consumed. Edges are not filtered by the options' date window or items.
     *
     * @return the edges followed
     */
    public List<LotFlow> edges() {
        return graph.read(state -> {
            List<LotFlow> flows = new ArrayList<>(search.edgeCount);
            boolean forward = search.forward;
            // A forward search followed each parent's edges together; their codes are read once per parent.
            int codesOf = -1;
            int[] codes = null;
            for (int i = 0; i < search.edgeCount; i++) {
                int near = search.lots[search.edgeFrom[i]];
                int far = search.lots[search.edgeTo[i]];
                int code = search.edgeKeys[i];
                if (forward) {
                    if (near != codesOf) {
                        codes = state.edges.outCodes(near);
                        codesOf = near;
                    }
                    code = codes[code];
                }
                flows.add(LotViews.flow(state, code, forward ? near : far, forward ? far : near));
            }
            return Collections.unmodifiableList(flows);
        });
    }

    /**
     * Returns simple paths from the traced lot to a reached lot, in the order the trace walked them (for a
     * backward trace, from the traced lot back to the ancestor).
     *
     * @param lot a lot reached by the trace
     * @param limit the most paths returned, at least 1
     * @return the paths, each starting with the traced lot and ending with {@code lot}; empty if the lot was not
     *     reached
     * @throws IllegalArgumentException if {@code lot} is {@code null} or {@code limit} is below 1
     */
    public List<List<LotId>> paths(LotId lot, int limit) {
        Checks.notNull("lot", lot);
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1: " + limit);
        }
        Integer slot = slots().get(lot);
        if (slot == null) {
            return List.of();
        }
        List<int[]> found = slotGraph().paths(slot, limit);
        return toLots(found, false);
    }

    /**
     * Tells whether the search met a cycle.
     *
     * @return whether {@link #cycles()} is not empty
     */
    public boolean hasCycle() {
        return !cycles().isEmpty();
    }

    /**
     * Returns the cycles the search met, at most {@link #MAX_REPORTED_CYCLES}: each as lots from parent to child,
     * starting and ending with the same lot.
     *
     * @return the cycles, empty for acyclic data
     */
    public synchronized List<List<LotId>> cycles() {
        if (cycles == null) {
            cycles = toLots(slotGraph().cycles(MAX_REPORTED_CYCLES), direction == TraceDirection.BACKWARD);
        }
        return cycles;
    }

    private List<List<LotId>> toLots(List<int[]> slotLists, boolean reverse) {
        return graph.read(state -> {
            List<List<LotId>> result = new ArrayList<>(slotLists.size());
            for (int[] slotList : slotLists) {
                List<LotId> ids = new ArrayList<>(slotList.length);
                for (int slot : slotList) {
                    ids.add(state.lots.lot(search.lots[slot]));
                }
                if (reverse) {
                    Collections.reverse(ids);
                }
                result.add(List.copyOf(ids));
            }
            return List.copyOf(result);
        });
    }

    private synchronized Map<LotId, Integer> slots() {
        if (slotByLot == null) {
            slotByLot = graph.read(state -> {
                Map<LotId, Integer> map = new HashMap<>(search.lotCount * 2);
                for (int slot = 0; slot < search.lotCount; slot++) {
                    map.put(state.lots.lot(search.lots[slot]), slot);
                }
                return map;
            });
        }
        return slotByLot;
    }

    private synchronized SlotGraph slotGraph() {
        if (slotGraph == null) {
            slotGraph = new SlotGraph(search.lotCount, search.edgeFrom, search.edgeTo, search.edgeCount);
        }
        return slotGraph;
    }

    /** Returns the graph-wide ids of the reported lots; for recall scope and exports. */
    int[] reportedLotIds() {
        int[] ids = new int[reportedCount];
        for (int i = 0; i < reportedCount; i++) {
            ids[i] = search.lots[reported == null ? i + 1 : reported[i]];
        }
        return ids;
    }

    /** Returns the graph-wide ids of every lot the search reached, the traced lot first. */
    int[] reachedLotIds() {
        return Arrays.copyOf(search.lots, search.lotCount);
    }

    boolean belongsTo(GenealogyGraph owner) {
        return graph == owner;
    }

    long eventHorizon() {
        return eventHorizon;
    }

    @Override
    public String toString() {
        return direction + " trace of " + origin + ": " + reportedCount + " lots, " + search.edgeCount + " edges";
    }
}
