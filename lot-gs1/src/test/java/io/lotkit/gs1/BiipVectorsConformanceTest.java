package io.lotkit.gs1;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Runs every row of biip-vectors.tsv (when ../shared/gs1 is present): where biip returns typed values (dates,
 * date-times, decimals, money, GTIN formats), we must return the same. biip resolved two-digit years relative to
 * 2026-11-22, so we do too.
 */
class BiipVectorsConformanceTest {

    private static final LocalDate BIIP_TODAY = LocalDate.of(2026, 11, 22);

    /** Rows where we deliberately differ, by form and input, with the reason. */
    private static final Map<String, String> DELIBERATE = new LinkedHashMap<>();

    static {
        String lax = "biip accepts it; we reject it: ";
        DELIBERATE.put("bracketed (1)15210526", lax + "(1) is no AI; biip's message differs only in wording");
        DELIBERATE.put("unbracketed 10222--15210526", "a two-character separator is a biip configuration error");
        DELIBERATE.put("auto 96385074", "8 digits are a GTIN-8 to us (plain GTIN); biip also reads (96)385074");
        DELIBERATE.put("auto 123", lax + "biip reports its failures as ok with error notes");
        DELIBERATE.put("auto abc", lax + "biip reports its failures as ok with error notes");
        DELIBERATE.put("auto 425261", "UPC-E is not a Lotkit input form; biip reads (425)261 as well");
        DELIBERATE.put("auto 157035381410375177", "a bare 18-digit SSCC is not a Lotkit input form");
        DELIBERATE.put("auto 00376130321109103421", lax + "the SSCC check digit is wrong");
        DELIBERATE.put("auto 0105901234123458", lax + "the GTIN check digit is wrong");
        DELIBERATE.put("auto 12345670", "a GTIN-8 to us; biip reads the same GTIN");
        DELIBERATE.put("single_element 4101234567890127", lax + "the GLN check digit is wrong");
        DELIBERATE.put("single_element 0107032069804987", lax + "the GTIN check digit is wrong");
        DELIBERATE.put("single_element 00376130321109103421", lax + "the SSCC check digit is wrong");
        String strict = "GS1's reference engine rejects it, and so do we: ";
        DELIBERATE.put("unbracketed 800307071324001022085952", strict + "the GRAI check digit is wrong");
        DELIBERATE.put("single_element 800307071324001022085952", strict + "the GRAI check digit is wrong");
        DELIBERATE.put("single_element 43240701029999", strict + "hour 99 fails the hhmi routine");
        DELIBERATE.put("single_element 43250701029999", strict + "hour 99 fails the hhmi routine");
        DELIBERATE.put("unbracketed 0107032069804988100329|2112345\u001d15210526",
                "two separators at once (| and GS): Lotkit takes one configurable separator");
        DELIBERATE.put("dl_uri https://example.com/foo/bar", lax + "no primary key; biip notes the error");
        DELIBERATE.put("gtin 2511118000120", "RCN variable-measure check digits (national rules) are not checked");
        DELIBERATE.put("gtin 2011122812349", "RCN variable-measure check digits (national rules) are not checked");
        DELIBERATE.put("gtin 2311111112345", "the row tests biip's own configuration error (region 'foo')");
    }

    /** Forms whose functions have no counterpart in Lotkit (UPC-E expansion, symbology identifier listing). */
    private static final List<String> NOT_COVERED = List.of("upc", "symbology_id");

    private final Gs1Parser parser = Gs1Parser.builder().lenient(true).checkPairings(false).build();

    @Test
    void typedValuesAgreeWithBiip() {
        List<String[]> rows = VectorFiles.rows(SharedGs1Material.folder().resolve("biip-vectors.tsv"));
        List<String> mismatches = new ArrayList<>();
        int agree = 0;
        int deliberate = 0;
        int notCovered = 0;
        for (String[] row : rows) {
            if (NOT_COVERED.contains(row[0])) {
                notCovered++;
                continue;
            }
            String problem = compare(row);
            String key = row[0] + " " + row[2].strip();
            if (problem == null) {
                agree++;
            } else if (DELIBERATE.containsKey(key)) {
                deliberate++;
            } else {
                mismatches.add(key.replace("\u001d", "<GS>") + " :: " + problem);
            }
        }
        System.out.println("biip-vectors: agree " + agree + ", deliberate differences " + deliberate
                + ", not covered (upc, symbology_id) " + notCovered + ", of " + rows.size());
        mismatches.forEach(m -> System.out.println("  MISMATCH " + m));
        assertThat(mismatches).isEmpty();
    }

    private String compare(String[] row) {
        String form = row[0];
        String input = row[2].strip();
        boolean biipOk = row[3].equals("ok");
        if (form.equals("gtin")) {
            return compareGtin(input, biipOk, row[5]);
        }
        Gs1ParseResult result = parse(form, input, row[7]);
        if (!biipOk) {
            return result.isOk() ? "accepted, biip rejects: " + row[6] : null;
        }
        if (!result.isOk()) {
            return "rejected: " + result.errors().get(0);
        }
        if (form.equals("sscc") || form.equals("gln")) {
            return null;
        }
        return compareValues(result.orElseThrow(), row[5]);
    }

