/**
 * The lot vocabulary: a lot's identity (item plus lot number), its dates, status state machine and origin,
 * exact quantities with a unit of measure, and shelf-life arithmetic.
 *
 * <ul>
 *   <li>{@link io.lotkit.core.Lot} ({@link io.lotkit.core.LotBuilder}) with {@link io.lotkit.core.LotId},
 *       {@link io.lotkit.core.LotOrigin} and {@link io.lotkit.core.LotStatus}; a status change is checked against
 *       the status table and recorded as a {@link io.lotkit.core.StatusChange} event.</li>
 *   <li>{@link io.lotkit.core.Quantity} in a {@link io.lotkit.core.UnitOfMeasure}: exact, never negative, never
 *       mixing units.</li>
 *   <li>{@link io.lotkit.core.ExpiryRule}: the one rule for the expiry day (usable through it, expired the day
 *       after), which every module calls; {@link io.lotkit.core.ShelfLife} builds on it.</li>
 * </ul>
 *
 * <p>Every value type here is immutable and safe to share between threads; {@link io.lotkit.core.LotBuilder} is
 * the one mutable, not thread-safe type.
 */
package io.lotkit.core;
