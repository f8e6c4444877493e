package io.lotkit.fefo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What one allocation produced, in units and slot indices: the lines taken and, when explaining, a note for
 * every slot looked at. Turned into an {@link AllocationResult} by {@link StockIndex}.
 *
 * <p>An outcome that does not explain is scratch space: each thread keeps one ({@link Scratch}) and
 * {@link #reset resets} it for every allocation, so the hot path allocates no outcome and no line arrays (they keep
 * the size the largest line so far needed). Whatever must outlive the allocation is copied out.
 */
final class Outcome {

    int lineCount;
    int[] lineSlots = new int[2];
    /** Each line's position in the order the allocation walked. */
    int[] linePositions = new int[2];
    long[] lineUnits = new long[2];
    long allocated;
    /** Distinct lots taken, for the at-most-N rule. */
    private int lotCount;
    private int[] lotsTaken = new int[2];

    /** Per slot looked at, when explaining: slot, available units, units taken, reason (or null). */
    final List<Note> notes;

    /**
     * Counts the resets, so that a caller that let other code run (the host's journal) can tell whether the outcome
     * still holds its allocation or was reused meanwhile.
     */
    int generation;

    /** Whether distinct lots are counted (only the at-most-N rule needs it). */
    private boolean countLots;

    Outcome(boolean explain, boolean countLots) {
        this.notes = explain ? new ArrayList<>() : null;
        this.countLots = countLots;
    }

    /** Empties the outcome for a new allocation; only for one that does not explain. */
    Outcome reset(boolean countLots) {
        this.generation++;
        this.lineCount = 0;
        this.allocated = 0;
        this.lotCount = 0;
        this.countLots = countLots;
        return this;
    }

    boolean explaining() {
        return notes != null;
    }

    int lotCount() {
        return lotCount;
    }

    boolean hasLot(int lot) {
        for (int i = 0; i < lotCount; i++) {
            if (lotsTaken[i] == lot) {
                return true;
            }
        }
        return false;
    }

    void take(int slot, int position, int lot, long units) {
        if (lineCount == lineSlots.length) {
            lineSlots = Arrays.copyOf(lineSlots, lineCount * 2);
            linePositions = Arrays.copyOf(linePositions, lineCount * 2);
            lineUnits = Arrays.copyOf(lineUnits, lineCount * 2);
        }
        lineSlots[lineCount] = slot;
        linePositions[lineCount] = position;
        lineUnits[lineCount] = units;
        lineCount++;
        allocated += units;
        if (countLots && !hasLot(lot)) {
            if (lotCount == lotsTaken.length) {
                lotsTaken = Arrays.copyOf(lotsTaken, lotCount * 2);
            }
            lotsTaken[lotCount++] = lot;
        }
    }

    void note(int slot, long available, long taken, SkipReason reason) {
        if (notes != null) {
            notes.add(new Note(slot, available, taken, reason));
        }
    }

    /** All or nothing could not be met: drop every line, and say so for the slots that were taken. */
    void dropAll() {
        lineCount = 0;
        allocated = 0;
        lotCount = 0;
        if (notes != null) {
            for (int i = 0; i < notes.size(); i++) {
                Note note = notes.get(i);
                if (note.reason == null) {
                    notes.set(i, new Note(note.slot, note.available, 0, SkipReason.LINE_NOT_FILLABLE));
                }
            }
        }
    }

    /** One slot as the allocation saw it. */
    record Note(int slot, long available, long taken, SkipReason reason) {
        Optional<SkipReason> optionalReason() {
            return Optional.ofNullable(reason);
        }
    }
}
