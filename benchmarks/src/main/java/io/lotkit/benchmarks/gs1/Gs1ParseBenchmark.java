package io.lotkit.benchmarks.gs1;

import io.lotkit.gs1.Gs1Message;
import io.lotkit.gs1.Gs1Parser;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Parsing one GS1 message on one thread — GTIN, expiry, lot and serial, {@code (01)09501101020917(17)260531
 * (10)ABC123(21)XYZ} — in four forms: bracketed, unbracketed (FNC1 in first position and GS separators, as raw
 * scanner data without symbology identifier), scanner data behind the {@code ]d2} symbology identifier, and the
 * GS1 Digital Link URI {@code https://id.gs1.org/01/09501101020917/10/ABC123/21/XYZ?17=260531}. A fifth pair reads
 * what lot tracking needs after the parse: the GTIN, the lot and the expiry as a {@link LocalDate}.
 *
 * <p>Lotkit's methods ({@code *_lotkit}) run the full strict parse: AI lookup in the 541-AI dictionary, lengths,
 * character sets, check digit, date validity, the {@code req=}/{@code ex=} pairings and repeated AIs, and return an
 * immutable {@link Gs1Message}.
 *
 * <p>The baselines ({@code *_baseline}) are what hosts typically hand-roll, and are <b>not peers</b>: they only cut
 * the text into (AI, value) pairs in a {@link LinkedHashMap} and check nothing — no check digit, no date, no
 * character set, no length, no AI beyond the few fixed-length ones they hard-code, no pairing rules — and they
 * accept much that GS1 rejects (and cut wrongly much that GS1 accepts, e.g. a value holding an escaped
 * {@code (}). They show the cost a host pays today for a split that gives no guarantee; see each method for exactly
 * what it does.
 *
 * <p>Run: {@code java -Djmh.ignoreLock=true -jar benchmarks/target/benchmarks.jar Gs1ParseBenchmark -prof gc}; the
 * gc profiler's {@code gc.alloc.rate.norm} (bytes per operation) does not depend on the machine's load.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class Gs1ParseBenchmark {

    static final String BRACKETED = "(01)09501101020917(17)260531(10)ABC123(21)XYZ";
    static final String UNBRACKETED = "\u001d01095011010209171726053110ABC123\u001d21XYZ";
    static final String SCAN = "]d201095011010209171726053110ABC123\u001d21XYZ";
    static final String DIGITAL_LINK = "https://id.gs1.org/01/09501101020917/10/ABC123/21/XYZ?17=260531";

    /** A bracketed element: digits in brackets, then everything up to the next {@code (}. */
    private static final Pattern BRACKETED_ELEMENT = Pattern.compile("\\((\\d{2,4})\\)([^(]*)");
    private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd");

    private final Gs1Parser parser = Gs1Parser.builder().build();
    // Inputs in non-final fields, so the JIT cannot treat them as constants.
    private String bracketed = BRACKETED;
    private String unbracketed = UNBRACKETED;
    private String scan = SCAN;
    private String digitalLink = DIGITAL_LINK;

    // ---- Bracketed ----------------------------------------------------------------------------------------------

    /** Lotkit: strict parse of the bracketed form. */
    @Benchmark
    public Gs1Message bracketed_lotkit() {
        return parser.parse(bracketed);
    }

    /**
     * Baseline: a precompiled regular expression {@code \((\d{2,4})\)([^(]*)} found repeatedly, each (AI, value)
     * put into a {@link LinkedHashMap}. Checks only that an AI is 2-4 digits in brackets; the value is whatever
     * follows up to the next {@code (}. No validation of any kind (see the class comment).
     */
    @Benchmark
    public Map<String, String> bracketed_baseline() {
        return regexSplit(bracketed);
    }

    // ---- Unbracketed (FNC1 + GS) --------------------------------------------------------------------------------

    /** Lotkit: strict parse of unbracketed data, a leading GS standing for FNC1 in first position. */
    @Benchmark
    public Gs1Message unbracketed_lotkit() {
        return parser.parse(unbracketed);
    }

    /**
     * Baseline: a hand-rolled split that knows the predefined length of a few two-digit AIs (00, 01, 02, 11-17,
     * 20) and otherwise reads a two-digit AI and a value up to the next GS. Does not know three- and four-digit
     * AIs, and checks nothing.
     */
    @Benchmark
    public Map<String, String> unbracketed_baseline() {
        return handRolledSplit(unbracketed, 1);
    }

    // ---- ]d2 scan -----------------------------------------------------------------------------------------------

    /** Lotkit: strict parse of Data Matrix scanner data, symbology identifier {@code ]d2}. */
    @Benchmark
    public Gs1Message scan_lotkit() {
        return parser.parse(scan);
    }

    /**
     * Baseline: checks that the data starts with {@code ]d2} and then splits like {@link #unbracketed_baseline()}.
     * Checks nothing else.
     */
    @Benchmark
    public Map<String, String> scan_baseline() {
        if (!scan.startsWith("]d2")) {
            throw new IllegalArgumentException("not GS1 Data Matrix data: " + scan);
        }
        return handRolledSplit(scan, 3);
    }

    // ---- Digital Link -------------------------------------------------------------------------------------------

    /** Lotkit: strict parse of the GS1 Digital Link URI. */
    @Benchmark
    public Gs1Message digitalLink_lotkit() {
        return parser.parse(digitalLink);
    }

    /**
     * Baseline: {@link URI#create} (which checks RFC 3986 syntax and percent-decodes), the path split on {@code /}
     * into (AI, value) pairs from its first segment, and the query split on {@code &} and {@code =}. Assumes the
     * path holds nothing but AI pairs (no path prefix), checks no AI, no value and no key-qualifier order.
     */
    @Benchmark
    public Map<String, String> digitalLink_baseline() {
        URI uri = URI.create(digitalLink);
        Map<String, String> pairs = new LinkedHashMap<>();
        String[] segments = uri.getPath().split("/");
        for (int i = 1; i + 1 < segments.length; i += 2) {
            pairs.put(segments[i], segments[i + 1]);
        }
        String query = uri.getQuery();
        if (query != null) {
            for (String parameter : query.split("&")) {
                int eq = parameter.indexOf('=');
                if (eq > 0) {
                    pairs.put(parameter.substring(0, eq), parameter.substring(eq + 1));
                }
            }
        }
        return pairs;
    }

    // ---- Reading what lot tracking needs ------------------------------------------------------------------------

    /** Lotkit: parse the {@code ]d2} scan, then read the typed GTIN, the lot and the expiry as a LocalDate. */
    @Benchmark
    public void lotFields_lotkit(Blackhole blackhole) {
        Gs1Message message = parser.parse(scan);
        blackhole.consume(message.gtin().orElseThrow());
        blackhole.consume(message.lot().orElseThrow());
        blackhole.consume(message.expiry().orElseThrow().date());
    }

    /**
     * Baseline: the {@link #scan_baseline()} split, then the GTIN as the string of AI 01, the lot as AI 10, and the
     * expiry by {@link LocalDate#parse} with the precompiled pattern {@code yyMMdd} (which puts every two-digit year
     * in 2000-2099, unlike GS1's sliding century, and rejects day 00).
     */
    @Benchmark
    public void lotFields_baseline(Blackhole blackhole) {
        Map<String, String> pairs = scan_baseline();
        blackhole.consume(pairs.get("01"));
        blackhole.consume(pairs.get("10"));
        blackhole.consume(LocalDate.parse(pairs.get("17"), YYMMDD));
    }

    // ---- The baselines' splitting -------------------------------------------------------------------------------

    static Map<String, String> regexSplit(String bracketed) {
        Map<String, String> pairs = new LinkedHashMap<>();
        Matcher matcher = BRACKETED_ELEMENT.matcher(bracketed);
        while (matcher.find()) {
            pairs.put(matcher.group(1), matcher.group(2));
        }
        return pairs;
    }

    /** Splits unbracketed data from {@code from}: a two-digit AI, then a fixed-length value or one up to GS. */
    static Map<String, String> handRolledSplit(String data, int from) {
        Map<String, String> pairs = new LinkedHashMap<>();
        int pos = from;
        while (pos + 2 <= data.length()) {
            String ai = data.substring(pos, pos + 2);
            int valueStart = pos + 2;
            int fixed = fixedLength(ai);
            int valueEnd;
            if (fixed > 0) {
                valueEnd = Math.min(data.length(), valueStart + fixed);
                pos = valueEnd;
            } else {
                int gs = data.indexOf('\u001d', valueStart);
                valueEnd = gs < 0 ? data.length() : gs;
                pos = gs < 0 ? valueEnd : gs + 1;
            }
            pairs.put(ai, data.substring(valueStart, valueEnd));
        }
        return pairs;
    }

    private static int fixedLength(String ai) {
        return switch (ai) {
            case "00" -> 18;
            case "01", "02" -> 14;
            case "11", "12", "13", "15", "16", "17" -> 6;
            case "20" -> 2;
            default -> 0;
        };
    }
}
