package io.lotkit.genealogy;

import io.lotkit.core.LotId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders a trace as a picture description, so that people can look at it instead of reading it: Graphviz DOT
 * ({@link #dot(Trace)}) or Mermaid ({@link #mermaid(Trace)}). Every lot the trace reached is a node labelled
 * {@code item/lot} (the traced lot highlighted), every edge it followed an arrow from parent to child labelled with
 * the quantity consumed. Labels are escaped, so any lot number renders as written.
 *
 * <p>Immutable and thread-safe (it has no state).
 */
public final class TraceDiagram {

    private TraceDiagram() {
    }

    /**
     * Renders a trace as a Graphviz DOT digraph.
     *
     * @param trace the trace
     * @return the DOT text
     * @throws IllegalArgumentException if {@code trace} is {@code null}
     */
    public static String dot(Trace trace) {
        Checks.notNull("trace", trace);
        List<LotFlow> edges = trace.edges();
        Map<LotId, String> ids = nodeIds(trace, edges);
        StringBuilder dot = new StringBuilder("digraph trace {\n  rankdir=LR;\n  node [shape=box];\n");
        ids.forEach((lot, id) -> {
            dot.append("  ").append(id).append(" [label=\"").append(dotEscape(lot.toString())).append('"');
            if (lot.equals(trace.origin())) {
                dot.append(", style=filled, fillcolor=\"#ffd27f\"");
            }
            dot.append("];\n");
        });
        for (LotFlow flow : edges) {
            dot.append("  ").append(ids.get(flow.from())).append(" -> ").append(ids.get(flow.to()))
                    .append(" [label=\"").append(dotEscape(flow.quantity().toString())).append("\"];\n");
        }
        return dot.append("}\n").toString();
    }

    /**
     * Renders a trace as a Mermaid flowchart.
     *
     * @param trace the trace
     * @return the Mermaid text
     * @throws IllegalArgumentException if {@code trace} is {@code null}
     */
    public static String mermaid(Trace trace) {
        Checks.notNull("trace", trace);
        List<LotFlow> edges = trace.edges();
        Map<LotId, String> ids = nodeIds(trace, edges);
        StringBuilder mermaid = new StringBuilder("flowchart LR\n");
        ids.forEach((lot, id) -> mermaid.append("  ").append(id).append("[\"")
                .append(mermaidEscape(lot.toString())).append("\"]\n"));
        for (LotFlow flow : edges) {
            mermaid.append("  ").append(ids.get(flow.from())).append(" -->|\"")
                    .append(mermaidEscape(flow.quantity().toString())).append("\"| ").append(ids.get(flow.to()))
                    .append('\n');
        }
        mermaid.append("  style ").append(ids.get(trace.origin())).append(" fill:#ffd27f\n");
        return mermaid.toString();
    }

    /** Numbers the nodes: the traced lot first, then the others as the edges meet them. */
    private static Map<LotId, String> nodeIds(Trace trace, List<LotFlow> edges) {
        Map<LotId, String> ids = new LinkedHashMap<>();
        ids.put(trace.origin(), "n0");
        for (LotFlow flow : edges) {
            ids.computeIfAbsent(flow.from(), lot -> "n" + ids.size());
            ids.computeIfAbsent(flow.to(), lot -> "n" + ids.size());
        }
        return ids;
    }

    private static String dotEscape(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    /** Mermaid reads HTML entity codes inside quoted labels; the quote itself must be one. */
    private static String mermaidEscape(String text) {
        return text.replace("&", "#amp;").replace("\"", "#quot;").replace("<", "#lt;").replace(">", "#gt;");
    }
}
