package io.lotkit.genealogy;

import io.lotkit.core.LotId;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The plain, obviously correct model the graph is checked against: adjacency sets in hash maps, a textbook
 * breadth-first search, and quantities summed straight from the events.
 */
final class ReferenceGenealogy {

    final Set<LotId> lots = new LinkedHashSet<>();
    final Map<LotId, Set<LotId>> children = new HashMap<>();
    final Map<LotId, Set<LotId>> parents = new HashMap<>();
    /** Per lot: received, produced, consumed, shipped, adjusted up, adjusted down. */
    final Map<LotId, BigDecimal[]> sums = new HashMap<>();

    ReferenceGenealogy(List<? extends GenealogyEvent> events) {
        for (GenealogyEvent event : events) {
            lots.addAll(event.lots());
            event.lots().forEach(lot -> sums.computeIfAbsent(lot, l -> zeros()));
            if (event instanceof Receive r) {
                add(r.received().lot(), 0, r.received().quantity().value());
            } else if (event instanceof Ship s) {
                add(s.shipped().lot(), 3, s.shipped().quantity().value());
            } else if (event instanceof Adjust a) {
                add(a.lot(), a.reason().increases() ? 4 : 5, a.quantity().value());
            } else if (event instanceof Transform t) {
                t.inputs().forEach(in -> add(in.lot(), 2, in.quantity().value()));
                t.outputs().forEach(out -> add(out.lot(), 1, out.quantity().value()));
                for (LotQuantity in : t.inputs()) {
                    for (LotQuantity out : t.outputs()) {
                        children.computeIfAbsent(in.lot(), l -> new LinkedHashSet<>()).add(out.lot());
                        parents.computeIfAbsent(out.lot(), l -> new LinkedHashSet<>()).add(in.lot());
                    }
                }
            }
        }
    }

    private static BigDecimal[] zeros() {
        BigDecimal[] zeros = new BigDecimal[6];
        java.util.Arrays.fill(zeros, BigDecimal.ZERO);
        return zeros;
    }

    private void add(LotId lot, int column, BigDecimal amount) {
        sums.get(lot)[column] = sums.get(lot)[column].add(amount);
    }

    /** Shortest depths of every lot reachable from {@code origin} within {@code maxDepth}, origin excluded. */
    Map<LotId, Integer> reach(LotId origin, boolean forward, int maxDepth) {
        Map<LotId, Set<LotId>> next = forward ? children : parents;
        Map<LotId, Integer> depth = new LinkedHashMap<>();
        depth.put(origin, 0);
        ArrayDeque<LotId> queue = new ArrayDeque<>(List.of(origin));
        while (!queue.isEmpty()) {
            LotId lot = queue.poll();
            int d = depth.get(lot);
            if (d == maxDepth) {
                continue;
            }
            for (LotId n : next.getOrDefault(lot, Set.of())) {
                if (!depth.containsKey(n)) {
                    depth.put(n, d + 1);
                    queue.add(n);
                }
            }
        }
        depth.remove(origin);
        return depth;
    }

    /** Whether the part of the graph reachable from {@code origin} (origin included) contains a cycle. */
    boolean cycleReachableFrom(LotId origin, boolean forward) {
        Map<LotId, Set<LotId>> next = forward ? children : parents;
        Set<LotId> reachable = new LinkedHashSet<>(reach(origin, forward, Integer.MAX_VALUE).keySet());
        reachable.add(origin);
        Map<LotId, Integer> inDegree = new HashMap<>();
        reachable.forEach(lot -> inDegree.put(lot, 0));
        for (LotId lot : reachable) {
            for (LotId n : next.getOrDefault(lot, Set.of())) {
                inDegree.merge(n, 1, Integer::sum);
            }
        }
        ArrayDeque<LotId> ready = new ArrayDeque<>();
        inDegree.forEach((lot, degree) -> {
            if (degree == 0) {
                ready.add(lot);
            }
        });
        int removed = 0;
        while (!ready.isEmpty()) {
            LotId lot = ready.poll();
            removed++;
            for (LotId n : next.getOrDefault(lot, Set.of())) {
                if (inDegree.merge(n, -1, Integer::sum) == 0) {
                    ready.add(n);
                }
            }
        }
        return removed < reachable.size();
    }

    boolean hasEdge(LotId from, LotId to) {
        return children.getOrDefault(from, Set.of()).contains(to);
    }
}
