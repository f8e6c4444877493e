package io.lotkit.genealogy;

import io.lotkit.core.LotId;
import io.lotkit.core.Quantity;
import io.lotkit.core.UnitOfMeasure;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The in-memory genealogy: interned lots, edges, receipts, shipments and each lot's running quantities, all in
 * primitive columns. {@link #check(GenealogyEvent)} finds every reason an event cannot be applied <em>before</em> it
 * is journaled; {@link #apply(GenealogyEvent)} then cannot fail half-way.
 *
 * <p>Not thread-safe; {@link GenealogyGraph} guards it with a read-write lock.
 */
final class GraphState {

    static final long NO_TIME = Long.MIN_VALUE;
    /** Keeps ids and edge counts clear of int overflow, with room for one more event. */
    static final int MAX_ELEMENTS = Integer.MAX_VALUE - (1 << 20);

    final LotTable lots = new LotTable();
    final EdgeStore edges = new EdgeStore();
    final LotRecords receipts = new LotRecords();
    final LotRecords shipments = new LotRecords();
    /** Units, suppliers, customers and locations. */
    final StringPool names = new StringPool();

    /** The distinct units, by pooled id; units are few, so each lot holds only the id. */
    private final StringPool unitCodes = new StringPool();
    private final List<UnitOfMeasure> units = new ArrayList<>();
    private final IntColumn unit = new IntColumn();
    private final LongColumn createdSecond = new LongColumn();
    private final IntColumn createdNano = new IntColumn();
    final DecimalColumn received = new DecimalColumn();
    final DecimalColumn produced = new DecimalColumn();
    final DecimalColumn consumed = new DecimalColumn();
    final DecimalColumn shipped = new DecimalColumn();
    final DecimalColumn adjustedUp = new DecimalColumn();
    final DecimalColumn adjustedDown = new DecimalColumn();
    private long eventCount;

    long eventCount() {
        return eventCount;
    }

    /**
     * Checks that an event can be applied.
     *
     * @throws IllegalArgumentException if it names a lot in another unit than the lot's recorded unit
     * @throws IllegalStateException if the graph would outgrow its int ids
     */
    void check(GenealogyEvent event) {
        if (event instanceof Receive r) {
            checkUnit("received", r.received().lot(), r.received().quantity().unit());
        } else if (event instanceof Ship s) {
            checkUnit("shipped", s.shipped().lot(), s.shipped().quantity().unit());
        } else if (event instanceof Adjust a) {
            checkUnit("lot", a.lot(), a.quantity().unit());
        } else {
            Transform t = (Transform) event;
            checkLines("inputs", t.inputs());
            checkLines("outputs", t.outputs());
            long newEdges = (long) t.inputs().size() * t.outputs().size();
            if (edges.size() + newEdges > MAX_ELEMENTS) {
                throw new IllegalStateException("the graph cannot hold more than " + MAX_ELEMENTS + " edges");
            }
        }
        if (lots.size() + event.lots().size() > MAX_ELEMENTS || receipts.size() >= MAX_ELEMENTS
                || shipments.size() >= MAX_ELEMENTS) {
            throw new IllegalStateException("the graph cannot hold more than " + MAX_ELEMENTS + " lots or records");
        }
    }

    private void checkLines(String field, List<LotQuantity> lines) {
        for (int i = 0; i < lines.size(); i++) {
            checkUnit(field + "[" + i + "]", lines.get(i).lot(), lines.get(i).quantity().unit());
        }
    }

    private void checkUnit(String field, LotId lot, UnitOfMeasure unitOfMeasure) {
        int id = lots.find(lot);
        if (id < 0) {
            return;
        }
        UnitOfMeasure recorded = unit(id);
        if (!recorded.equals(unitOfMeasure)) {
            throw new IllegalArgumentException("%s: lot %s is recorded in unit '%s', not '%s'"
                    .formatted(field, lot, recorded, unitOfMeasure));
        }
    }

    /** Applies an event that passed {@link #check(GenealogyEvent)}. */
    void apply(GenealogyEvent event) {
        if (event instanceof Receive r) {
            int lot = lotWithUnit(r.received());
            received.addTo(lot, r.received().quantity().value());
            receipts.add(lot, names.intern(r.supplier()), names.intern(r.receivingLocation()), r.time(),
                    r.received().quantity().value());
            noteCreated(lot, r.time());
        } else if (event instanceof Ship s) {
            int lot = lotWithUnit(s.shipped());
            shipped.addTo(lot, s.shipped().quantity().value());
            shipments.add(lot, names.intern(s.customer()), names.intern(s.shipTo()), s.time(),
                    s.shipped().quantity().value());
        } else if (event instanceof Adjust a) {
            int lot = lotWithUnit(a.lot(), a.quantity().unit());
            (a.reason().increases() ? adjustedUp : adjustedDown).addTo(lot, a.quantity().value());
        } else {
            applyTransform((Transform) event);
        }
        eventCount++;
    }

    private void applyTransform(Transform t) {
        int[] inputs = new int[t.inputs().size()];
        for (int i = 0; i < inputs.length; i++) {
            LotQuantity line = t.inputs().get(i);
            inputs[i] = lotWithUnit(line);
            consumed.addTo(inputs[i], line.quantity().value());
        }
        for (LotQuantity line : t.outputs()) {
            int output = lotWithUnit(line);
            produced.addTo(output, line.quantity().value());
            noteCreated(output, t.time());
            for (int i = 0; i < inputs.length; i++) {
                edges.add(inputs[i], output, t.inputs().get(i).quantity().value());
            }
        }
    }

    private int lotWithUnit(LotQuantity line) {
        return lotWithUnit(line.lot(), line.quantity().unit());
    }

    private int lotWithUnit(LotId lot, UnitOfMeasure unitOfMeasure) {
        int before = lots.size();
        int id = lots.intern(lot);
        if (id == before) {
            edges.addLot();
            receipts.addLot();
            shipments.addLot();
            int unitId = unitCodes.intern(unitOfMeasure.code());
            if (unitId == units.size()) {
                units.add(unitOfMeasure);
            }
            unit.add(unitId);
            createdSecond.add(NO_TIME);
            createdNano.add(0);
            received.add(BigDecimal.ZERO);
            produced.add(BigDecimal.ZERO);
            consumed.add(BigDecimal.ZERO);
            shipped.add(BigDecimal.ZERO);
            adjustedUp.add(BigDecimal.ZERO);
            adjustedDown.add(BigDecimal.ZERO);
        }
        return id;
    }

    /** Keeps the earliest receipt or production time as the lot's date. */
    private void noteCreated(int lot, Instant time) {
        long second = createdSecond.get(lot);
        if (second == NO_TIME || time.getEpochSecond() < second
                || (time.getEpochSecond() == second && time.getNano() < createdNano.get(lot))) {
            createdSecond.set(lot, time.getEpochSecond());
            createdNano.set(lot, time.getNano());
        }
    }

    UnitOfMeasure unit(int lot) {
        return units.get(unit.get(lot));
    }

    /** Returns a lot's quantity held in a column, in the lot's unit. */
    Quantity quantity(int lot, BigDecimal value) {
        return Quantity.of(value, unit(lot));
    }

    /** Returns the lot's earliest receipt or production time, or {@code null} if it has none. */
    Instant created(int lot) {
        long second = createdSecond.get(lot);
        return second == NO_TIME ? null : Instant.ofEpochSecond(second, createdNano.get(lot));
    }

    /** Tests the lot's date against a half-open window without creating an {@link Instant}. */
    boolean createdWithin(int lot, Instant from, Instant to) {
        long second = createdSecond.get(lot);
        if (second == NO_TIME) {
            return false;
        }
        int nano = createdNano.get(lot);
        return compare(second, nano, from) >= 0 && compare(second, nano, to) < 0;
    }

    private static int compare(long second, int nano, Instant instant) {
        int bySecond = Long.compare(second, instant.getEpochSecond());
        return bySecond != 0 ? bySecond : Integer.compare(nano, instant.getNano());
    }
}
