package io.lotkit.genealogy;

import io.lotkit.core.LotId;
import io.lotkit.core.Quantity;
import io.lotkit.core.UnitOfMeasure;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The in-memory genealogy: interned lots, edges, receipts, shipments and each lot's running quantities, all in
 * primitive columns. {@link #check(GenealogyEvent)} finds every reason an event cannot be applied <em>before</em> it
 * is journaled; {@link #apply(GenealogyEvent, int[])} then cannot fail half-way.
 *
 * <p>Applying comes in two halves, which a large {@link JournalReplay} runs on two threads: {@link #register} (the
 * lots and their units) and {@link #applyRegistered} (everything else). The state is split between them
 * accordingly; during such a replay each part is touched by one thread only:
 * <ul>
 *   <li>the finding and registering thread (stage A) owns {@link #lots}, the units ({@code unitCodes},
 *       {@code units}, {@code unit}, {@code lastUnit}, {@code lastUnitId}) and the lookup scratch
 *       ({@code lineScratch}, {@code idScratch}, {@code touchSink});</li>
 *   <li>the applying thread (stage B) owns {@link #edges}, {@link #receipts}, {@link #shipments}, {@link #names},
 *       {@code created}, {@link #produced}, {@link #consumed}, {@code adjustments}, {@code eventCount} and
 *       {@code inputCodes}.</li>
 * </ul>
 * Stage B writes none of this object's own fields per event (it counts a batch's events at once, and a lot's
 * columns are counted by the columns themselves): the fields share cache lines, which stage A reads throughout, and
 * a write per event would take such a line away from stage A's core each time.
 *
 * <p>Not thread-safe; {@link GenealogyGraph} guards it with a read-write lock, and a replay hands each part to one
 * thread as above.
 */
final class GraphState {

    /** Keeps ids and edge counts clear of int overflow, with room for one more event. */
    static final int MAX_ELEMENTS = Integer.MAX_VALUE - (1 << 20);
    /** The most lots a replay reserves room for ahead: a lot table of some 90 MB. */
    static final int MAX_RESERVED_LOTS = 1 << 24;

    final LotTable lots = new LotTable();
    final EdgeStore edges;
    final LotRecords receipts = new LotRecords();
    final LotRecords shipments = new LotRecords();
    /** Units, suppliers, customers and locations. */
    final StringPool names = new StringPool();

    /** The distinct units, by pooled id; units are few, so each lot holds only the id. */
    private final StringPool unitCodes = new StringPool();
    private final List<UnitOfMeasure> units = new ArrayList<>();
    /** Each lot's unit, by pooled id; sparse, since a graph often holds lots of its first unit mostly. */
    private final SparseIntColumn unit = new SparseIntColumn(0);
    private UnitOfMeasure lastUnit;
    private int lastUnitId;
    /** Each lot's earliest receipt or production time, if any. */
    private final TimeColumn created = new TimeColumn();
    /*
     * Per lot, the quantities produced and consumed by transformations. Received and shipped quantities are summed
     * from the lot's receipts and shipments when asked, since those records are kept anyway.
     */
    final DecimalColumn produced = new DecimalColumn();
    final DecimalColumn consumed = new DecimalColumn();
    /** The few lots ever adjusted: their total adjustment up ({@code [0]}) and down ({@code [1]}). */
    private final Map<Integer, BigDecimal[]> adjustments = new HashMap<>();
    private long eventCount;
    /** The lots of the transformation being checked; each entry cleared once its lot is checked. */
    private LotId[] lineScratch = new LotId[8];
    /**
     * The ids {@link #check} finds, reused from event to event (a replay checks over a million): valid until the
     * next check, which is all {@link #apply} needs, since the graph applies an event right after checking it.
     */
    private int[] idScratch = new int[8];
    /** Keeps the reads {@link #check} makes ahead from being optimised away. */
    private int touchSink;
    /** The packed quantities of the transformation being applied, by input. */
    private int[] inputCodes = new int[8];

    GraphState(int minRebase) {
        edges = new EdgeStore(minRebase);
    }

    /**
     * Makes room for about {@code events} more events, each naming at least one lot, ahead of a replay: as many lots
     * more, up to {@link #MAX_RESERVED_LOTS} (a journal that names its lots over and over would otherwise reserve a
     * table far beyond its lots; {@link #finishReplay()} gives back what was not needed).
     */
    void reserve(long events) {
        lots.reserve((int) Math.min(MAX_RESERVED_LOTS, lots.size() + events));
    }

    /** Ends a replay: folds the edges it loaded into rows, and gives back the lot table's unused reserve. */
    void finishReplay() {
        edges.compact();
        lots.trim();
    }

    long eventCount() {
        return eventCount;
    }

    /**
     * Checks that an event can be applied, and finds the lots it names.
     *
     * @return the ids of the lots the event names (for a transformation, inputs then outputs), {@code -1} for a lot
     *     not known yet; to be passed to {@link #apply(GenealogyEvent, int[])} before the next check, which reuses the
     *     array (it may be longer than the event's lots)
     * @throws IllegalArgumentException if it names a lot in another unit than the lot's recorded unit
     * @throws IllegalStateException if the graph would outgrow its int ids
     */
    int[] check(GenealogyEvent event) {
        int count = findLots(event);
        long newEdges = EventLots.newEdges(event);
        if (newEdges > 0 && !edges.hasRoomFor(newEdges)) {
            throw new IllegalStateException("the graph cannot hold more than " + EdgeStore.MAX_EDGES
                    + " edges, nor more than " + EdgeStore.MAX_UNPACKED_QUANTITIES
                    + " edge quantities of more than eight digits or fourteen decimals");
        }
        checkElements(count, receipts.size(), shipments.size());
        return idScratch;
    }

    /**
     * Refuses an event that would take the lots past {@link #MAX_ELEMENTS} ({@code count} lots named, known or not),
     * or the receipts or shipments, numbering {@code receiptCount} and {@code shipmentCount}.
     */
    void checkElements(int count, int receiptCount, int shipmentCount) {
        if (lots.size() + count > MAX_ELEMENTS || receiptCount >= MAX_ELEMENTS || shipmentCount >= MAX_ELEMENTS) {
            throw new IllegalStateException("the graph cannot hold more than " + MAX_ELEMENTS + " lots or records");
        }
    }

    /** Finds the lots an event names into {@link #idScratch}, checks their units, and returns their number. */
    private int findLots(GenealogyEvent event) {
        if (event instanceof Receive r) {
            touchSink += touch(r.supplier(), r.receivingLocation());
        } else if (event instanceof Ship s) {
            touchSink += touch(s.customer(), s.shipTo());
        } else if (event instanceof Transform t) {
            return checkTransform(t);
        }
        idScratch[0] = lots.find(EventLots.lotAt(event, 0));
        checkUnits(event, idScratch, 0, 1);
        return 1;
    }

    /**
     * Reads the two names a receipt or shipment will {@linkplain StringPool#intern intern} when applied, to bring
     * their strings and characters into the cache while its lot is looked up, rather than one after the other
     * afterwards (each is often a fresh string, compared character by character); returns their lengths.
     */
    private static int touch(String party, String place) {
        return party.length() + place.length();
    }

    /**
     * Finds a transformation's lots, inputs then outputs, all together ({@link LotTable#probeAll},
     * {@link LotTable#resolveAll}), into
     * {@link #idScratch}; returns their number.
     */
    private int checkTransform(Transform t) {
        int inputs = t.inputs().size();
        int count = inputs + t.outputs().size();
        if (lineScratch.length < count) {
            lineScratch = new LotId[count];
            idScratch = new int[count];
        }
        for (int i = 0; i < count; i++) {
            lineScratch[i] = EventLots.line(t, i).lot();
        }
        int[] ids = idScratch;
        // The inputs' consumed sums are read ahead with their likely ids, alongside their keys.
        int[] candidates = lots.probeAll(lineScratch, count);
        int touched = 0;
        for (int i = 0; i < inputs; i++) {
            touched += candidates[i] < 0 ? 0 : consumed.touch(candidates[i]);
        }
        touchSink += touched;
        lots.resolveAll(count, ids);
        for (int i = 0; i < count; i++) {
            lineScratch[i] = null;
        }
        checkUnits(t, ids, 0, count);
        return count;
    }

    /**
     * Refuses an event that names a known lot in another unit than the lot's recorded one; the ids of its
     * {@code count} lots are {@code ids[from..]}, {@code -1} for a lot not known yet. Reads only the lot table and
     * the units.
     *
     * @throws IllegalArgumentException naming the event's field, and the lot, recorded unit and unit named
     */
    void checkUnits(GenealogyEvent event, int[] ids, int from, int count) {
        for (int i = 0; i < count; i++) {
            int id = ids[from + i];
            if (id < 0) {
                continue;
            }
            // Hosts mostly pass the same few unit objects: identity spares the record's generated equals.
            UnitOfMeasure recorded = unit(id);
            UnitOfMeasure named = EventLots.unitAt(event, i);
            if (recorded != named && !recorded.equals(named)) {
                throw new IllegalArgumentException("%s: lot %s is recorded in unit '%s', not '%s'"
                        .formatted(EventLots.field(event, i), EventLots.lotAt(event, i), recorded, named));
            }
        }
    }

    /** Applies an event that passed {@link #check(GenealogyEvent)}, with the ids that check returned. */
    void apply(GenealogyEvent event, int[] ids) {
        register(event, ids, 0, EventLots.lotCount(event));
        applyRegistered(event, ids, 0);
        countApplied(1);
    }

    /** Counts {@code events} events applied through {@link #applyRegistered}, which leaves counting to its caller. */
    void countApplied(int events) {
        eventCount += events;
    }

    /**
     * The first half of applying an event: gives each of its {@code count} lots not known yet (whose id at
     * {@code ids[from + i]} is negative) its id, in the order the event names them, and records its unit. Touches
     * only the lot table and the units.
     */
    void register(GenealogyEvent event, int[] ids, int from, int count) {
        for (int i = 0; i < count; i++) {
            if (ids[from + i] < 0) {
                ids[from + i] = newLot(EventLots.lotAt(event, i), EventLots.unitAt(event, i));
            }
        }
    }

    /**
     * The second half of applying an event, after {@link #register}: its records, sums, times and edges, with its
     * lots' ids at {@code ids[from..]}. Touches everything but the lot table and the units; a lot met here for the
     * first time (its id is the next one) gets its columns first. The caller counts the event
     * ({@link #countApplied}).
     */
    void applyRegistered(GenealogyEvent event, int[] ids, int from) {
        if (event instanceof Receive r) {
            int lot = columnsFor(ids[from]);
            receipts.add(lot, names.intern(r.supplier()), names.intern(r.receivingLocation()), r.time(),
                    r.received().quantity().value());
            noteCreated(lot, r.time());
        } else if (event instanceof Ship s) {
            int lot = columnsFor(ids[from]);
            shipments.add(lot, names.intern(s.customer()), names.intern(s.shipTo()), s.time(),
                    s.shipped().quantity().value());
        } else if (event instanceof Adjust a) {
            int lot = columnsFor(ids[from]);
            BigDecimal[] totals = adjustments.computeIfAbsent(lot, id -> new BigDecimal[] {BigDecimal.ZERO,
                    BigDecimal.ZERO});
            int direction = a.reason().increases() ? 0 : 1;
            totals[direction] = totals[direction].add(a.quantity().value());
        } else {
            applyTransform((Transform) event, ids, from);
        }
    }

    private void applyTransform(Transform t, int[] ids, int from) {
        int inputCount = t.inputs().size();
        if (inputCodes.length < inputCount) {
            inputCodes = new int[inputCount];
        }
        // Each input's quantity is packed once, for its consumed sum and for its edge to every output.
        int[] codes = inputCodes;
        for (int i = 0; i < inputCount; i++) {
            LotQuantity line = t.inputs().get(i);
            int input = columnsFor(ids[from + i]);
            codes[i] = DecimalColumn.pack(line.quantity().value());
            consumed.addTo(input, line.quantity().value(), codes[i]);
        }
        for (int o = 0; o < t.outputs().size(); o++) {
            LotQuantity line = t.outputs().get(o);
            int output = columnsFor(ids[from + inputCount + o]);
            produced.addTo(output, line.quantity().value());
            noteCreated(output, t.time());
            for (int i = 0; i < inputCount; i++) {
                edges.add(ids[from + i], output, t.inputs().get(i).quantity().value(), codes[i]);
            }
        }
    }

    /** Interns a new lot and records its unit; its other columns come with {@link #columnsFor}. */
    private int newLot(LotId lot, UnitOfMeasure unitOfMeasure) {
        int id = lots.add(lot);
        // Hosts mostly pass the same few unit objects: the last one's id is kept to skip the lookup.
        int unitId = lastUnitId;
        if (unitOfMeasure != lastUnit) {
            unitId = unitCodes.intern(unitOfMeasure.code());
            lastUnit = unitOfMeasure;
            lastUnitId = unitId;
        }
        if (unitId == units.size()) {
            units.add(unitOfMeasure);
        }
        unit.set(unit.addDefault(), unitId);
        return id;
    }

    /**
     * Returns a lot's id after making its columns if it is the next lot without them: lots get ids in the order
     * their events name them, and {@link #applyRegistered} meets them in that same order.
     */
    private int columnsFor(int lot) {
        // The lots that have their columns (edges, records, time, sums): all of them between events.
        int withColumns = consumed.size();
        if (lot < withColumns) {
            return lot;
        }
        if (lot > withColumns) {
            throw new IllegalStateException("lot " + lot + " applied before lot " + withColumns);
        }
        edges.addLot();
        receipts.addLot();
        shipments.addLot();
        created.add(null);
        produced.addZero();
        consumed.addZero();
        return lot;
    }

    /** Keeps the earliest receipt or production time as the lot's date. */
    private void noteCreated(int lot, Instant time) {
        if (!created.isPresent(lot) || created.compareTo(lot, time) > 0) {
            created.set(lot, time);
        }
    }

    BigDecimal received(int lot) {
        return total(receipts, lot);
    }

    BigDecimal shipped(int lot) {
        return total(shipments, lot);
    }

    private static BigDecimal total(LotRecords records, int lot) {
        BigDecimal total = BigDecimal.ZERO;
        for (int r = records.first(lot); r != LotRecords.END; r = records.next(r)) {
            total = total.add(records.quantity(r));
        }
        return total;
    }

    BigDecimal adjustedUp(int lot) {
        BigDecimal[] totals = adjustments.get(lot);
        return totals == null ? BigDecimal.ZERO : totals[0];
    }

    BigDecimal adjustedDown(int lot) {
        BigDecimal[] totals = adjustments.get(lot);
        return totals == null ? BigDecimal.ZERO : totals[1];
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
        return created.get(lot);
    }

    /** Tests the lot's date against a half-open window without creating an {@link Instant}. */
    boolean createdWithin(int lot, Instant from, Instant to) {
        return created.isPresent(lot) && created.compareTo(lot, from) >= 0 && created.compareTo(lot, to) < 0;
    }
}
