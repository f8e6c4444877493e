package io.lotkit.genealogy;

import io.lotkit.core.LotId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Ranks the ancestors shared by suspected lots: one backward search per suspect, counting for each lot reached
 * which suspects reach it and at what summed depth.
 */
final class CommonOrigins {

    private CommonOrigins() {
    }

    /** The suspects sharing one ancestor (a bit set over suspect indexes) and their summed depth. */
    private static final class Tally {
        final boolean[] suspects;
        int count;
        long totalDepth;

        Tally(int suspectCount) {
            suspects = new boolean[suspectCount];
        }
    }

    static List<SharedOrigin> rank(GraphState s, List<LotId> suspects, int minShared) {
        Map<Integer, Tally> tallies = new HashMap<>();
        for (int i = 0; i < suspects.size(); i++) {
            int id = s.lots.find(suspects.get(i));
            if (id < 0) {
                throw new IllegalArgumentException(
                        "suspects: lot " + suspects.get(i) + " is not in the genealogy graph");
            }
            TraceSearch search = TraceSearch.run(s.edges, s.lots.size(), id, false, Integer.MAX_VALUE);
            for (int slot = 0; slot < search.lotCount; slot++) {
                Tally tally = tallies.computeIfAbsent(search.lots[slot], lot -> new Tally(suspects.size()));
                tally.suspects[i] = true;
                tally.count++;
                tally.totalDepth += search.depths[slot];
            }
        }
        List<SharedOrigin> ranked = new ArrayList<>();
        tallies.forEach((lot, tally) -> {
            if (tally.count >= minShared) {
                List<LotId> sharedBy = new ArrayList<>(tally.count);
                for (int i = 0; i < suspects.size(); i++) {
                    if (tally.suspects[i]) {
                        sharedBy.add(suspects.get(i));
                    }
                }
                ranked.add(new SharedOrigin(s.lots.lot(lot), sharedBy, tally.totalDepth));
            }
        });
        ranked.sort(Comparator.comparingInt((SharedOrigin o) -> -o.sharedBy().size())
                .thenComparingLong(SharedOrigin::totalDepth)
                .thenComparing(SharedOrigin::lot));
        return ranked;
    }
}
