package io.lotkit.core.sequence;

import io.lotkit.core.format.LotContext;
import io.lotkit.core.format.LotFieldException;
import io.lotkit.core.format.LotNumberFormat;
import io.lotkit.core.format.ParsedLotNumber;
import io.lotkit.core.spi.Journal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Issues lot numbers: a {@link LotNumberFormat} joined with a sequence whose counters are written through a
 * {@link Journal} before a number is handed out, and rebuilt by replaying the journal when the generator is built.
 * It never issues a number twice, across concurrent callers or across restarts, and never wraps a sequence around
 * ({@link SequenceExhaustedException}).
 *
 * <pre>{@code
 * LotNumberGenerator generator = LotNumberGenerator.builder()
 *         .format(LotNumberFormat.compile("yyDDD{line:2,digits}{seq:4}{check:gs1}"))
 *         .journal(journal)
 *         .resetScope(ResetScope.perDay().andPerField("line"))
 *         .mode(SequenceMode.GAP_TOLERANT)
 *         .build();
 * String lot = generator.next(LotContext.builder().date(today).line("02").build());   // on 2025-03-14: "250730200014"
 * }</pre>
 *
 * <p><b>Counters.</b> Each distinct scope (period as printed, plus the values of the scope fields) has its own
 * counter, starting at the start value. The period is keyed by the date parts the format prints, so periods that
 * print the same text share a counter (see {@link LotNumberGeneratorBuilder#acknowledgeRepeatingYears()}).
 *
 * <p><b>Modes.</b> In {@link SequenceMode#GAP_FREE} mode each number is one journal write, and the context is
 * checked by formatting it before the number is drawn, so a context that does not fit consumes no number. In
 * {@link SequenceMode#GAP_TOLERANT} mode one write reserves a block; a context that does not fit the format is
 * reported after its number was drawn, leaving a gap.
 *
 * <p><b>Failures.</b> If the journal append throws, the counter is unchanged and the caller gets the exception.
 *
 * <p>Safe for concurrent use. A number the journal already covers (every draw but one per block in gap-tolerant
 * mode) is taken with one compare-and-set, without a lock. A journal write, and skipping numbers registered by
 * hand, run under the scope's lock: callers of the same scope then wait for each other (they never fail because
 * another holds it); callers of different scopes do not wait for each other, except inside the journal.
 */
public final class LotNumberGenerator {

    /**
     * The last counter resolved, with the context and date it was resolved for, for the allocation-free fast path:
     * contexts are immutable, so the same context object always resolves to the same counter.
     */
    private record LastHit(LotContext context, LocalDate date, Counter counter) {
    }

    private static final String[] NO_VALUES = {};

    private final LotNumberFormat format;
    private final Journal<SequenceEvent> journal;
    private final ResetScope resetScope;
    private final SequenceMode mode;
    private final long blockSize;
    private final long startValue;
    private final long maximum;
    private final ScopeResolver resolver;
    private final ClockDates clockDates;
    private final ConcurrentHashMap<List<String>, Counter> counters = new ConcurrentHashMap<>();
    /** The only counter when the scope never resets and has no fields; otherwise {@code null}. */
    private final Counter singleCounter;
    private volatile LastHit lastHit;

    LotNumberGenerator(LotNumberGeneratorBuilder builder) {
        this.format = builder.format;
        this.journal = builder.journal;
        this.resetScope = builder.resetScope;
        this.mode = builder.mode;
        this.blockSize = mode == SequenceMode.GAP_FREE ? 1 : builder.blockSize;
        this.startValue = builder.startValue;
        this.maximum = format.sequenceMaximum().orElseThrow();
        this.resolver = builder.resolver;
        this.clockDates = new ClockDates(builder.clock);
        replay();
        this.singleCounter = resolver.period() == ResetPeriod.NEVER && resolver.fieldCount() == 0
                ? counterFor(List.of("0")) : null;
    }

    /**
     * Returns a new builder.
     *
     * @return a builder with nothing set
     */
    public static LotNumberGeneratorBuilder builder() {
        return new LotNumberGeneratorBuilder();
    }

    private void replay() {
        journal.replay((position, event) -> {
            if (event.scope().size() != 1 + resolver.fieldCount()) {
                throw new IllegalStateException("journal event at position " + position + " has the scope "
                        + event.scope() + ", which does not fit " + resetScope + "; was the journal written by a "
                        + "generator with another reset scope?");
            }
            Counter counter = counterFor(event.scope());
            if (event instanceof SequenceReserved reserved) {
                counter.replayReserved(reserved.through());
            } else if (event instanceof ManualNumberRegistered manual) {
                counter.replayManual(manual.value());
            }
        });
        counters.values().forEach(Counter::afterReplay);
    }

    /**
     * Issues the next lot number for a context holding no fields, dated by the clock.
     *
     * @return the lot number
     * @throws LotFieldException if the format requires fields
     * @throws SequenceExhaustedException if the scope's sequence has reached its largest value
     * @throws io.lotkit.core.spi.JournalException if the journal could not store the reservation
     */
    public String next() {
        return next(LotContext.empty());
    }

    /**
     * Issues the next lot number for a context. Its sequence value, if any, is ignored; a context without a date is
     * dated by the clock.
     *
     * @param context the date and fields to print
     * @return the lot number
     * @throws LotFieldException if a field the format or scope requires is missing or does not fit
     * @throws SequenceExhaustedException if the scope's sequence has reached its largest value
     * @throws io.lotkit.core.spi.JournalException if the journal could not store the reservation
     * @throws IllegalArgumentException if {@code context} is {@code null}
     */
    public String next(LotContext context) {
        if (context == null) {
            throw new IllegalArgumentException("context must not be null");
        }
        LotContext dated = clockDates.complete(context);
        Counter counter = singleCounter != null ? singleCounter : counterFor(dated);
        if (mode == SequenceMode.GAP_FREE) {
            format.format(dated, startValue);
        }
        long value = counter.draw(journal, maximum, blockSize);
        return format.format(dated, value);
    }

    /**
     * Registers a lot number entered by hand, so that the generator skips its sequence value. The number must
     * match the format; its scope is read from the number itself.
     *
     * @param lotNumber the lot number entered by hand
     * @return {@code true} if it was registered, {@code false} if it had been registered before
     * @throws io.lotkit.core.format.LotNumberParseException if the lot number does not match the format
     * @throws IllegalArgumentException if {@code lotNumber} is {@code null}, or its sequence value has already been
     *     passed by the generator (it may have been issued)
     * @throws io.lotkit.core.spi.JournalException if the journal could not store the registration
     */
    public boolean registerManual(String lotNumber) {
        if (lotNumber == null) {
            throw new IllegalArgumentException("lotNumber must not be null");
        }
        ParsedLotNumber parsed = format.parse(lotNumber);
        List<String> scope = new ArrayList<>(1 + resolver.fieldCount());
        scope.add(Long.toString(resolver.periodKey(parsed)));
        for (int i = 0; i < resolver.fieldCount(); i++) {
            scope.add(parsed.field(resolver.field(i)).orElseThrow());
        }
        return counterFor(scope).register(journal, parsed.sequence().orElseThrow(), lotNumber);
    }

    /**
     * Returns the format.
     *
     * @return the format
     */
    public LotNumberFormat format() {
        return format;
    }

    /**
     * Returns the reset scope.
     *
     * @return the scope
     */
    public ResetScope resetScope() {
        return resetScope;
    }

    /**
     * Returns the mode.
     *
     * @return the mode
     */
    public SequenceMode mode() {
        return mode;
    }

    private Counter counterFor(LotContext context) {
        LastHit hit = lastHit;
        if (hit != null && hit.context() == context) {
            return hit.counter();
        }
        LocalDate date = context.date().orElseThrow();
        if (hit != null && hit.date().equals(date) && sameFieldValues(hit.counter(), context)) {
            // Another context of the same scope as the previous call: found without allocating.
            return hit.counter();
        }
        String[] values = resolver.fieldCount() == 0 ? NO_VALUES : new String[resolver.fieldCount()];
        for (int i = 0; i < values.length; i++) {
            values[i] = requiredField(context, resolver.field(i));
        }
        List<String> scope = new ArrayList<>(1 + values.length);
        scope.add(Long.toString(resolver.periodKey(date)));
        scope.addAll(List.of(values));
        Counter counter = counterFor(scope);
        lastHit = new LastHit(context, date, counter);
        return counter;
    }

    private boolean sameFieldValues(Counter counter, LotContext context) {
        for (int i = 0; i < resolver.fieldCount(); i++) {
            if (!counter.hasFieldValue(i, requiredField(context, resolver.field(i)))) {
                return false;
            }
        }
        return true;
    }

    private static String requiredField(LotContext context, String name) {
        Optional<String> value = context.field(name);
        if (value.isEmpty()) {
            throw new LotFieldException(name, "missing from the context; the generator counts per this field");
        }
        return value.get();
    }

    private Counter counterFor(List<String> scope) {
        Counter counter = counters.get(scope);
        return counter != null ? counter : counters.computeIfAbsent(List.copyOf(scope), s -> new Counter(s, startValue));
    }

    @Override
    public String toString() {
        return "LotNumberGenerator[" + format.pattern() + ", " + resetScope + ", " + mode + "]";
    }
}
