package io.lotkit.fefo;

import io.lotkit.core.Lot;
import io.lotkit.core.LotId;
import io.lotkit.core.IllegalStatusTransitionException;
import io.lotkit.core.LotStatus;
import io.lotkit.core.StatusChange;
import io.lotkit.core.spi.Journal;
import io.lotkit.core.spi.JournalException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Stock per lot and location, and the allocation of it to order lines: plan (a dry run), reserve, release, pick,
 * and waves of lines in priority order; receipts, adjustments, moves and status changes keep the stock current.
 *
 * <p><b>Journal first.</b> Every change is a {@link StockEvent} appended to the journal given at creation
 * <em>before</em> memory changes; if the append throws, memory is unchanged and the exception reaches the caller.
 * {@link #open(Journal)} replays the journal, so an index opened on the same journal has the same state.
 *
 * <p><b>Thread-safety:</b> safe for concurrent use. Each item has its own lock; an operation holds at most one
 * item's lock at a time, so work on one item (including a plan) never waits for work on another, and concurrent
 * reserves of one item are serialized and never over-allocate.
 */
public final class StockIndex {

    /** The scale of quantities when none is given: thousandths of the item's unit. */
    public static final int DEFAULT_QUANTITY_SCALE = 3;

    private final Journal<StockEvent> journal;
    private final StockState state;
    private final Results results;
    private final StockOperations operations;

    private StockIndex(Journal<StockEvent> journal, int scale) {
        this.journal = journal;
        this.state = new StockState(new Units(scale));
        this.results = new Results(state);
        this.operations = new StockOperations(state, journal);
    }

    /**
     * Opens an index on a journal, replaying it, with quantities exact to {@value #DEFAULT_QUANTITY_SCALE}
     * decimal places.
     *
     * @param journal the journal to replay and write through
     * @return the index
     * @throws IllegalArgumentException if {@code journal} is {@code null} or holds an event that does not apply
     *     (naming its position)
     * @throws JournalException if the journal cannot be read
     */
    public static StockIndex open(Journal<StockEvent> journal) {
        return open(journal, DEFAULT_QUANTITY_SCALE);
    }

    /**
     * Opens an index on a journal, replaying it.
     *
     * @param journal the journal to replay and write through
     * @param quantityScale how many decimal places quantities may have, 0 to 9; a finer quantity is rejected,
     *     never rounded
     * @return the index
     * @throws IllegalArgumentException if {@code journal} is {@code null}, the scale is out of range, or the
     *     journal holds an event that does not apply (naming its position)
     * @throws JournalException if the journal cannot be read
     */
    public static StockIndex open(Journal<StockEvent> journal, int quantityScale) {
        Checks.notNull("journal", journal);
        if (quantityScale < 0 || quantityScale > 9) {
            throw new IllegalArgumentException("quantityScale must be between 0 and 9: " + quantityScale);
        }
        StockIndex index = new StockIndex(journal, quantityScale);
        journal.replay((position, event) -> {
            try {
                index.state.apply(event);
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(
                        "journal position " + position + " (" + event + ") does not apply: " + e.getMessage(), e);
            }
        });
        return index;
    }

    // ---- stock ----

    /**
     * Registers a lot with its dates and status; registering the same facts again does nothing.
     *
     * @param lot the lot's facts
     * @throws StockException if the lot is registered with other facts ({@code CONFLICTING_LOT})
     * @throws JournalException if the journal refused the event; nothing changed
     */
    public void registerLot(Lot lot) {
        operations.registerLot(Checks.notNull("lot", lot));
    }

    /**
     * Receives stock of a registered lot at a location.
     *
     * @param lot the lot
     * @param location the location
     * @param quantity the quantity, positive
     * @throws StockException if the lot is not registered
     * @throws JournalException if the journal refused the event; nothing changed
     */
    public void receive(LotId lot, String location, BigDecimal quantity) {
        operations.append(new StockEvent.Received(lot, location, quantity));
    }

    /**
     * Corrects the quantity on hand of a lot at a location.
     *
     * @param lot the lot
     * @param location the location
     * @param delta the change, not zero; a decrease may not take on hand below what is reserved there
     * @param reason why, for the record
     * @throws StockException if the lot is not registered or the decrease exceeds the available quantity
     * @throws JournalException if the journal refused the event; nothing changed
     */
    public void adjust(LotId lot, String location, BigDecimal delta, String reason) {
        operations.append(new StockEvent.Adjusted(lot, location, delta, reason));
    }

    /**
     * Moves available (unreserved) stock of a lot between locations.
     *
     * @param lot the lot
     * @param from the source location
     * @param to the target location
     * @param quantity the quantity, positive, at most what is available at the source
     * @throws StockException if the lot is not registered or too little is available at the source
     * @throws JournalException if the journal refused the event; nothing changed
     */
    public void move(LotId lot, String from, String to, BigDecimal quantity) {
        operations.append(new StockEvent.Moved(lot, from, to, quantity));
    }

    /**
     * Changes a lot's status, as lot-core's status machine allows. A lot put on hold, recalled or otherwise made
     * unallocatable is skipped by every allocation from this call on.
     *
     * @param lot the lot
     * @param status the new status
     * @param reason why, for the record; not blank
     * @param at when the change happens
     * @param cancelOpenReservations whether, if the new status is not allocatable, to release what open
     *     reservations hold of the lot
     * @return lot-core's record of the change, as journaled
     * @throws StockException if the lot is not registered
     * @throws IllegalStatusTransitionException if lot-core's status machine does not allow the change
     * @throws IllegalArgumentException if an argument is {@code null} or the reason is blank
     * @throws JournalException if the journal refused the event; nothing changed
     */
    public StatusChange changeStatus(
            LotId lot, LotStatus status, String reason, Instant at, boolean cancelOpenReservations) {
        Checks.notNull("lot", lot);
        Checks.notNull("status", status);
        Checks.notNull("reason", reason);
        Checks.notNull("at", at);
        return operations.changeStatus(lot, status, reason, at, cancelOpenReservations);
    }

    /**
     * Sets an item's removal time: its lots stop being allocatable this many days before they expire (the
     * removal date is expiry minus removal time).
     *
     * @param item the item
     * @param days the removal time in days, not negative
     * @throws JournalException if the journal refused the event; nothing changed
     */
    public void setRemovalTime(String item, int days) {
        operations.append(new StockEvent.RemovalTimeSet(item, days));
    }

    // ---- allocation ----

    /**
     * Allocates a request without changing anything: the lines {@link #reserve(AllocationRequest)} would reserve
     * now.
     *
     * @param request the order line
     * @return the result, with no reservation
     * @throws IllegalArgumentException if {@code request} is {@code null} or has a quantity finer than the
     *     index's scale
     */
    public AllocationResult plan(AllocationRequest request) {
        Checks.notNull("request", request);
        ItemStock s = state.item(request.item(), request.itemHash());
        if (s == null) {
            return results.nothingInStock(request);
        }
        // The quantity in units does not depend on the item's state: converted before the lock, so that reading the
        // request's decimal overlaps reading the item's stock instead of following it.
        long quantity = state.units.toUnits("quantity", request.quantity());
        synchronized (s) {
            long headUnits = unitsFromHead(s, request, quantity);
            if (headUnits > 0) {
                return results.atHead(request, s, headUnits);
            }
            Outcome outcome = allocate(s, order(s, request), request, quantity, false);
            return results.of(request, s, outcome, null);
        }
    }

    /**
     * Allocates a request and reserves the lines, atomically: every line or none is reserved (with partial fill,
     * the lines that could be allocated).
     *
     * @param request the order line
     * @return the result, with the reservation's id if anything was reserved
     * @throws IllegalArgumentException if {@code request} is {@code null} or has a quantity finer than the
     *     index's scale
     * @throws JournalException if the journal refused the reservation; nothing was reserved
     */
    public AllocationResult reserve(AllocationRequest request) {
        Checks.notNull("request", request);
        ItemStock s = state.item(request.item(), request.itemHash());
        if (s == null) {
            return results.nothingInStock(request);
        }
        // The quantity in units does not depend on the item's state: converted before the lock, so that reading the
        // request's decimal overlaps reading the item's stock instead of following it.
        long quantity = state.units.toUnits("quantity", request.quantity());
        synchronized (s) {
            long headUnits = unitsFromHead(s, request, quantity);
            if (headUnits > 0) {
                return reserveAtHead(s, request, headUnits);
            }
            SlotOrder order = order(s, request);
            Outcome outcome = allocate(s, order, request, quantity, true);
            if (outcome.lineCount == 0) {
                return results.of(request, s, outcome, null);
            }
            long id = state.nextReservationId();
            ReservationId reservation = ReservationId.of(s.item, id);
            // Copied out before the host's journal runs: the outcome is the thread's scratch space, which a journal
            // calling back into this index on the same thread would overwrite. One line is its own reservation;
            // several share the result's arrays of slots and units, copied out already (see Results.several).
            List<AllocationLine> lines;
            OpenReservation open;
            if (outcome.lineCount == 1) {
                OneLineReservation line = results.reservedLine(request, s, outcome, id);
                lines = line;
                open = line;
            } else {
                AllocatedLines.Several several = results.several(request, s, outcome);
                lines = several;
                open = new ArrayReservation(id, request.customerOrNull(), several.sharedSlots(),
                        several.sharedUnits(), Arrays.copyOf(outcome.linePositions, outcome.lineCount));
            }
            AllocationResult result = results.of(request, s, outcome, lines, reservation);
            int generation = outcome.generation;
            int shape = s.shapeVersion;
            journal.append(new StockEvent.Reserved(reservation, open.customer(), lines));
            if (outcome.generation == generation && s.shapeVersion == shape) {
                // Nothing reused the outcome or reshaped the order meanwhile: its positions still hold.
                state.applyReservation(s, open, order, outcome);
            } else {
                state.applyReservation(s, open);
            }
            return result;
        }
    }

    /**
     * Reserves many order lines (a wave) in priority order: higher {@link AllocationRequest#priority()} first,
     * equal priorities in the order given. Each line is reserved atomically on its own; a line that cannot be
     * filled does not undo the others.
     *
     * @param requests the order lines
     * @return the results, in the order of {@code requests}
     * @throws IllegalArgumentException if the list is {@code null} or contains {@code null}
     * @throws JournalException if the journal refused a reservation; the lines before it stay reserved
     */
    public List<AllocationResult> reserveWave(List<AllocationRequest> requests) {
        List<AllocationRequest> wave = Checks.copyOf("requests", requests);
        Integer[] byPriority = new Integer[wave.size()];
        for (int i = 0; i < byPriority.length; i++) {
            byPriority[i] = i;
        }
        Arrays.sort(byPriority, (a, b) -> Integer.compare(wave.get(b).priority(), wave.get(a).priority()));
        AllocationResult[] out = new AllocationResult[wave.size()];
        for (int i : byPriority) {
            out[i] = reserve(wave.get(i));
        }
        return Collections.unmodifiableList(Arrays.asList(out));
    }

    /**
     * Releases (cancels) what is left of a reservation; its stock becomes available again.
     *
     * @param reservation the reservation
     * @throws StockException if the reservation is not open ({@code UNKNOWN_RESERVATION})
     * @throws JournalException if the journal refused the event; nothing changed
     */
    public void release(ReservationId reservation) {
        operations.release(Checks.notNull("reservation", reservation));
    }

    /**
     * Picks (consumes) reserved stock: it leaves the reservation and the quantity on hand, and counts as shipped
     * to the reservation's customer.
     *
     * @param reservation the reservation
     * @param lot the lot picked
     * @param location the location picked from
     * @param quantity the quantity, positive, at most what the reservation holds there
     * @throws StockException if the reservation is not open or holds less there
     * @throws JournalException if the journal refused the event; nothing changed
     */
    public void pick(ReservationId reservation, LotId lot, String location, BigDecimal quantity) {
        operations.append(new StockEvent.Picked(reservation, lot, location, quantity));
    }

    /**
     * Picks everything a reservation still holds, atomically.
     *
     * @param reservation the reservation
     * @return the lines picked
     * @throws StockException if the reservation is not open
     * @throws JournalException if the journal refused the events; nothing changed
     */
    public List<AllocationLine> pickAll(ReservationId reservation) {
        return operations.pickAll(Checks.notNull("reservation", reservation));
    }

    // ---- queries ----

    /**
     * Returns the stock of a lot at a location (zero if there is none).
     *
     * @param lot the lot
     * @param location the location
     * @return the position
     * @throws IllegalArgumentException if an argument is {@code null}
     */
    public StockPosition position(LotId lot, String location) {
        Checks.notNull("lot", lot);
        Checks.location("location", location);
        return results.position(lot, location);
    }

    /**
     * Returns every position of an item that holds stock or a reservation, by lot number then location.
     *
     * @param item the item
     * @return the positions
     * @throws IllegalArgumentException if {@code item} is {@code null}
     */
    public List<StockPosition> positions(String item) {
        return results.positions(Checks.text("item", item));
    }

    /**
     * Returns a registered lot's facts as they stand (status included).
     *
     * @param lot the lot
     * @return the facts, or empty if the lot is not registered
     * @throws IllegalArgumentException if {@code lot} is {@code null}
     */
    public Optional<Lot> lot(LotId lot) {
        return results.lot(Checks.notNull("lot", lot));
    }

    /**
     * Returns an open reservation as it stands.
     *
     * @param reservation the id
     * @return the reservation, or empty if it is not open (never made, released, or fully picked)
     * @throws IllegalArgumentException if {@code reservation} is {@code null}
     */
    public Optional<Reservation> reservation(ReservationId reservation) {
        return results.reservation(Checks.notNull("reservation", reservation));
    }

    /** The canonical text of the whole state, for tests comparing memory with a replay. */
    String describe() {
        return state.describe();
    }

    /**
     * The request's quantity in units ({@code quantity}) if the item's {@link StockHead head} answers it (its rules
     * are plain, its key the head's, and the head slot holds the whole quantity), else 0. Under the item's monitor.
     */
    private long unitsFromHead(ItemStock s, AllocationRequest request, long quantity) {
        if (!request.plainRules() || !state.headEnabled) {
            return 0;
        }
        return quantity <= s.headAvailableFor(request) ? quantity : 0;
    }

    /**
     * Reserves a line the head answers: the full path's reserve, with one line from the head slot, whose reservation
     * is also the result's and the event's list of lines.
     */
    private AllocationResult reserveAtHead(ItemStock s, AllocationRequest request, long quantity) {
        long id = state.nextReservationId();
        ReservationId reservation = ReservationId.of(s.item, id);
        OneLineReservation line = results.reservedAtHead(request, s, quantity, id);
        AllocationResult result = results.resultOf(request, s, line, reservation);
        journal.append(new StockEvent.Reserved(reservation, line.customer(), line));
        state.applyReservation(s, line);
        return result;
    }

    /** The item's order for the request's strategy and location preference, settled before any scratch is used. */
    private static SlotOrder order(ItemStock s, AllocationRequest request) {
        return s.order(request.strategy(), request.locationPreference());
    }

    /**
     * Allocates from {@code order} with this thread's scratch space; the order is settled first, as {@link Scratch}
     * requires. The first line of a plain request's allocation becomes the item's head (see {@link StockHead}), unless
     * the allocation is to be reserved and that line takes all its slot has: the reserve would drop such a head at
     * once, so taking it would only write back the previous head's counts (a slot's facts far from the ones this
     * allocation read) for nothing, and the previous head stays right, as no slot gains stock.
     */
    private Outcome allocate(ItemStock s, SlotOrder order, AllocationRequest request, long quantity,
            boolean reserving) {
        Scratch scratch = Scratch.ofThread();
        Criteria criteria = scratch.criteria.reset(request, quantity, s, state.units);
        Outcome outcome = LineAllocator.allocate(s, order, criteria, scratch.outcome);
        if (outcome.lineCount > 0 && request.plainRules() && state.headEnabled
                && !(reserving && outcome.lineUnits[0] >= s.available(outcome.lineSlots[0]))) {
            int slot = outcome.lineSlots[0];
            s.takeHead(request, slot, s.slotLotId[slot], s.slotLocation[slot]);
        }
        return outcome;
    }

    /**
     * Stops this index from answering requests from the items' heads, so that every allocation takes the full path;
     * for tests comparing the two.
     */
    StockIndex withoutHeads() {
        state.headEnabled = false;
        return this;
    }
}
