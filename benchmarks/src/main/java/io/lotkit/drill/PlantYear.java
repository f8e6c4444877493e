package io.lotkit.drill;

import io.lotkit.core.Lot;
import io.lotkit.core.LotId;
import io.lotkit.core.LotOrigin;
import io.lotkit.core.LotStatus;
import io.lotkit.core.Quantity;
import io.lotkit.fefo.AllocationLine;
import io.lotkit.fefo.AllocationRequest;
import io.lotkit.fefo.AllocationRequestBuilder;
import io.lotkit.fefo.AllocationResult;
import io.lotkit.fefo.ReservationId;
import io.lotkit.fefo.StockIndex;
import io.lotkit.fefo.StockPosition;
import io.lotkit.genealogy.Adjust;
import io.lotkit.genealogy.AdjustReason;
import io.lotkit.genealogy.GenealogyGraph;
import io.lotkit.genealogy.LotQuantity;
import io.lotkit.genealogy.Receive;
import io.lotkit.genealogy.ReferenceDocument;
import io.lotkit.genealogy.Ship;
import io.lotkit.genealogy.Transform;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * Steps 3 and 4: plays the year day by day. Each day the accepted pallets are received (into the FEFO stock index
 * and as genealogy receipts), the production runs consume their raw materials, allocated FEFO and picked, into the
 * finished lots (genealogy transformations), and the customer order lines are allocated FEFO under each customer's
 * shelf-life rules, picked and shipped (genealogy shipments). On the last day what is left in stock is written off,
 * so that the next year starts empty and touches none of this year's lots.
 *
 * <p>Not thread-safe: one year is played on one thread.
 */
final class PlantYear {

    /**
     * What the year did.
     *
     * @param receipts pallets received
     * @param runs production runs completed
     * @param runsShort production runs not made for want of raw material
     * @param orderLines customer order lines allocated
     * @param orderLinesShort order lines shipped short (partly or not at all)
     * @param shipments shipment events (one per lot of an order line)
     * @param writeOffs stock positions written off at the year's end
     * @param receivingNanos time spent receiving
     * @param productionNanos time spent producing
     * @param shippingNanos time spent allocating and shipping
     */
    record Result(int receipts, int runs, int runsShort, int orderLines, int orderLinesShort, int shipments,
            int writeOffs, long receivingNanos, long productionNanos, long shippingNanos) {
    }

    private final int year;
    private final StockIndex stock;
    private final GenealogyGraph graph;

    private int receipts;
    private int runs;
    private int runsShort;
    private int orderLines;
    private int orderLinesShort;
    private int shipments;
    private int writeOffs;
    private long receivingNanos;
    private long productionNanos;
    private long shippingNanos;

    PlantYear(int year, StockIndex stock, GenealogyGraph graph) {
        this.year = year;
        this.stock = stock;
        this.graph = graph;
    }

    Result play(List<Receiving.Pallet> pallets, List<ProductionPlan.Run> plan, List<CustomerOrders.Order> orders,
            PrintStream out) {
        int p = 0;
        int r = 0;
        int o = 0;
        LocalDate last = LocalDate.of(year, 12, 31);
        Progress progress = new Progress("days played", last.getDayOfYear(), out);
        for (LocalDate day = LocalDate.of(year, 1, 1); !day.isAfter(last); day = day.plusDays(1)) {
            long start = System.nanoTime();
            for (int k = 0; p < pallets.size() && pallets.get(p).day().equals(day); p++, k++) {
                receive(pallets.get(p), at(day, 6, k));
            }
            long produced = System.nanoTime();
            for (int k = 0; r < plan.size() && plan.get(r).day().equals(day); r++, k++) {
                produce(plan.get(r), at(day, 10, k));
            }
            long shipped = System.nanoTime();
            for (int k = 0; o < orders.size() && orders.get(o).day().equals(day); o++, k++) {
                ship(orders.get(o), at(day, 16, k));
            }
            long end = System.nanoTime();
            receivingNanos += produced - start;
            productionNanos += shipped - produced;
            shippingNanos += end - shipped;
            progress.done(day.getDayOfYear());
        }
        long start = System.nanoTime();
        writeOffLeftovers(at(last, 23, 0));
        shippingNanos += System.nanoTime() - start;
        return new Result(receipts, runs, runsShort, orderLines, orderLinesShort, shipments, writeOffs,
                receivingNanos, productionNanos, shippingNanos);
    }

