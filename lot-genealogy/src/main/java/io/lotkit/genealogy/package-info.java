/**
 * The lot genealogy graph: traceability events, traces, recall scope and regulatory exports.
 */
package io.lotkit.genealogy;
