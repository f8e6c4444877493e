package io.lotkit.genealogy;

import io.lotkit.core.Quantity;
import io.lotkit.core.UnitOfMeasure;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Turns the graph's primitive columns into the public result values (recall scope, one-up-one-back, mass balance,
 * flows); every method runs under the graph's read lock.
 */
final class LotViews {

    private LotViews() {
    }

    static RecallScope recallScope(GraphState s, int lot, Trace trace) {
        Map<String, List<Shipment>> byCustomer = new TreeMap<>();
        addShipments(s, lot, byCustomer);
        for (int id : trace.reportedLotIds()) {
            addShipments(s, id, byCustomer);
        }
        List<CustomerShipments> customers = new ArrayList<>(byCustomer.size());
        byCustomer.forEach((customer, shipments) -> {
            shipments.sort(Comparator.comparing(Shipment::time).thenComparing(Shipment::lot));
            Map<UnitOfMeasure, Quantity> totals = new HashMap<>();
            shipments.forEach(sh -> totals.merge(sh.quantity().unit(), sh.quantity(), Quantity::plus));
            customers.add(new CustomerShipments(customer, shipments, totals));
        });
        return new RecallScope(trace, customers);
    }

    static void addShipments(GraphState s, int lot, Map<String, List<Shipment>> byCustomer) {
        for (int r = s.shipments.first(lot); r != LotRecords.END; r = s.shipments.next(r)) {
            Shipment shipment = shipment(s, lot, r);
            byCustomer.computeIfAbsent(shipment.customer(), c -> new ArrayList<>()).add(shipment);
        }
    }

    static Shipment shipment(GraphState s, int lot, int r) {
        return new Shipment(s.lots.lot(lot), s.names.get(s.shipments.party(r)), s.names.get(s.shipments.place(r)),
                s.quantity(lot, s.shipments.quantity(r)), s.shipments.time(r));
    }

    static OneUpOneBack oneUpOneBack(GraphState s, int id) {
        List<Receipt> receipts = new ArrayList<>();
        for (int r = s.receipts.first(id); r != LotRecords.END; r = s.receipts.next(r)) {
            receipts.add(new Receipt(s.lots.lot(id), s.names.get(s.receipts.party(r)),
                    s.names.get(s.receipts.place(r)), s.quantity(id, s.receipts.quantity(r)), s.receipts.time(r)));
        }
        List<LotFlow> inputs = flows(s, id, false);
        List<LotFlow> outputs = flows(s, id, true);
        List<Shipment> shipments = new ArrayList<>();
        for (int r = s.shipments.first(id); r != LotRecords.END; r = s.shipments.next(r)) {
            shipments.add(shipment(s, id, r));
        }
        // The records are linked newest first; the view reads oldest first.
        Collections.reverse(receipts);
        Collections.reverse(shipments);
        return new OneUpOneBack(s.lots.lot(id), receipts, inputs, outputs, shipments);
    }

    static MassBalance massBalance(GraphState s, int id) {
        BigDecimal received = s.received(id);
        BigDecimal produced = s.produced.get(id);
        BigDecimal consumed = s.consumed.get(id);
        BigDecimal shipped = s.shipped(id);
        BigDecimal up = s.adjustedUp(id);
        BigDecimal down = s.adjustedDown(id);
        BigDecimal onHand = received.add(produced).add(up).subtract(consumed).subtract(shipped).subtract(down);
        Set<MassBalance.Issue> issues = EnumSet.noneOf(MassBalance.Issue.class);
        if (onHand.signum() < 0) {
            issues.add(MassBalance.Issue.NEGATIVE_ON_HAND);
        }
        if (received.signum() == 0 && produced.signum() == 0) {
            issues.add(MassBalance.Issue.NO_SOURCE);
        }
        return new MassBalance(s.lots.lot(id), s.quantity(id, received), s.quantity(id, produced),
                s.quantity(id, consumed), s.quantity(id, shipped), s.quantity(id, up), s.quantity(id, down), onHand,
                issues);
    }

    /** Returns the edges of a lot in one direction, oldest first. */
    private static List<LotFlow> flows(GraphState s, int lot, boolean outgoing) {
        List<LotFlow> flows = new ArrayList<>();
        s.edges.forEach(lot, outgoing, (code, other) -> flows.add(outgoing ? flow(s, code, lot, other)
                : flow(s, code, other, lot)));
        return flows;
    }

    /** Returns the edge from parent {@code from} to child {@code to} with the quantity code {@code code}. */
    static LotFlow flow(GraphState s, int code, int from, int to) {
        return new LotFlow(s.lots.lot(from), s.lots.lot(to), s.quantity(from, s.edges.quantity(code)));
    }
}
