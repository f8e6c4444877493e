package io.lotkit.genealogy;

import io.lotkit.core.LotId;
import java.util.Set;

/** Decides which journaled events belong to the records of a set of lots (a trace). */
final class EventSelection {

    private EventSelection() {
    }

    /**
     * Tells whether an event concerns the lots: a receipt, shipment or adjustment of one of them, or a
     * transformation with an input and an output among them (an edge of the traced subgraph).
     */
    static boolean concerns(GenealogyEvent event, Set<LotId> lots) {
        if (event instanceof Receive r) {
            return lots.contains(r.received().lot());
        }
        if (event instanceof Ship s) {
            return lots.contains(s.shipped().lot());
        }
        if (event instanceof Adjust a) {
            return lots.contains(a.lot());
        }
        Transform t = (Transform) event;
        return t.inputs().stream().anyMatch(line -> lots.contains(line.lot()))
                && t.outputs().stream().anyMatch(line -> lots.contains(line.lot()));
    }
}
