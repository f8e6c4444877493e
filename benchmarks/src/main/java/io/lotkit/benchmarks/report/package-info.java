/**
 * Renders JMH JSON results as a Markdown table and an SVG chart, with Lotkit's speed-up over each baseline or peer.
 */
package io.lotkit.benchmarks.report;
