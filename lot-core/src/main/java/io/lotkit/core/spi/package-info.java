/**
 * The persistence SPI: one generic, append-only {@link io.lotkit.core.spi.Journal} that every stateful Lotkit
 * component writes its events through before applying them in memory, and replays on start.
 *
 * <p>A host implements it once (for example on its own database) and proves its implementation with the
 * contract test kit published in lot-core's test-jar ({@code io.lotkit.core.testkit.JournalContract}).
 */
package io.lotkit.core.spi;
