package io.lotkit.fefo;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of allocating one request: the lines taken, what is missing, the reservation made (by
 * {@link StockIndex#reserve(AllocationRequest) reserve}, not by {@link StockIndex#plan(AllocationRequest) plan}),
 * and, if the request asked for it, the explanation.
 *
 * <p>Immutable and thread-safe.
 *
 * @param item the item allocated
 * @param requested the quantity requested
 * @param lines the lines, in the order of the request's strategy; empty if nothing could be allocated
 * @param shortfall the quantity requested but not allocated, zero when the line is filled
 * @param reservation the reservation holding the lines, if this result comes from a reserve that allocated
 *     something
 * @param explanation every lot considered and why it was skipped, if the request asked for it
 */
public record AllocationResult(
        String item,
        BigDecimal requested,
        List<AllocationLine> lines,
        BigDecimal shortfall,
        Optional<ReservationId> reservation,
        Optional<Explanation> explanation) {

    /**
     * Validates the result.
     *
     * @param item the item
     * @param requested the quantity requested, positive
     * @param lines the lines
     * @param shortfall the shortfall, not negative
     * @param reservation the reservation, or empty
     * @param explanation the explanation, or empty
     * @throws IllegalArgumentException if a part is {@code null}, a quantity is out of range, or the lines and
     *     the shortfall do not add up to the quantity requested
     */
    public AllocationResult {
        // The index's own lines are immutable, and were summed exactly in units when built for these very
        // quantities: they need neither a copy nor a decimal sum. Any other list gets both. Their item is the
        // index's own code, which passed the same text check when the item became known to the index.
        boolean builtByIndex = lines instanceof AllocatedLines built && built.addUpWith(requested, shortfall)
                && built.isOfItem(item);
        if (!builtByIndex) {
            Checks.text("item", item);
        }
        Checks.positive("requested", requested);
        if (!builtByIndex) {
            lines = Checks.copyOf("lines", lines);
        }
        Checks.notNegative("shortfall", shortfall);
        Checks.notNull("reservation", reservation);
        Checks.notNull("explanation", explanation);
        if (!builtByIndex) {
            requireAddsUp(requested, lines, shortfall);
        }
    }

    private static void requireAddsUp(BigDecimal requested, List<AllocationLine> lines, BigDecimal shortfall) {
        BigDecimal total = shortfall;
        for (AllocationLine line : lines) {
            total = total.add(line.quantity());
        }
        if (total.compareTo(requested) != 0) {
            throw new IllegalArgumentException("lines (%s) and shortfall (%s) do not add up to requested %s"
                    .formatted(total.subtract(shortfall).toPlainString(), shortfall.toPlainString(),
                            requested.toPlainString()));
        }
    }

    /**
     * Returns the quantity allocated: the sum of the lines.
     *
     * @return the quantity allocated
     */
    public BigDecimal allocated() {
        return requested.subtract(shortfall);
    }

    /**
     * Tells whether the request is filled in full.
     *
     * @return {@code true} if the shortfall is zero
     */
    public boolean filled() {
        return shortfall.signum() == 0;
    }
}
