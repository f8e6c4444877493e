package io.lotkit.gs1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every row of GS1's reference-engine linter vectors ({@code shared/gs1/engine-lint-vectors.tsv}, found by
 * walking up from the working directory) against {@link Linters}: same verdict, same offending span, and the reason
 * code equivalent to the engine's message. Skipped when the shared folder is absent.
 */
class LintVectorsConformanceTest {

    private static final String VECTORS = "shared/gs1/engine-lint-vectors.tsv";

    /** The engine's message text, mapped to the reason code this library reports for the same fault. */
    private static final Map<String, String> CODE_FOR_ENGINE_MESSAGE = Map.ofEntries(
            Map.entry("A non-digit character was found where a digit is expected.", "NON_DIGIT_CHARACTER"),
            Map.entry("A non-CSET 82 character was found where a CSET 82 character is expected.",
                    "NON_CSET82_CHARACTER"),
            Map.entry("A non-CSET 39 character was found where a CSET 39 character is expected.",
                    "NON_CSET39_CHARACTER"),
            Map.entry("A non-CSET 64 character was found where a CSET 64 character is expected.",
                    "NON_CSET64_CHARACTER"),
            Map.entry("Incorrect number of CSET 64 pad characters.", "INVALID_CSET64_PADDING"),
            Map.entry("A non-digit character is required.", "DIGIT_REQUIRED_ABSENT"),
            Map.entry("The component is too short to perform a numeric check digit calculation.",
                    "TOO_SHORT_FOR_CHECK_DIGIT"),
            Map.entry("The numeric check digit is incorrect.", "INCORRECT_CHECK_DIGIT"),
            Map.entry("The component is too short to perform an alphanumeric check character pair calculation.",
                    "TOO_SHORT_FOR_CHECK_PAIR"),
            Map.entry("The component is too long to perform an alphanumeric check character pair calculation.",
                    "TOO_LONG_FOR_CHECK_PAIR"),
            Map.entry("The alphanumeric check-character pair are incorrect.", "INCORRECT_CHECK_PAIR"),
            Map.entry("The component is shorter than the minimum length GS1 Company Prefix.",
                    "TOO_SHORT_FOR_COMPANY_PREFIX"),
            Map.entry("The GS1 Company Prefix is invalid.", "INVALID_COMPANY_PREFIX"),
            Map.entry("The date is too short.", "DATE_TOO_SHORT"),
            Map.entry("The date is too long.", "DATE_TOO_LONG"),
            Map.entry("The date contains an illegal month of the year.", "INVALID_MONTH"),
            Map.entry("The date contains an illegal day of the month.", "INVALID_DAY"),
            Map.entry("The hour is too short for HH format.", "HOUR_WRONG_LENGTH"),
            Map.entry("The hour is too long for HH format.", "HOUR_WRONG_LENGTH"),
            Map.entry("The hour with minute is too short for HHMI format.", "HOUR_MINUTE_WRONG_LENGTH"),
            Map.entry("The hour with minute is too long for HHMI format.", "HOUR_MINUTE_WRONG_LENGTH"),
            Map.entry("The minute is too short for MI format.", "MINUTE_WRONG_LENGTH"),
            Map.entry("The minute is too long for MI format.", "MINUTE_WRONG_LENGTH"),
            Map.entry("The second is too short for SS format.", "SECOND_WRONG_LENGTH"),
            Map.entry("The second is too long for SS format.", "SECOND_WRONG_LENGTH"),
            Map.entry("The time contains an illegal hour.", "INVALID_HOUR"),
            Map.entry("The time contains an illegal minute.", "INVALID_MINUTE"),
            Map.entry("The time contains an illegal seconds.", "INVALID_SECOND"),
            Map.entry("A zero is required.", "ZERO_REQUIRED"),
            Map.entry("A non-zero value is required.", "NONZERO_REQUIRED"),
            Map.entry("A zero prefix is not permitted.", "ZERO_PREFIX"),
            Map.entry("A \"0\" or \"1\" is required.", "YES_NO_REQUIRED"),
            Map.entry("The winding direction must be either \"0\", \"1\" or \"9\".", "INVALID_WINDING"),
            Map.entry("A valid ISO/IEC 5218 biological sex code required.", "INVALID_SEX_CODE"),
            Map.entry("Only hyphens are permitted.", "HYPHEN_REQUIRED"),
            Map.entry("The Importer Index must be a single character.", "IMPORTER_INDEX_WRONG_LENGTH"),
            Map.entry("The Importer Index is an invalid character.", "INVALID_IMPORTER_INDEX"),
            Map.entry("The latitude must be 10 digits.", "COORDINATE_WRONG_LENGTH"),
            Map.entry("The longitude must be 10 digits.", "COORDINATE_WRONG_LENGTH"),
            Map.entry("The latitude is outside of the range \"0000000000\" to \"1800000000\".",
                    "LATITUDE_OUT_OF_RANGE"),
            Map.entry("The longitude is outside of the range \"0000000000\" to \"3600000000\".",
                    "LONGITUDE_OUT_OF_RANGE"),
            Map.entry("The piece with total must have an even length, having equal-length components.",
                    "PIECE_TOTAL_UNEVEN"),
            Map.entry("The piece number must not have a value of zero.", "PIECE_ZERO"),
            Map.entry("The piece total must not have a value of zero.", "PIECE_TOTAL_ZERO"),
            Map.entry("The piece number must not exceed the piece total.", "PIECE_EXCEEDS_TOTAL"),
            Map.entry("The data must have the format \"<pos>/<end>\".", "POSITION_FORMAT"),
            Map.entry("The position number must not exceed the end number.", "POSITION_EXCEEDS_END"),
            Map.entry("The input contains an invalid percent hex-encoding \"%hh\" sequence.",
                    "INVALID_PERCENT_ENCODING"),
            Map.entry("A valid ISO 3166 three-digit country code is required.", "INVALID_COUNTRY_NUMERIC"),
            Map.entry("A valid ISO 3166 three-digit country code or \"999\" is required.",
                    "INVALID_COUNTRY_NUMERIC_OR_999"),
            Map.entry("A valid ISO 3166 two-character country code is required.", "INVALID_COUNTRY_ALPHA2"),
            Map.entry("A valid ISO 4217 three-digit currency code is required.", "INVALID_CURRENCY"),
            Map.entry("A valid PackageTypeCode is required.", "INVALID_PACKAGE_TYPE"),
            Map.entry("A valid AIDC media type is required.", "INVALID_MEDIA_TYPE"),
            Map.entry("The IBAN is too short.", "IBAN_TOO_SHORT"),
            Map.entry("The IBAN is too long.", "IBAN_TOO_LONG"),
            Map.entry("The IBAN must start with a valid ISO 3166 two-character country code.",
                    "IBAN_INVALID_COUNTRY"),
            Map.entry("The IBAN contains an invalid character.", "IBAN_INVALID_CHARACTER"),
            Map.entry("The IBAN is invalid since the check characters are incorrect.",
                    "IBAN_INCORRECT_CHECK_DIGITS"),
            Map.entry("The coupon contains excess data after the recognised optional fields.", "COUPON_EXCESS_DATA"),
            Map.entry("The coupon's expiration date precede the start date.", "COUPON_EXPIRY_BEFORE_START"),
            Map.entry("The coupon's expiration date is invalid.", "COUPON_DATE_INVALID"),
            Map.entry("The coupon's start date is invalid.", "COUPON_DATE_INVALID"),
            Map.entry("The coupon's expiration date is too short for YYMMDD format.", "COUPON_DATE_TOO_SHORT"),
            Map.entry("The coupon's start date is too short to YYMMDD format.", "COUPON_DATE_TOO_SHORT"));

