package io.lotkit.genealogy;

import io.lotkit.core.LotId;
import io.lotkit.core.UnitOfMeasure;

/**
 * The lots an event names, by index: a receipt's, shipment's or adjustment's one lot, or a transformation's inputs
 * then outputs; and what the graph reads of each (the lot, the unit it is named in, the event's field that names
 * it), so that checking, registering and applying an event walk its lots alike.
 *
 * <p>Immutable and thread-safe: static functions of immutable events.
 */
final class EventLots {

    private EventLots() {
    }

    /** Returns the number of edges an event adds: inputs times outputs for a transformation, else none. */
    static long newEdges(GenealogyEvent event) {
        return event instanceof Transform t ? (long) t.inputs().size() * t.outputs().size() : 0;
    }

    /** Returns the number of lots an event names: inputs and outputs for a transformation, else one. */
    static int lotCount(GenealogyEvent event) {
        return event instanceof Transform t ? t.inputs().size() + t.outputs().size() : 1;
    }

    /** Returns a transformation's {@code index}-th line, inputs then outputs. */
    static LotQuantity line(Transform t, int index) {
        int inputs = t.inputs().size();
        return index < inputs ? t.inputs().get(index) : t.outputs().get(index - inputs);
    }

    /** Returns the {@code index}-th lot an event names (for a transformation, inputs then outputs). */
    static LotId lotAt(GenealogyEvent event, int index) {
        if (event instanceof Receive r) {
            return r.received().lot();
        } else if (event instanceof Ship s) {
            return s.shipped().lot();
        } else if (event instanceof Adjust a) {
            return a.lot();
        }
        return line((Transform) event, index).lot();
    }

    /** Returns the unit in which an event names its {@code index}-th lot. */
    static UnitOfMeasure unitAt(GenealogyEvent event, int index) {
        if (event instanceof Receive r) {
            return r.received().quantity().unit();
        } else if (event instanceof Ship s) {
            return s.shipped().quantity().unit();
        } else if (event instanceof Adjust a) {
            return a.quantity().unit();
        }
        return line((Transform) event, index).quantity().unit();
    }

    /** Returns the name of the event's field that names its {@code index}-th lot, for error messages. */
    static String field(GenealogyEvent event, int index) {
        if (event instanceof Receive) {
            return "received";
        } else if (event instanceof Ship) {
            return "shipped";
        } else if (event instanceof Adjust) {
            return "lot";
        }
        int inputs = ((Transform) event).inputs().size();
        return index < inputs ? "inputs[" + index + "]" : "outputs[" + (index - inputs) + "]";
    }
}
