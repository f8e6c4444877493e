package io.lotkit.benchmarks.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One benchmark result read from a JMH JSON result file ({@code -rf json}).
 *
 * <p>Lotkit's naming convention splits a benchmark method's name into a task and an implementation:
 * {@code parse_lotkit}, {@code parse_baseline}, {@code forwardTrace_jgrapht}. A method without an underscore is the
 * task {@code <method>} done by {@code lotkit}, unless its name starts with {@code baseline} or {@code naive}. A JMH
 * parameter named {@code impl}, when present, names the implementation instead.
 *
 * @param suite the benchmark class's simple name
 * @param task what is measured, the same for the rows that compare
 * @param impl who does it: {@code lotkit}, or a baseline or peer
 * @param params the JMH parameters other than {@code impl}, in name order
 * @param mode the JMH mode ({@code thrpt}, {@code avgt}, {@code sample}, {@code ss})
 * @param threads the number of threads
 * @param score the primary score; for {@code sample} mode the median (JMH's p0.50), which is what latency aims
 *     are stated in
 * @param error the score's error (99.9% half-width), {@code NaN} when JMH gave none (and for a median)
 * @param unit the score's unit, e.g. {@code ops/s} or {@code ns/op}
 * @param allocBytesPerOp bytes allocated per operation from the gc profiler, {@code NaN} without it
 */
record JmhRun(String suite, String task, String impl, Map<String, String> params, String mode, int threads,
        double score, double error, String unit, double allocBytesPerOp) {

    /** Whether a larger score is better (throughput) rather than a smaller one (time per operation). */
    boolean higherIsBetter() {
        return mode.equals("thrpt");
    }

    /** The key under which runs compare: the suite, the task, the mode and the parameters. */
    String groupKey() {
        return suite + "." + task + " [" + (mode.equals("sample") ? "median" : mode) + "]"
                + (params.isEmpty() ? "" : " " + params);
    }

    static List<JmhRun> read(Path file) throws IOException {
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        if (!root.isArray()) {
            throw new IOException(file + " is not a JMH JSON result (expected a top-level array)");
        }
        List<JmhRun> runs = new ArrayList<>();
        for (JsonNode node : root) {
            runs.add(of(node));
        }
        return runs;
    }

    static JmhRun of(JsonNode node) {
        String benchmark = text(node, "benchmark");
        int lastDot = benchmark.lastIndexOf('.');
        String className = benchmark.substring(0, lastDot);
        String method = benchmark.substring(lastDot + 1);
        String suite = className.substring(className.lastIndexOf('.') + 1);

        Map<String, String> params = new TreeMap<>();
        String implParam = null;
        JsonNode paramNode = node.path("params");
        for (Iterator<Map.Entry<String, JsonNode>> it = paramNode.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getKey().equals("impl")) {
                implParam = e.getValue().asText();
            } else {
                params.put(e.getKey(), e.getValue().asText());
            }
        }
        String task = method;
        String impl = "lotkit";
        int underscore = method.lastIndexOf('_');
        if (underscore > 0 && underscore < method.length() - 1) {
            task = method.substring(0, underscore);
            impl = method.substring(underscore + 1);
        } else if (method.startsWith("baseline") || method.startsWith("naive")) {
            String prefix = method.startsWith("baseline") ? "baseline" : "naive";
            impl = prefix;
            task = decapitalize(method.substring(prefix.length()));
        }
        if (implParam != null) {
            impl = implParam;
        }
        JsonNode primary = node.path("primaryMetric");
        String mode = text(node, "mode");
        double score = primary.path("score").asDouble(Double.NaN);
        double error = primary.path("scoreError").asDouble(Double.NaN);
        JsonNode median = primary.path("scorePercentiles").path("50.0");
        if (mode.equals("sample") && median.isNumber()) {
            score = median.asDouble();
            error = Double.NaN;
        }
        double alloc = Double.NaN;
        JsonNode secondary = node.path("secondaryMetrics");
        for (String name : List.of("·gc.alloc.rate.norm", "gc.alloc.rate.norm")) {
            if (secondary.has(name)) {
                alloc = secondary.get(name).path("score").asDouble(Double.NaN);
            }
        }
        return new JmhRun(suite, task.isEmpty() ? method : task, impl, Map.copyOf(params), mode,
                node.path("threads").asInt(1), score, error, primary.path("scoreUnit").asText(""), alloc);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            throw new IllegalArgumentException("JMH result entry lacks the text field '" + field + "': " + node);
        }
        return value.asText();
    }

    private static String decapitalize(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
