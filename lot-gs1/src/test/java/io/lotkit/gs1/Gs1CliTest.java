package io.lotkit.gs1;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class Gs1CliTest {

    private final ObjectMapper json = new ObjectMapper();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void writesOneJsonObjectPerInputLine() throws Exception {
        int status = run("(01)09501101020917(17)260531(10)ABC123\n]d20109501101020917\u001d\n(01)09501101020918\n");
        List<JsonNode> lines = lines();
        assertThat(status).isEqualTo(1);
        assertThat(lines).hasSize(3);
        JsonNode first = lines.get(0);
        assertThat(first.get("ok").asBoolean()).isTrue();
        assertThat(first.get("ais").get(2).get("ai").asText()).isEqualTo("10");
        assertThat(first.get("ais").get(2).get("value").asText()).isEqualTo("ABC123");
        assertThat(first.get("bracketed").asText()).isEqualTo("(01)09501101020917(17)260531(10)ABC123");
        assertThat(first.get("unbracketed").asText()).isEqualTo("^01095011010209171726053110ABC123");
        assertThat(first.get("dl").asText()).isEqualTo("https://id.gs1.org/01/09501101020917/10/ABC123?17=260531");
        assertThat(lines.get(1).get("ok").asBoolean()).isTrue();
        JsonNode bad = lines.get(2);
        assertThat(bad.get("ok").asBoolean()).isFalse();
        assertThat(bad.get("errors").get(0).get("code").asText()).isEqualTo("INCORRECT_CHECK_DIGIT");
        assertThat(bad.get("errors").get(0).get("ai").asText()).isEqualTo("01");
        assertThat(bad.get("errors").get(0).get("index").asInt()).isEqualTo(17);
        assertThat(bad.has("bracketed")).isFalse();
    }

    @Test
    void dlIsAbsentWhereNoDigitalLinkCanBeMade() throws Exception {
        assertThat(run("(01)09501101020917(235)TPX(10)ABC\n")).isZero();
        assertThat(lines().get(0).has("dl")).isFalse();
    }

    @Test
    void formCanBeForcedAndLenientModeReportsWarnings() throws Exception {
        assertThat(run("0109501101020917\n", "--form", "unbracketed")).isZero();
        assertThat(lines().get(0).get("ais").get(0).get("ai").asText()).isEqualTo("01");
        out.reset();
        assertThat(run("(01)09501101020917(17)000000\n", "--lenient")).isZero();
        assertThat(lines().get(0).get("warnings").get(0).get("code").asText()).isEqualTo("LENIENT_ZERO_DATE");
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertThat(run("", "--form", "nonsense")).isEqualTo(2);
        assertThat(run("", "--frobnicate")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage");
    }

    private int run(String stdin, String... args) {
        return Gs1Cli.run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private List<JsonNode> lines() throws Exception {
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
            nodes.add(json.readTree(line));
        }
        return nodes;
    }
}
