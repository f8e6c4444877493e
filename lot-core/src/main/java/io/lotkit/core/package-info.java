/**
 * The lot vocabulary: a lot's identity (item plus lot number), its dates, status state machine and origin,
 * exact quantities with a unit of measure, and shelf-life arithmetic.
 *
 * <p>All types here are immutable values and safe to share between threads.
 */
package io.lotkit.core;
