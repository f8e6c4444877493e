package io.lotkit.benchmarks.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Turns a JMH JSON result file into a Markdown results table and an SVG bar chart.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar Allocation -rf json -rff allocation.json
 * java -cp benchmarks/target/benchmarks.jar io.lotkit.benchmarks.report.JmhReport allocation.json
 * </pre>
 *
 * writes {@code allocation.md} and {@code allocation.svg} beside the input, or to the paths given as the second and
 * third arguments, and prints the table.
 */
public final class JmhReport {

    private JmhReport() {
    }

    /**
     * Runs the report.
     *
     * @param args the JSON result file, then optionally the Markdown and SVG output paths
     * @throws IOException if a file cannot be read or written
     */
    public static void main(String[] args) throws IOException {
        if (args.length < 1 || args.length > 3) {
            System.err.println("usage: JmhReport <jmh-result.json> [table.md] [chart.svg]");
            System.exit(2);
        }
        Path input = Path.of(args[0]);
        String base = input.getFileName().toString().replaceFirst("\\.json$", "");
        Path markdown = args.length > 1 ? Path.of(args[1]) : input.resolveSibling(base + ".md");
        Path svg = args.length > 2 ? Path.of(args[2]) : input.resolveSibling(base + ".svg");

        List<JmhRun> runs = JmhRun.read(input);
        ResultTable table = new ResultTable(runs);
        String md = table.toMarkdown();
        Files.writeString(markdown, md, StandardCharsets.UTF_8);
        Files.writeString(svg, SvgChart.render(table), StandardCharsets.UTF_8);
        System.out.print(md);
        System.out.println("wrote " + markdown + " and " + svg);
    }
}
