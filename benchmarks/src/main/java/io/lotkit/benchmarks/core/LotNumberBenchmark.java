package io.lotkit.benchmarks.core;

import io.lotkit.core.format.LotContext;
import io.lotkit.core.format.LotNumberFormat;
import io.lotkit.core.format.ParsedLotNumber;
import io.lotkit.core.journal.InMemoryJournal;
import io.lotkit.core.sequence.LotNumberGenerator;
import io.lotkit.core.sequence.ResetScope;
import io.lotkit.core.sequence.SequenceEvent;
import io.lotkit.core.sequence.SequenceMode;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Lot numbers on one thread: generating (format plus next number, gap-tolerant block reservation through the
 * in-memory journal) and parsing a lot number back into its fields — each beside the way hosts usually do it, a
 * {@code String.format} of the fields with an {@code AtomicLong} counter, and a regular expression with
 * {@code Integer.parseInt} per group.
 *
 * <p>The pattern is a food plant's: two-digit year, Julian day, line, a 9-digit sequence and a GS1 check digit,
 * e.g. {@code 26326020000004177}. Run: {@code java -jar benchmarks/target/benchmarks.jar LotNumberBenchmark}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class LotNumberBenchmark {

    static final String PATTERN = "yyDDD{line:2,digits}{seq:9}{check:gs1}";
    static final LocalDate DAY = LocalDate.of(2026, 11, 22);

    private LotNumberFormat format;
    private LotContext context;
    private LotNumberGenerator generator;
    private final AtomicLong baselineCounter = new AtomicLong();
    private String[] lotNumbers;
    private int next;
    private Pattern regex;

    /** Compiles the format and prepares the lot numbers to parse (1,024 distinct ones, cycled). */
    @Setup(Level.Trial)
    public void setUpTrial() {
        format = LotNumberFormat.compile(PATTERN);
        context = LotContext.builder().date(DAY).line("02").build();
        lotNumbers = new String[1024];
        for (int i = 0; i < lotNumbers.length; i++) {
            lotNumbers[i] = format.format(context, 1 + i * 7919L);
        }
        regex = Pattern.compile("(\\d{2})(\\d{3})(\\d{2})(\\d{9})(\\d)");
    }

    /** A new generator and journal per iteration, so the 9-digit sequence never runs out however fast it goes. */
    @Setup(Level.Iteration)
    public void setUpIteration() {
        generator = LotNumberGenerator.builder()
                .format(format)
                .journal(InMemoryJournal.<SequenceEvent>create())
                .resetScope(ResetScope.perDay().andPerField("line"))
                .mode(SequenceMode.GAP_TOLERANT)
                .blockSize(1_000)
                .build();
        baselineCounter.set(0);
    }

    /** Lotkit: the next lot number for the context, journaled in blocks of 1,000. */
    @Benchmark
    public String generate_lotkit() {
        return generator.next(context);
    }

    /** Baseline: String.format of the same fields with an AtomicLong counter, plus the GS1 check digit. */
    @Benchmark
    public String generate_baseline() {
        String body = String.format("%02d%03d%s%09d", DAY.getYear() % 100, DAY.getDayOfYear(), "02",
                baselineCounter.incrementAndGet());
        return body + gs1CheckDigit(body);
    }

    /** Lotkit: parse a lot number back into its fields (year, day, line, sequence) and verify the check digit. */
    @Benchmark
    public long parse_lotkit() {
        ParsedLotNumber parsed = format.parse(lotNumbers[next++ & 1023]);
        return parsed.sequence().getAsLong() + parsed.field("line").orElseThrow().length();
    }

    /** Baseline: a regular expression with a group per field, Integer/Long.parseInt, and the check digit. */
    @Benchmark
    public long parse_baseline() {
        String text = lotNumbers[next++ & 1023];
        Matcher m = regex.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException(text);
        }
        int year = Integer.parseInt(m.group(1));
        int day = Integer.parseInt(m.group(2));
        String line = m.group(3);
        long sequence = Long.parseLong(m.group(4));
        if (gs1CheckDigit(text.substring(0, text.length() - 1)) != text.charAt(text.length() - 1)) {
            throw new IllegalArgumentException("check digit: " + text);
        }
        return sequence + line.length() + year + day;
    }

    static char gs1CheckDigit(String digits) {
        int sum = 0;
        boolean three = true;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            sum += three ? 3 * d : d;
            three = !three;
        }
        return (char) ('0' + (10 - sum % 10) % 10);
    }
}
