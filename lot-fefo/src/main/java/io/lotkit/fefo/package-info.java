/**
 * FEFO/FIFO allocation of lot stock to order lines: a journaled, thread-safe {@link io.lotkit.fefo.StockIndex}
 * holds stock per lot and location; an {@link io.lotkit.fefo.AllocationRequest} (item, quantity, the date that
 * counts, customer, {@link io.lotkit.fefo.AllocationStrategy strategy} and rules) is planned or reserved into an
 * {@link io.lotkit.fefo.AllocationResult}: lines, shortfall, and on request an
 * {@link io.lotkit.fefo.Explanation} of every lot considered with a typed {@link io.lotkit.fefo.SkipReason} for
 * each one skipped.
 *
 * <pre>{@code
 * StockIndex stock = StockIndex.open(journal);              // replays what the journal holds
 * stock.registerLot(lot);                                    // an io.lotkit.core.Lot: dates and status
 * stock.receive(lot.id(), "PICK-01", new BigDecimal("120"));
 * AllocationResult result = stock.reserve(AllocationRequest
 *         .builder("4006381333931", new BigDecimal("30"), shipDate)
 *         .customer("C-1001")
 *         .minimumShelfLife(MinimumShelfLife.days(60))
 *         .explain()
 *         .build());
 * result.reservation().ifPresent(stock::pickAll);
 * }</pre>
 *
 * <p>Expiry is lot-core's one rule ({@link io.lotkit.core.ExpiryRule}); shelf life is lot-core's
 * {@link io.lotkit.core.ShelfLife}; statuses and their legal changes are lot-core's {@link io.lotkit.core.LotStatus}.
 */
package io.lotkit.fefo;
