/**
 * Runnable examples of Lotkit, started from {@code benchmarks/target/benchmarks.jar}.
 */
package io.lotkit.examples;
