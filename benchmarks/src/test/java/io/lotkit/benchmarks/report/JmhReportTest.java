package io.lotkit.benchmarks.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

class JmhReportTest {

    private static String entry(String benchmark, String mode, double score, String unit, String params,
            String secondary) {
        return """
                {"jmhVersion":"1.37","benchmark":"%s","mode":"%s","threads":1,"forks":1,
                 "params":{%s},
                 "primaryMetric":{"score":%s,"scoreError":%s,"scoreUnit":"%s","rawData":[[1.0]]},
                 "secondaryMetrics":{%s}}""".formatted(benchmark, mode, params, score, score / 10, unit, secondary);
    }

    private static final String SAMPLE = "[" + String.join(",",
            entry("io.lotkit.benchmarks.core.FormatBenchmark.parse_lotkit", "thrpt", 8_000_000, "ops/s", "", 
                    "\"·gc.alloc.rate.norm\":{\"score\":96.0,\"scoreUnit\":\"B/op\"}"),
            entry("io.lotkit.benchmarks.core.FormatBenchmark.parse_baseline", "thrpt", 2_000_000, "ops/s", "", ""),
            entry("io.lotkit.benchmarks.genealogy.TraceBenchmark.forwardTrace", "avgt", 3.0, "ms/op",
                    "\"size\":\"large\"", ""),
            entry("io.lotkit.benchmarks.genealogy.TraceBenchmark.forwardTrace_jgrapht", "avgt", 39.0, "ms/op",
                    "\"size\":\"large\"", ""),
            entry("io.lotkit.benchmarks.fefo.AllocationBenchmark.allocate", "avgt", 200.0, "ns/op",
                    "\"impl\":\"naive\",\"workload\":\"W1\"", ""),
            entry("io.lotkit.benchmarks.fefo.AllocationBenchmark.allocate", "avgt", 0.2, "ns/op",
                    "\"impl\":\"lotkit\",\"workload\":\"W1\"", "")) + "]";

    @Test
    void namesSplitIntoTaskAndImplementation(@TempDir Path dir) throws Exception {
        Path json = Files.writeString(dir.resolve("r.json"), SAMPLE);
        List<JmhRun> runs = JmhRun.read(json);
        assertThat(runs).extracting(JmhRun::task, JmhRun::impl).containsExactly(
                org.assertj.core.groups.Tuple.tuple("parse", "lotkit"),
                org.assertj.core.groups.Tuple.tuple("parse", "baseline"),
                org.assertj.core.groups.Tuple.tuple("forwardTrace", "lotkit"),
                org.assertj.core.groups.Tuple.tuple("forwardTrace", "jgrapht"),
                org.assertj.core.groups.Tuple.tuple("allocate", "naive"),
                org.assertj.core.groups.Tuple.tuple("allocate", "lotkit"));
        assertThat(runs.get(0).allocBytesPerOp()).isEqualTo(96.0);
        assertThat(runs.get(4).params()).containsExactly(java.util.Map.entry("workload", "W1"));
    }

    @Test
    void speedupFollowsTheModesDirection(@TempDir Path dir) throws Exception {
        ResultTable table = new ResultTable(JmhRun.read(Files.writeString(dir.resolve("r.json"), SAMPLE)));
        String md = table.toMarkdown();
        assertThat(md).contains("| FormatBenchmark.parse [thrpt] | baseline | 2,000,000 | ± 200,000 | ops/s |  | 4.00× |");
        assertThat(md).contains("| TraceBenchmark.forwardTrace [avgt] {size=large} | jgrapht | 39.0 | ± 3.90 | ms/op |  | 13.0× |");
        assertThat(md).contains("| AllocationBenchmark.allocate [avgt] {workload=W1} | naive | 200 | ± 20.0 | ns/op |  | 1,000× |");
        assertThat(md.lines().count()).isEqualTo(2 + 6);
    }

    @Test
    void sampleModeReportsTheMedianInItsOwnGroup() {
        String json = "[" + entry("x.AllocationBenchmark.w1_lotkit", "avgt", 2000, "ns/op", "", "") + ","
                + entry("x.AllocationBenchmark.w1_lotkit", "sample", 2500, "ns/op", "", "")
                        .replace("\"rawData\"", "\"scorePercentiles\":{\"50.0\":1100.0},\"rawData\"") + ","
                + entry("x.AllocationBenchmark.w1_naive", "sample", 190000, "ns/op", "", "")
                        .replace("\"rawData\"", "\"scorePercentiles\":{\"50.0\":165000.0},\"rawData\"") + "]";
        List<JmhRun> runs = new java.util.ArrayList<>();
        for (com.fasterxml.jackson.databind.JsonNode node : readTree(json)) {
            runs.add(JmhRun.of(node));
        }
        String md = new ResultTable(runs).toMarkdown();
        assertThat(md).contains("| AllocationBenchmark.w1 [avgt] | lotkit | 2,000 |");
        assertThat(md).contains("| AllocationBenchmark.w1 [median] | lotkit | 1,100 |  | ns/op |");
        assertThat(md).contains("| AllocationBenchmark.w1 [median] | naive | 165,000 |  | ns/op |  | 150× |");
    }

    private static com.fasterxml.jackson.databind.JsonNode readTree(String json) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(json);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void writesMarkdownAndWellFormedSvg(@TempDir Path dir) throws Exception {
        Path json = Files.writeString(dir.resolve("result.json"), SAMPLE);
        JmhReport.main(new String[] {json.toString()});
        assertThat(dir.resolve("result.md")).content().startsWith("| benchmark |");
        String svg = Files.readString(dir.resolve("result.svg"));
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        assertThat(doc.getDocumentElement().getTagName()).isEqualTo("svg");
        assertThat(doc.getElementsByTagName("rect").getLength()).isEqualTo(1 + 6);
    }

    @Test
    void refusesAFileThatIsNotAJmhResult(@TempDir Path dir) throws Exception {
        Path json = Files.writeString(dir.resolve("bad.json"), "{\"not\":\"an array\"}");
        assertThatThrownBy(() -> JmhRun.read(json)).hasMessageContaining("not a JMH JSON result");
        Path missing = Files.writeString(dir.resolve("bad2.json"), "[{\"mode\":\"thrpt\"}]");
        assertThatThrownBy(() -> JmhRun.read(missing)).hasMessageContaining("'benchmark'");
    }
}
