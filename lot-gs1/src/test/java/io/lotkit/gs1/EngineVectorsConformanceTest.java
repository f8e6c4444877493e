package io.lotkit.gs1;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.junit.jupiter.api.Test;

/**
 * Runs every row of GS1's engine-vectors.tsv (when ../shared/gs1 is present): the same verdict as the engine's
 * public API with default settings, and the same normalised outputs.
 */
class EngineVectorsConformanceTest {

    private final Gs1Parser parser = Gs1Parser.builder().build();

    /**
     * Where we deliberately differ from the engine, by kind and input prefix, with the reason. The engine's public
     * API accepts any non-GS1 data as "plain" (ok, no AIs); Lotkit's parser is for GS1 data and rejects it.
     */
    private static final Map<String, String> DELIBERATE = Map.ofEntries(
            Map.entry("plain ", "not GS1 data: the engine accepts it as plain data, we reject it"),
            Map.entry("dl_uri ", "not a DL URI (empty, ftp:, mixed-case scheme): plain data to the engine"),
            Map.entry("dl_uri ftp://", "not a DL URI: plain data to the engine, rejected by us"),
            Map.entry("dl_uri HtTp:", "mixed-case scheme is no DL URI: plain data to the engine, rejected by us"),
            Map.entry("unbracketed ", "no FNC1: the engine takes it as plain data; we read raw data without FNC1 as "
                    + "element strings (as scanners send it), so an empty one fails and 991234 is (99)1234"),
            Map.entry("scan ]Q1", "plain-mode QR Code carrying no DL URI: plain data to the engine, rejected by us"),
            Map.entry("scan ]d1", "plain-mode Data Matrix carrying no DL URI: plain data to the engine, rejected"),
            Map.entry("scan ]J0", "plain-mode DotCode carrying no DL URI: plain data to the engine, rejected"),
            Map.entry("scan ]E0", "EAN/UPC: we report the primary GTIN as element (01); the engine keeps it apart"),
            Map.entry("scan ]E4", "EAN-8: we report the primary GTIN as element (01); the engine keeps it apart"));

    private static String deliberateReason(String kind, String input) {
        for (Map.Entry<String, String> entry : DELIBERATE.entrySet()) {
            String key = entry.getKey();
            String prefix = key.substring(key.indexOf(' ') + 1);
            boolean sameKind = key.startsWith(kind + " ");
            if (sameKind && (prefix.isEmpty() ? isPlainCase(kind, input) : input.startsWith(prefix))) {
                return entry.getValue();
            }
        }
        return null;
    }

    private static boolean isPlainCase(String kind, String input) {
        return switch (kind) {
            case "plain" -> true;
            case "dl_uri" -> input.isEmpty();
            case "unbracketed" -> !input.startsWith("^");
            default -> false;
        };
    }

    @Test
    void everyEngineVectorAgrees() {
        List<String[]> rows = VectorFiles.rows(SharedGs1Material.folder().resolve("engine-vectors.tsv"));
        List<String> mismatches = new ArrayList<>();
        List<String> deliberate = new ArrayList<>();
        Map<String, int[]> passByKind = new LinkedHashMap<>();
        for (String[] row : rows) {
            String kind = row[0];
            String input = row[1];
            String mismatch = compare(kind, input, row);
            int[] counts = passByKind.computeIfAbsent(kind, k -> new int[2]);
            counts[1]++;
            if (mismatch == null) {
                counts[0]++;
            } else if (deliberateReason(kind, input) != null
                    && !(input.startsWith("]E") && mismatch.startsWith("verdict"))) {
                // EAN/UPC rows differ only in where the GTIN is reported; their verdicts must agree.
                deliberate.add(kind + " " + input + " :: " + deliberateReason(kind, input));
            } else {
                mismatches.add(kind + " " + input.replace("\u001d", "<GS>") + " :: " + mismatch);
            }
        }
        StringJoiner summary = new StringJoiner(", ");
        passByKind.forEach((kind, c) -> summary.add(kind + " " + c[0] + "/" + c[1]));
        System.out.println("engine-vectors: agree " + summary + "; deliberate differences " + deliberate.size());
        deliberate.forEach(d -> System.out.println("  DELIBERATE " + d));
        mismatches.forEach(m -> System.out.println("  MISMATCH " + m));
        assertThat(mismatches).isEmpty();
    }

    private String compare(String kind, String input, String[] row) {
        Gs1InputForm form = switch (kind) {
            case "bracketed" -> Gs1InputForm.BRACKETED;
            case "unbracketed" -> Gs1InputForm.UNBRACKETED;
            case "scan" -> Gs1InputForm.SCAN;
            case "dl_uri" -> Gs1InputForm.DIGITAL_LINK;
            default -> Gs1InputForm.detect(input);
        };
        Gs1ParseResult result = parser.tryParse(input, form);
        boolean engineOk = row[6].equals("ok");
        if (result.isOk() != engineOk) {
            return "verdict " + (result.isOk() ? "ok" : result.errors().get(0)) + " vs engine " + row[6] + " "
                    + row[7];
        }
        if (!engineOk) {
            return null;
        }
        Gs1Message message = result.orElseThrow();
        if (!message.toUnbracketed().equals(row[8])) {
            return "unbracketed " + message.toUnbracketed() + " vs " + row[8];
        }
        if (!message.toBracketed().equals(row[9])) {
            return "bracketed " + message.toBracketed() + " vs " + row[9];
        }
        StringJoiner ais = new StringJoiner(" ; ");
        message.elements().forEach(e -> ais.add(e.ai() + "=" + e.value()));
        String expectedAis = row[10].replace(" ; -- ; ", " ; ").replace("-- ; ", "");
        if (!ais.toString().equals(expectedAis)) {
            return "ais " + ais + " vs " + row[10];
        }
        String dl = message.toDigitalLink().orElse("");
        if (!dl.equals(row[11])) {
            return "dl " + dl + " vs " + row[11];
        }
        return null;
    }
}
