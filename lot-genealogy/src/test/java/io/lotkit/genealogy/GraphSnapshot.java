package io.lotkit.genealogy;

import io.lotkit.core.LotId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Everything the graph answers about every lot it knows, as plain values, so that two graphs can be compared with
 * {@code equals}: the lots, each lot's traces, one-up-one-back view and mass balance.
 *
 * @param counts lots, edges and events
 * @param perLot the answers per lot
 */
record GraphSnapshot(List<Long> counts, Map<LotId, List<Object>> perLot) {

    static GraphSnapshot of(GenealogyGraph graph) {
        Map<LotId, List<Object>> perLot = new TreeMap<>();
        for (LotId lot : graph.read(GraphSnapshot::allLots)) {
            Trace forward = graph.forward(lot);
            Trace backward = graph.backward(lot);
            perLot.put(lot, List.of(new HashSet<>(forward.lots()), new HashSet<>(forward.edges()),
                    new HashSet<>(backward.lots()), graph.oneUpOneBack(lot), graph.massBalance(lot)));
        }
        return new GraphSnapshot(List.of((long) graph.lotCount(), (long) graph.edgeCount(), graph.eventCount()),
                perLot);
    }

    static List<LotId> allLots(GraphState state) {
        List<LotId> lots = new ArrayList<>();
        for (int id = 0; id < state.lots.size(); id++) {
            lots.add(state.lots.lot(id));
        }
        return lots;
    }
}