    /**
     * Rows where this library deliberately differs, keyed by linter, input and engine message. The engine's unit
     * tests plug in a stub GS1 Company Prefix lookup that declares some prefixes unallocated or the lookup offline;
     * this library checks a prefix's form only and has no lookup, so those inputs pass here.
     */
    private static final Set<String> DELIBERATE_DIFFERENCES = Set.of(
            "lint_gcppos1|1234567|The GS1 Company Prefix is invalid.",
            "lint_gcppos1|1234567|The data source for GCP lookups is offline.",
            "lint_couponcode|012345612345611110123|The GS1 Company Prefix is invalid.",
            "lint_couponcode|012345612345611110123|The data source for GCP lookups is offline.",
            "lint_couponcode|012345612345611110123101101230123456|The GS1 Company Prefix is invalid.",
            "lint_couponcode|012345612345611110123101101230123456|The data source for GCP lookups is offline.",
            "lint_couponcode|01234561234561111012321101230123456|The GS1 Company Prefix is invalid.",
            "lint_couponcode|01234561234561111012321101230123456|The data source for GCP lookups is offline.",
            "lint_couponcode|012345612345611110123611234567|The GS1 Company Prefix is invalid.",
            "lint_couponcode|012345612345611110123611234567|The data source for GCP lookups is offline.");

    /** The coupon messages name a field; they all share one of three codes, chosen by the message's ending. */
    private static String couponCode(String message) {
        if (message.endsWith(" is missing.")) {
            return "COUPON_FIELD_MISSING";
        }
        if (message.contains(" must be ")) {
            return "COUPON_FIELD_INVALID";
        }
        if (message.contains(" is shorter than ")) {
            return "COUPON_FIELD_TOO_SHORT";
        }
        return null;
    }

    private static String expectedCode(String message) {
        String code = CODE_FOR_ENGINE_MESSAGE.get(message);
        if (code == null && message.startsWith("The coupon's ")) {
            code = couponCode(message);
        }
        return code;
    }

