package io.lotkit.core;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The status of a lot, a small state machine. A change of status is made with
 * {@link Lot#changeStatus(LotStatus, String, java.time.Instant)}, which records it as a {@link StatusChange}; a
 * move not in the table below is refused with {@link IllegalStatusTransitionException}, never ignored.
 *
 * <table>
 *   <caption>Legal moves (from → to)</caption>
 *   <tr><th>From</th><th>May move to</th></tr>
 *   <tr><td>{@link #QUARANTINE}</td><td>RELEASED, ON_HOLD, REJECTED, RECALLED, EXPIRED</td></tr>
 *   <tr><td>{@link #RELEASED}</td><td>ON_HOLD, RECALLED, EXPIRED, CONSUMED</td></tr>
 *   <tr><td>{@link #ON_HOLD}</td><td>RELEASED, QUARANTINE, REJECTED, RECALLED, EXPIRED</td></tr>
 *   <tr><td>{@link #EXPIRED}</td><td>QUARANTINE, REJECTED, RECALLED</td></tr>
 *   <tr><td>{@link #REJECTED}</td><td>none (terminal)</td></tr>
 *   <tr><td>{@link #RECALLED}</td><td>none (terminal)</td></tr>
 *   <tr><td>{@link #CONSUMED}</td><td>none (terminal)</td></tr>
 * </table>
 *
 * <p>Why these moves: a lot is received into quarantine and released after inspection; a released lot that is
 * doubted is put on hold first (not rejected outright), and from hold is released again, sent back to quarantine
 * for re-testing, or rejected. A recall can reach a lot in any non-terminal status. An expired lot may go back to
 * quarantine for re-testing (a shelf-life extension, with a new expiry date), or be rejected. Only a released lot
 * can be consumed. No status moves to itself. REJECTED, RECALLED and CONSUMED are final: the lot's record is kept
 * for traceability, but its status no longer changes.
 *
 * <p>Immutable and thread-safe.
 */
public enum LotStatus {
    /** Received or produced, waiting for inspection; not usable yet. The usual first status. */
    QUARANTINE,
    /** Inspected and approved; the only status that may be allocated to orders. */
    RELEASED,
    /** Temporarily blocked, e.g. while a complaint is investigated. */
    ON_HOLD,
    /** Refused by quality control or disposed of. Terminal. */
    REJECTED,
    /** Recalled by the manufacturer or a supplier. Terminal. */
    RECALLED,
    /** Past its expiry date (see {@link ExpiryRule}). */
    EXPIRED,
    /** Used up entirely. Terminal. */
    CONSUMED;

    private static final Map<LotStatus, Set<LotStatus>> NEXT = transitionTable();

    private static Map<LotStatus, Set<LotStatus>> transitionTable() {
        Map<LotStatus, Set<LotStatus>> next = new EnumMap<>(LotStatus.class);
        next.put(QUARANTINE, EnumSet.of(RELEASED, ON_HOLD, REJECTED, RECALLED, EXPIRED));
        next.put(RELEASED, EnumSet.of(ON_HOLD, RECALLED, EXPIRED, CONSUMED));
        next.put(ON_HOLD, EnumSet.of(RELEASED, QUARANTINE, REJECTED, RECALLED, EXPIRED));
        next.put(EXPIRED, EnumSet.of(QUARANTINE, REJECTED, RECALLED));
        next.put(REJECTED, EnumSet.noneOf(LotStatus.class));
        next.put(RECALLED, EnumSet.noneOf(LotStatus.class));
        next.put(CONSUMED, EnumSet.noneOf(LotStatus.class));
        next.replaceAll((from, to) -> Collections.unmodifiableSet(to));
        return next;
    }

    /**
     * Returns the statuses this one may move to, as in the table in the class description.
     *
     * @return an unmodifiable set, empty for a terminal status
     */
    public Set<LotStatus> allowedNext() {
        return NEXT.get(this);
    }

    /**
     * Returns whether a lot in this status may move to {@code target}.
     *
     * @param target the status to move to
     * @return {@code true} if the move is in the table
     * @throws IllegalArgumentException if {@code target} is {@code null}
     */
    public boolean canMoveTo(LotStatus target) {
        Checks.requireNonNull("target", target);
        return NEXT.get(this).contains(target);
    }

    /**
     * Returns whether this status is final: no move leaves it.
     *
     * @return {@code true} for REJECTED, RECALLED and CONSUMED
     */
    public boolean isTerminal() {
        return NEXT.get(this).isEmpty();
    }

    /**
     * Returns whether stock of a lot in this status may be allocated to orders. Only {@link #RELEASED} may; an
     * allocator must also check the lot's expiry date with {@link Lot#isExpiredOn(java.time.LocalDate)}, because
     * the status is changed to EXPIRED by the host, not by the calendar.
     *
     * @return {@code true} only for RELEASED
     */
    public boolean isAllocatable() {
        return this == RELEASED;
    }
}
