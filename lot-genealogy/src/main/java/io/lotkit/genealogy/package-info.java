/**
 * The lot genealogy graph: traceability events, traces, recall scope and regulatory exports.
 *
 * <p>{@link io.lotkit.genealogy.GenealogyGraph} records the critical tracking events
 * ({@link io.lotkit.genealogy.Receive}, {@link io.lotkit.genealogy.Transform}, {@link io.lotkit.genealogy.Ship},
 * {@link io.lotkit.genealogy.Adjust}) through a lot-core journal, keeps the genealogy in memory in primitive
 * columns, and answers the questions of a recall:
 *
 * <pre>{@code
 * GenealogyGraph graph = GenealogyGraph.open(FileJournal.open(path, GenealogyCodec.json()));
 * graph.record(receive);                                  // journaled first, then applied
 * RecallScope scope = graph.recallScope(contaminatedLot); // every lot made from it, every customer that got one
 * String csv = Fsma204Csv.toCsv(graph.events(scope.trace()));             // the FSMA 204 spreadsheet
 * String epcis = EpcisWriter.create().toJson(graph.events(scope.trace()), Instant.now());
 * String picture = TraceDiagram.mermaid(scope.trace());
 * }</pre>
 *
 * <p>Traces visit each lot once, so they end on cyclic data (rework, returns of returns) and report the cycles they
 * met ({@link io.lotkit.genealogy.Trace#cycles()}).
 */
package io.lotkit.genealogy;