    record Vector(int line, String linter, String input, boolean ok, String error, List<int[]> spans) {
        String key() {
            return linter + "|" + input + "|" + error;
        }
    }

    @TestFactory
    Stream<DynamicTest> everyVectorAgreesWithTheReferenceEngine() throws IOException {
        Map<String, List<Vector>> byLinter = vectorsByLinter();
        return byLinter.entrySet().stream().map(entry -> DynamicTest.dynamicTest(
                entry.getKey() + " (" + entry.getValue().size() + " rows)",
                () -> assertThat(mismatches(entry.getValue())).as(entry.getKey()).isEmpty()));
    }

    @Test
    void theVectorsCoverEveryRegisteredRoutineAndNoOther() throws IOException {
        Set<String> tested = new java.util.TreeSet<>();
        for (String linter : vectorsByLinter().keySet()) {
            tested.add(linter.substring("lint_".length()));
        }
        assertThat(tested).isEqualTo(Linters.names());
    }

    @Test
    void everyDeliberateDifferenceIsStillAVectorRow() throws IOException {
        Set<String> keys = new java.util.HashSet<>();
        vectorsByLinter().values().forEach(rows -> rows.forEach(v -> keys.add(v.key())));
        assertThat(keys).containsAll(DELIBERATE_DIFFERENCES);
    }

    private static List<String> mismatches(List<Vector> rows) {
        List<String> problems = new ArrayList<>();
        for (Vector v : rows) {
            Linter linter = Linters.forName(v.linter().substring("lint_".length()));
            LintFailure actual = linter.lint(v.input());
            String where = "line " + v.line() + " input \"" + v.input() + "\": ";
            if (DELIBERATE_DIFFERENCES.contains(v.key())) {
                if (actual != null) {
                    problems.add(where + "listed as passing here (no prefix lookup), but got " + actual);
                }
                continue;
            }
            if (v.ok()) {
                if (actual != null) {
                    problems.add(where + "expected ok, got " + actual);
                }
                continue;
            }
            if (actual == null) {
                problems.add(where + "expected failure \"" + v.error() + "\", got ok");
                continue;
            }
            String code = expectedCode(v.error());
            if (code == null) {
                problems.add(where + "no reason code mapped for engine message \"" + v.error() + "\"");
            } else if (!code.equals(actual.code())) {
                problems.add(where + "expected code " + code + ", got " + actual);
            }
            if (v.spans().stream().noneMatch(span -> span[0] == actual.start() && span[1] == actual.end())) {
                int[] span = v.spans().get(0);
                problems.add(where + "expected span [" + span[0] + ", " + span[1] + "), got " + actual);
            }
        }
        return problems;
    }

    private static Map<String, List<Vector>> vectorsByLinter() throws IOException {
        Path file = findVectors();
        assumeTrue(file != null, "shared/gs1 reference folder not present; conformance vectors skipped");
        Map<String, List<Vector>> byLinter = new TreeMap<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        boolean header = true;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("#") || line.isEmpty()) {
                continue;
            }
            if (header) {
                header = false;
                continue;
            }
            String[] cols = line.split("\t", -1);
            if (cols[0].equals("lint__stubs")) {
                continue;
            }
            String input = unescape(cols[1]);
            boolean ok = cols[2].equals("ok");
            List<int[]> spans = ok ? List.of() : spans(input, unescape(cols[4]));
            byLinter.computeIfAbsent(cols[0], k -> new ArrayList<>())
                    .add(new Vector(i + 1, cols[0], input, ok, cols[3], spans));
        }
        return byLinter;
    }

    private static Path findVectors() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(VECTORS);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    /**
     * Every span {@code [start, end)} such that inserting '*' at {@code end} and at {@code start} into {@code input}
     * gives {@code highlight}: more than one when the input itself contains '*'.
     */
    private static List<int[]> spans(String input, String highlight) {
        List<int[]> spans = new ArrayList<>();
        for (int start = 0; start <= input.length(); start++) {
            for (int end = start; end <= input.length(); end++) {
                String marked = input.substring(0, start) + "*" + input.substring(start, end) + "*"
                        + input.substring(end);
                if (marked.equals(highlight)) {
                    spans.add(new int[] {start, end});
                }
            }
        }
        if (spans.isEmpty()) {
            // The capture wrote a few control characters differently in the highlight (\x0d as \x0a); the first
            // two stars still mark the span.
            int first = highlight.indexOf('*');
            int second = highlight.indexOf('*', first + 1);
            spans.add(new int[] {first, second - 1});
        }
        return spans;
    }

    private static String unescape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char next = s.charAt(i + 1);
                if (next == '\\') {
                    out.append('\\');
                    i++;
                    continue;
                }
                if (next == 'x' && i + 3 < s.length()) {
                    out.append((char) Integer.parseInt(s.substring(i + 2, i + 4), 16));
                    i += 3;
                    continue;
                }
            }
            out.append(c);
        }
        return out.toString();
    }
}
