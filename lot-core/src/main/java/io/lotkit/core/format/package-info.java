/**
 * The lot-number format engine: a pattern compiled once into an immutable, thread-safe
 * {@code LotNumberFormat} that both formats a lot number from a context and parses one back into its fields.
 */
package io.lotkit.core.format;
