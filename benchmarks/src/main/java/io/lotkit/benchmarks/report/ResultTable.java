package io.lotkit.benchmarks.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Groups JMH runs by suite, task and parameters, and renders them as a Markdown table with, for every baseline or
 * peer, how many times faster Lotkit is than it ({@code 2.0×} means twice as fast; below 1 means slower).
 */
final class ResultTable {

    private final Map<String, List<JmhRun>> groups = new LinkedHashMap<>();

    ResultTable(List<JmhRun> runs) {
        for (JmhRun run : runs) {
            groups.computeIfAbsent(run.groupKey(), k -> new ArrayList<>()).add(run);
        }
    }

    Map<String, List<JmhRun>> groups() {
        return groups;
    }

    /** How many times faster the subject is than the reference, whatever the mode's direction. */
    static double speedup(JmhRun subject, JmhRun reference) {
        return subject.higherIsBetter() ? subject.score() / reference.score() : reference.score() / subject.score();
    }

    /** The Lotkit run of a group, or {@code null} when the group has none. */
    static JmhRun subject(List<JmhRun> group) {
        for (JmhRun run : group) {
            if (run.impl().equals("lotkit")) {
                return run;
            }
        }
        return null;
    }

    String toMarkdown() {
        StringBuilder md = new StringBuilder();
        md.append("| benchmark | implementation | score | error | unit | alloc B/op | Lotkit vs this |\n");
        md.append("|---|---|---:|---:|---|---:|---:|\n");
        for (Map.Entry<String, List<JmhRun>> group : groups.entrySet()) {
            JmhRun subject = subject(group.getValue());
            for (JmhRun run : group.getValue()) {
                String ratio = subject == null || run == subject ? "" : format(speedup(subject, run)) + "×";
                md.append("| ").append(group.getKey()).append(" | ").append(run.impl())
                        .append(" | ").append(format(run.score()))
                        .append(" | ").append(Double.isNaN(run.error()) ? "" : "± " + format(run.error()))
                        .append(" | ").append(run.unit())
                        .append(" | ").append(Double.isNaN(run.allocBytesPerOp()) ? "" : format(run.allocBytesPerOp()))
                        .append(" | ").append(ratio).append(" |\n");
            }
        }
        return md.toString();
    }

    /** Three significant digits, without scientific notation for the magnitudes benchmarks produce. */
    static String format(double value) {
        if (Double.isNaN(value)) {
            return "n/a";
        }
        double abs = Math.abs(value);
        if (abs >= 100) {
            return String.format(Locale.ROOT, "%,.0f", value);
        }
        if (abs >= 10) {
            return String.format(Locale.ROOT, "%.1f", value);
        }
        if (abs >= 1) {
            return String.format(Locale.ROOT, "%.2f", value);
        }
        return String.format(Locale.ROOT, "%.3g", value);
    }
}
