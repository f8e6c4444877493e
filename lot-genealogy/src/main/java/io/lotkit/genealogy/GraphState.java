package io.lotkit.genealogy;

import io.lotkit.core.LotId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * The in-memory genealogy: interned lots, edges, receipts, shipments and each lot's running quantities, all in
 * primitive columns. {@link #check(GenealogyEvent)} finds every reason an event cannot be applied <em>before</em> it
 * is journaled; {@link #apply(GenealogyEvent)} then cannot fail half-way.
 *
 * <p>Not thread-safe; {@link GenealogyGraph} guards it with a read-write lock.
 */
final class GraphState {

    static final int NO_UNIT = -1;
    static final long NO_TIME = Long.MIN_VALUE;
    /** Keeps ids and edge counts clear of int overflow, with room for one more event. */
    static final int MAX_ELEMENTS = Integer.MAX_VALUE - (1 << 20);

    final LotTable lots = new LotTable();
    final EdgeStore edges = new EdgeStore();
    final LotRecords receipts = new LotRecords();
    final LotRecords shipments = new LotRecords();
    /** Units, suppliers, customers and locations. */
    final StringPool names = new StringPool();

    private final IntColumn unit = new IntColumn();
    private final LongColumn createdSecond = new LongColumn();
    private final IntColumn createdNano = new IntColumn();
    final DecimalColumn received = new DecimalColumn();
    final DecimalColumn produced = new DecimalColumn();
    final DecimalColumn consumed = new DecimalColumn();
    final DecimalColumn shipped = new DecimalColumn();
    final DecimalColumn adjusted = new DecimalColumn();
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
            checkUnit("received", r.received().lot(), r.received().unit());
        } else if (event instanceof Ship s) {
            checkUnit("shipped", s.shipped().lot(), s.shipped().unit());
        } else if (event instanceof Adjust a) {
            checkUnit("lot", a.lot(), a.unit());
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
            checkUnit(field + "[" + i + "]", lines.get(i).lot(), lines.get(i).unit());
        }
    }

    private void checkUnit(String field, LotId lot, String unitName) {
        int id = lots.find(lot);
        if (id < 0 || unit.get(id) == NO_UNIT) {
            return;
        }
        String recorded = names.get(unit.get(id));
        if (!recorded.equals(unitName)) {
            throw new IllegalArgumentException("%s: lot %s is recorded in unit '%s', not '%s'"
                    .formatted(field, lot, recorded, unitName));
        }
    }

    /** Applies an event that passed {@link #check(GenealogyEvent)}. */
    void apply(GenealogyEvent event) {
        if (event instanceof Receive r) {
            int lot = lotWithUnit(r.received());
            received.addTo(lot, r.received().quantity());
            receipts.add(lot, names.intern(r.supplier()), names.intern(r.receivingLocation()), r.time(),
                    r.received().quantity());
            noteCreated(lot, r.time());
        } else if (event instanceof Ship s) {
            int lot = lotWithUnit(s.shipped());
            shipped.addTo(lot, s.shipped().quantity());
            shipments.add(lot, names.intern(s.customer()), names.intern(s.shipTo()), s.time(),
                    s.shipped().quantity());
        } else if (event instanceof Adjust a) {
            int lot = lotWithUnit(a.lot(), a.unit());
            adjusted.addTo(lot, a.change());
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
            consumed.addTo(inputs[i], line.quantity());
        }
        for (LotQuantity line : t.outputs()) {
            int output = lotWithUnit(line);
            produced.addTo(output, line.quantity());
            noteCreated(output, t.time());
            for (int i = 0; i < inputs.length; i++) {
                edges.add(inputs[i], output, t.inputs().get(i).quantity());
            }
        }
    }

    private int lotWithUnit(LotQuantity line) {
        return lotWithUnit(line.lot(), line.unit());
    }

    private int lotWithUnit(LotId lot, String unitName) {
        int before = lots.size();
        int id = lots.intern(lot);
        if (id == before) {
            edges.addLot();
            receipts.addLot();
            shipments.addLot();
            unit.add(names.intern(unitName));
            createdSecond.add(NO_TIME);
            createdNano.add(0);
            received.add(BigDecimal.ZERO);
            produced.add(BigDecimal.ZERO);
            consumed.add(BigDecimal.ZERO);
            shipped.add(BigDecimal.ZERO);
            adjusted.add(BigDecimal.ZERO);
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

    String unit(int lot) {
        return names.get(unit.get(lot));
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