    private Gs1ParseResult parse(String form, String input, String config) {
        return switch (form) {
            case "bracketed" -> parser.tryParse(input, Gs1InputForm.BRACKETED);
            case "unbracketed", "single_element" -> withSeparator(config).tryParse(input, Gs1InputForm.UNBRACKETED);
            case "dl_uri" -> parser.tryParse(input, Gs1InputForm.DIGITAL_LINK);
            case "scan" -> parser.tryParse(input, Gs1InputForm.SCAN);
            case "sscc" -> parser.tryParse("(00)" + input, Gs1InputForm.BRACKETED);
            case "gln" -> parser.tryParse("(414)" + input, Gs1InputForm.BRACKETED);
            default -> withSeparator(config).tryParse(input);
        };
    }

    private Gs1Parser withSeparator(String config) {
        int at = config.indexOf("separator_chars=('");
        if (at >= 0 && config.charAt(at + 19) == '\'') {
            return Gs1Parser.builder().lenient(true).checkPairings(false).separator(config.charAt(at + 18)).build();
        }
        return parser;
    }

    private static String compareGtin(String input, boolean biipOk, String normalizedFormat) {
        Gtin gtin;
        try {
            gtin = Gtin.of(input);
        } catch (IllegalArgumentException e) {
            return biipOk ? "rejected: " + e.getMessage() : null;
        }
        if (!biipOk) {
            return "accepted, biip rejects";
        }
        return normalizedFormat.equals("format=" + gtin.format()) ? null : gtin.format() + " vs " + normalizedFormat;
    }

    /** Checks "AI=value {extras} | AI=value …" against the message. */
    private static String compareValues(Gs1Message message, String aiValues) {
        String elementsPart = aiValues.contains("##") ? aiValues.substring(0, aiValues.indexOf("##")) : aiValues;
        if (!Character.isDigit(elementsPart.strip().isEmpty() ? 'x' : elementsPart.strip().charAt(0))) {
            String gtinNote = aiValues.replaceAll(".*gtin=(\\d+)\\((GTIN_\\d+)\\).*", "$1 $2");
            if (!gtinNote.equals(aiValues)) {
                Gtin gtin = message.gtin().orElse(null);
                String expected = gtinNote.substring(gtinNote.indexOf(' ') + 1);
                return gtin != null && gtin.format().name().equals(expected) ? null : "gtin " + gtin + " vs " + gtinNote;
            }
            return "no element expected: " + aiValues;
        }
        for (String item : elementsPart.split(" \\| ")) {
            String text = item.strip();
            int brace = text.indexOf(" {");
            String pair = brace < 0 ? text : text.substring(0, brace);
            String ai = pair.substring(0, pair.indexOf('='));
            String value = pair.substring(pair.indexOf('=') + 1);
            if (!message.getAll(ai).contains(value)) {
                return "element " + pair + " missing from " + message;
            }
            if (brace >= 0) {
                String problem = compareExtras(message, ai, text.substring(brace + 2, text.length() - 1));
                if (problem != null) {
                    return ai + ": " + problem;
                }
            }
        }
        return null;
    }

    private static String compareExtras(Gs1Message message, String ai, String extras) {
        for (String extra : extras.split("; ")) {
            int colon = extra.indexOf(':');
            String key = colon < 0 ? extra : extra.substring(0, colon);
            String expected = colon < 0 ? "" : extra.substring(colon + 1);
            String actual = switch (key) {
                case "date" -> message.date(ai, BIIP_TODAY).map(d -> d.date().toString()).orElse("none");
                case "datetime" -> message.dateTime(ai, BIIP_TODAY).map(Object::toString).orElse("none")
                        .replaceAll("T(\\d\\d:\\d\\d)$", "T$1:00");
                case "decimal" -> decimalOf(message, ai).map(BigDecimal::toPlainString).orElse("none");
                case "money" -> message.amount(ai).map(a -> a.value().toPlainString() + " "
                        + a.currency().map(c -> c.getCurrencyCode()).orElse("?")).orElse("none");
                case "gtin" -> message.gtin(ai).map(g -> g.format().name()).orElse("none");
                case "sscc", "gln" -> expected;
                default -> "unknown extra " + key;
            };
            if (!actual.equals(expected)) {
                return key + " " + actual + " vs " + expected;
            }
        }
        return null;
    }

    private static Optional<BigDecimal> decimalOf(Gs1Message message, String ai) {
        if (ai.startsWith("39") && ai.charAt(2) <= '3') {
            return message.amount(ai).map(Amount::value);
        }
        return message.measure(ai).map(Measure::value);
    }
}
