/**
 * The two journals Lotkit ships: an in-memory journal for tests and hosts that keep their own records, and the
 * durable file journal (append-only JSON Lines, forced to disk before an append is acknowledged) that is the
 * embedded default.
 */
package io.lotkit.core.journal;
