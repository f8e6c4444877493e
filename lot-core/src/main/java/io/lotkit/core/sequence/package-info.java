/**
 * Lot-number generation: a format joined with a journaled sequence that never issues a number twice, across
 * threads and across restarts.
 */
package io.lotkit.core.sequence;