    private void receive(Receiving.Pallet pallet, Instant time) {
        Plant.RawMaterial raw = pallet.raw();
        stock.registerLot(Lot.builder(pallet.lot())
                .status(LotStatus.RELEASED)
                .receiptDate(pallet.day())
                .expiryDate(pallet.expiry())
                .origin(LotOrigin.of(raw.supplier(), pallet.lot().lotNumber()))
                .build());
        stock.receive(pallet.lot(), Plant.RAW_LOCATION, pallet.kg());
        graph.record(new Receive(time, LotQuantity.of(pallet.lot(), Quantity.of(pallet.kg(), Plant.KG), raw.name()),
                raw.supplier(), pallet.lot().lotNumber(), raw.shipFrom(), Plant.RECEIVING_DOCK, raw.shipFrom(),
                ReferenceDocument.of("BOL", raw.lotPrefix() + "-" + pallet.day() + "-" + pallet.lot().lotNumber())));
        receipts++;
    }

    /** Reserves every ingredient FEFO first, so that a run short of one ingredient consumes nothing. */
    private void produce(ProductionPlan.Run run, Instant time) {
        List<ReservationId> reservations = new ArrayList<>();
        for (var ingredient : new TreeMap<>(run.product().kgPerJar()).entrySet()) {
            BigDecimal kg = ingredient.getValue().multiply(BigDecimal.valueOf(run.jars()));
            AllocationResult result = stock.reserve(
                    AllocationRequest.builder(ingredient.getKey(), kg, run.day()).build());
            result.reservation().ifPresent(reservations::add);
            if (result.shortfall().signum() > 0) {
                reservations.forEach(stock::release);
                runsShort++;
                return;
            }
        }
        List<LotQuantity> inputs = new ArrayList<>();
        for (ReservationId reservation : reservations) {
            String name = Plant.rawMaterial(reservation.item()).name();
            for (AllocationLine line : stock.pickAll(reservation)) {
                inputs.add(LotQuantity.of(line.lot(), Quantity.of(line.quantity(), Plant.KG), name));
            }
        }
        Plant.Product product = run.product();
        graph.record(new Transform(time, inputs,
                List.of(LotQuantity.of(run.lot(), Quantity.of(run.jars(), Plant.EA), product.name())),
                Plant.PRODUCTION_HALL, ReferenceDocument.of("Production order", run.number())));
        stock.registerLot(Lot.builder(run.lot())
                .status(LotStatus.RELEASED)
                .productionDate(run.day())
                .expiryDate(run.day().plusDays(product.shelfLifeDays()))
                .origin(LotOrigin.of(Plant.NAME, run.lot().lotNumber()))
                .attribute("line", run.line())
                .build());
        stock.receive(run.lot(), Plant.FINISHED_LOCATION, BigDecimal.valueOf(run.jars()));
        runs++;
    }

    private void ship(CustomerOrders.Order order, Instant time) {
        Plant.Customer customer = order.customer();
        AllocationRequestBuilder request = AllocationRequest.builder(order.product().gtin(),
                        BigDecimal.valueOf(order.jars()), order.day())
                .customer(customer.name())
                .minimumShelfLife(customer.minimumShelfLife())
                .maxLots(customer.maxLots())
                .packSize(BigDecimal.valueOf(Plant.CASE_SIZE));
        if (customer.notOlderThanLastShipped()) {
            request.notOlderThanLastShipped();
        }
        AllocationResult result = stock.reserve(request.build());
        orderLines++;
        if (result.shortfall().signum() > 0) {
            orderLinesShort++;
        }
        if (result.reservation().isEmpty()) {
            return;
        }
        for (AllocationLine line : stock.pickAll(result.reservation().get())) {
            graph.record(new Ship(time, LotQuantity.of(line.lot(), Quantity.of(line.quantity(), Plant.EA),
                    order.product().name()), customer.name(), Plant.SHIP_FROM, customer.shipTo(), Plant.PRODUCTION_HALL,
                    ReferenceDocument.of("BOL", order.number())));
            shipments++;
        }
    }

    private void writeOffLeftovers(Instant time) {
        List<String> items = new ArrayList<>();
        Plant.RAW_MATERIALS.forEach(raw -> items.add(raw.gtin()));
        Plant.PRODUCTS.forEach(product -> items.add(product.gtin()));
        for (String item : items) {
            for (StockPosition position : stock.positions(item)) {
                BigDecimal onHand = position.onHand();
                if (onHand.signum() == 0) {
                    continue;
                }
                LotId lot = position.lot();
                stock.adjust(lot, position.location(), onHand.negate(), "year-end write-off");
                boolean raw = Plant.rawMaterial(item) != null;
                graph.record(new Adjust(time, lot, Quantity.of(onHand, raw ? Plant.KG : Plant.EA),
                        AdjustReason.SCRAP, raw ? Plant.RECEIVING_DOCK : Plant.SHIP_FROM,
                        ReferenceDocument.of("Count sheet", "YE-" + year)));
                writeOffs++;
            }
        }
    }

    private static Instant at(LocalDate day, int hour, int index) {
        return day.atTime(hour, 0).plusSeconds(30L * index).toInstant(ZoneOffset.UTC);
    }
}
