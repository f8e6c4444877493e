package io.lotkit.core.format;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;

/**
 * A lot-number pattern, compiled once, that formats a lot number from a {@link LotContext} and parses one back into
 * its fields ({@link ParsedLotNumber}).
 *
 * <pre>{@code
 * LotNumberFormat format = LotNumberFormat.compile("yyDDD{line:2,digits}{seq:4}{check:gs1}");
 * String lot = format.format(LotContext.builder()
 *         .date(LocalDate.of(2025, 3, 14)).line("02").sequence(17).build());   // "250730200175"
 * ParsedLotNumber parsed = format.parse(lot);                                    // line 02, sequence 17, ...
 * }</pre>
 *
 * <h2>Pattern syntax</h2>
 * <table class="striped">
 * <caption>Pattern elements</caption>
 * <thead><tr><th scope="col">Pattern</th><th scope="col">Prints</th><th scope="col">Example</th></tr></thead>
 * <tbody>
 * <tr><th scope="row">{@code yyyy}</th><td>year, four digits</td><td>{@code 2025}</td></tr>
 * <tr><th scope="row">{@code yy}</th><td>year modulo 100</td><td>{@code 25}</td></tr>
 * <tr><th scope="row">{@code y}</th><td>last digit of the year</td><td>{@code 5}</td></tr>
 * <tr><th scope="row">{@code YYYY}, {@code YY}, {@code Y}</th><td>ISO week-based year, likewise</td>
 *     <td>{@code 2026} for 2025-12-29</td></tr>
 * <tr><th scope="row">{@code MM}</th><td>month, two digits</td><td>{@code 03}</td></tr>
 * <tr><th scope="row">{@code L}</th><td>month letter, A (January) to L (December)</td><td>{@code C}</td></tr>
 * <tr><th scope="row">{@code dd}</th><td>day of the month</td><td>{@code 14}</td></tr>
 * <tr><th scope="row">{@code DDD}</th><td>day of the year ("Julian date"), so {@code yyDDD} and {@code yDDD} print
 *     what food plants call YYDDD and YDDD</td><td>{@code 073}</td></tr>
 * <tr><th scope="row">{@code ww}</th><td>ISO week of the week-based year</td><td>{@code 11}</td></tr>
 * <tr><th scope="row">{@code HH}</th><td>hour of the day, 00 to 23 (needs a time in the context)</td>
 *     <td>{@code 07}</td></tr>
 * <tr><th scope="row">{@code {name:W}}</th><td>the named field, exactly W characters (1 to 99)</td>
 *     <td>{@code {item:6}}</td></tr>
 * <tr><th scope="row">{@code {name:M..N}}, {@code {name:..N}}</th><td>the named field, M (default 1) to N
 *     characters</td><td>{@code {plant:..3}}</td></tr>
 * <tr><th scope="row">{@code {name:W,set}}</th><td>the field's characters: {@code alnum} (digits and upper-case
 *     letters, the default), {@code digits}, {@code upper}, or {@code chars=...} listing them (up to the closing
 *     brace)</td><td>{@code {shift:1,chars=ABN}}</td></tr>
 * <tr><th scope="row">{@code {seq:W}}</th><td>the sequence, zero-padded to W characters</td>
 *     <td>{@code {seq:5}} prints {@code 00042}</td></tr>
 * <tr><th scope="row">{@code {seq:..W}}</th><td>the sequence, unpadded, at most W characters</td>
 *     <td>{@code {seq:..5}} prints {@code 42}</td></tr>
 * <tr><th scope="row">{@code {seq:W,radix}}</th><td>radix {@code dec} (default), {@code base36}, {@code base32c}
 *     (Crockford: no I, L, O, U) or {@code alphabet=...} (its first character is the zero)</td>
 *     <td>{@code {seq:4,base36}}</td></tr>
 * <tr><th scope="row">{@code {check:alg}}</th><td>a check character over everything printed before it:
 *     {@code gs1} (GS1 mod 10), {@code luhn}, or {@code mod37-36} (ISO/IEC 7064 MOD 37,36)</td>
 *     <td>{@code {check:gs1}}</td></tr>
 * <tr><th scope="row">{@code [ ... ]}</th><td>an optional section: printed when the context holds every field it
 *     prints, parsed when it matches; sections may nest</td><td>{@code ['-'{shift:1}]}</td></tr>
 * <tr><th scope="row">{@code 'text'}</th><td>literal text; {@code ''} is a single quote, inside or outside
 *     quotes</td><td>{@code 'LOT'}</td></tr>
 * <tr><th scope="row">{@code - / . : _} etc.</th><td>any other printable ASCII character that is not a letter,
 *     space or one of {@code [ ] { } '} is a literal as it stands</td><td>{@code yy-DDD}</td></tr>
 * </tbody>
 * </table>
 *
 * <p>Field names start with a lower-case letter, followed by letters, digits or {@code _}; {@code item},
 * {@code plant}, {@code line} and {@code shift} are the well-known ones (see {@link LotContext}), any other name is
 * a custom field. A field appears at most once; a pattern has at most one sequence. The sequence and check
 * characters cannot be inside an optional section. Any other letter, an unclosed quote, brace or bracket, or a bad
 * width is a {@link LotPatternException} naming the index in the pattern.
 *
 * <h2>Rules checked at compile time</h2>
 * <ul>
 *   <li><b>Unambiguous parsing.</b> A variable-width element ({@code {name:M..N}}, {@code {seq:..N}}) may not
 *       contain any character that may follow it, and an optional section may not begin with any character that
 *       may follow it. "What may follow" is the set of first characters of the rest of the pattern, looking
 *       through optional sections. So two variable-width fields side by side are refused (unless their character
 *       sets are disjoint), and so is {@code {item:..6}{seq:4}}, while {@code {item:..6}-{seq:4}} and
 *       {@code {item:..6,upper}{seq:4}} are accepted. Under this rule the longest match is the only match, so a
 *       text has at most one parse.
 *   <li><b>Check characters.</b> {@code gs1} and {@code luhn} read digits only, {@code mod37-36} digits and
 *       upper-case letters only: every element before the check character must print only those.
 *   <li><b>GS1 AI (10).</b> Unless compiled with {@link Gs1Limit#NONE}, the longest possible lot number (every
 *       optional section printed, every field at its maximum width) must have at most 20 characters, all in GS1
 *       character set 82.
 * </ul>
 *
 * <h2>Formatting and parsing</h2>
 * {@link #format(LotContext)} throws {@link LotFieldException} naming the field when the context lacks a field
 * the pattern requires outside optional sections, or a value does not fit (too long or short, a character outside
 * the set, a sequence above its largest value); it never truncates. {@link #parse(CharSequence)} throws
 * {@link LotNumberParseException} with the index where the text stopped matching and what was expected there;
 * it verifies the check character and the consistency of the date parts (e.g. {@code yyyy} with {@code DDD}
 * 366 in a non-leap year is refused). For every context {@code c} that formats, {@code parse(format(c))} returns
 * every field {@code format} printed.
 *
 * <p>Immutable and thread-safe.
 */
public final class LotNumberFormat {

    private final String pattern;
    private final Gs1Limit gs1Limit;
    private final Element[] elements;
    private final int maxLength;
    private final Set<DatePart> requiredDateParts;
    private final Set<String> requiredFieldNames;
    private final long sequenceMaximum;
    /** Every field name the pattern prints, optional sections included, in order of first appearance. */
    private final String[] fieldNames;

    private LotNumberFormat(String pattern, Gs1Limit gs1Limit, List<Element> elements) {
        this.pattern = pattern;
        this.gs1Limit = gs1Limit;
        this.elements = elements.toArray(new Element[0]);
        int length = 0;
        Set<DatePart> parts = EnumSet.noneOf(DatePart.class);
        Set<String> fields = new LinkedHashSet<>();
        long maximum = -1;
        for (Element element : elements) {
            length += element.maxLength();
            if (element instanceof DateElement date) {
                parts.add(date.part());
            } else if (element instanceof FieldElement field) {
                fields.add(field.name());
            } else if (element instanceof SequenceElement sequence) {
                maximum = sequence.maximum();
            }
        }
        this.maxLength = length;
        this.requiredDateParts = Collections.unmodifiableSet(parts);
        this.requiredFieldNames = Collections.unmodifiableSet(fields);
        this.sequenceMaximum = maximum;
        List<String> names = new ArrayList<>();
        bindFieldSlots(elements, names);
        this.fieldNames = names.toArray(new String[0]);
    }

    /** Gives every field element the index of its name, so a parse records fields in an array, not a map. */
    private static void bindFieldSlots(List<Element> elements, List<String> names) {
        for (Element element : elements) {
            if (element instanceof FieldElement field) {
                int slot = names.indexOf(field.name());
                if (slot < 0) {
                    slot = names.size();
                    names.add(field.name());
                }
                field.bindSlot(slot);
            } else if (element instanceof OptionalSection section) {
                bindFieldSlots(section.elements(), names);
            }
        }
    }

    /**
     * Compiles a pattern whose output must fit GS1 AI (10).
     *
     * @param pattern the pattern (syntax in the class comment)
     * @return the compiled format
     * @throws LotPatternException if the pattern is invalid, ambiguous, or may print a lot number beyond GS1 AI (10)
     * @throws IllegalArgumentException if {@code pattern} is {@code null}
     */
    public static LotNumberFormat compile(String pattern) {
        return compile(pattern, Gs1Limit.AI_10);
    }

    /**
     * Compiles a pattern against a chosen GS1 limit.
     *
     * @param pattern the pattern (syntax in the class comment)
     * @param gs1Limit {@link Gs1Limit#AI_10} to require output that fits GS1 AI (10), {@link Gs1Limit#NONE} to
     *     allow any length and characters
     * @return the compiled format
     * @throws LotPatternException if the pattern is invalid, ambiguous, or breaks the limit
     * @throws IllegalArgumentException if an argument is {@code null}
     */
    public static LotNumberFormat compile(String pattern, Gs1Limit gs1Limit) {
        if (pattern == null) {
            throw new IllegalArgumentException("pattern must not be null");
        }
        if (gs1Limit == null) {
            throw new IllegalArgumentException("gs1Limit must not be null");
        }
        List<Element> elements = PatternCompiler.compile(pattern);
        PatternRules.check(pattern, elements, gs1Limit);
        return new LotNumberFormat(pattern, gs1Limit, elements);
    }

    /**
     * Formats a lot number.
     *
     * @param context the date, fields and sequence value to print
     * @return the lot number
     * @throws LotFieldException if a field the pattern requires is missing or a value does not fit
     * @throws IllegalArgumentException if {@code context} is {@code null}
     */
    public String format(LotContext context) {
        if (context == null) {
            throw new IllegalArgumentException("context must not be null");
        }
        return print(context, context.sequenceOrMinusOne());
    }

    /**
     * Formats a lot number with a sequence value in place of the context's, without copying the context.
     *
     * @param context the date and fields to print
     * @param sequence the sequence value, zero or more
     * @return the lot number
     * @throws LotFieldException if a field the pattern requires is missing or a value does not fit
     * @throws IllegalArgumentException if {@code context} is {@code null} or {@code sequence} is negative
     */
    public String format(LotContext context, long sequence) {
        if (context == null) {
            throw new IllegalArgumentException("context must not be null");
        }
        if (sequence < 0) {
            throw new IllegalArgumentException("sequence must not be negative: " + sequence);
        }
        return print(context, sequence);
    }

    private String print(LotContext context, long sequence) {
        char[] out = new char[maxLength];
        int length = 0;
        for (Element element : elements) {
            length = element.print(context, sequence, out, length);
        }
        return new String(out, 0, length);
    }

    /**
     * Parses a lot number.
     *
     * @param text the lot number
     * @return the fields it holds
     * @throws LotNumberParseException if the text does not match, naming the index and what was expected there
     * @throws IllegalArgumentException if {@code text} is {@code null}
     */
    public ParsedLotNumber parse(CharSequence text) {
        if (text == null) {
            throw new IllegalArgumentException("text must not be null");
        }
        ParseState state = new ParseState(text, fieldNames);
        int position = 0;
        for (Element element : elements) {
            position = element.parse(text, position, state);
            if (position < 0) {
                throw state.failure(pattern);
            }
        }
        if (position != text.length()) {
            state.fail(position, "the end of the lot number");
            throw state.failure(pattern);
        }
        return state.result(pattern);
    }

    /**
     * Returns the pattern this format was compiled from.
     *
     * @return the pattern
     */
    public String pattern() {
        return pattern;
    }

    /**
     * Returns the GS1 limit this format was compiled against.
     *
     * @return the limit
     */
    public Gs1Limit gs1Limit() {
        return gs1Limit;
    }

    /**
     * Returns the length of the longest lot number this format can print.
     *
     * @return the maximum length
     */
    public int maxLength() {
        return maxLength;
    }

    /**
     * Returns the date parts printed in every lot number, that is outside optional sections.
     *
     * @return an unmodifiable set
     */
    public Set<DatePart> requiredDateParts() {
        return requiredDateParts;
    }

    /**
     * Returns the named fields printed in every lot number, that is outside optional sections.
     *
     * @return an unmodifiable set, in pattern order
     */
    public Set<String> requiredFieldNames() {
        return requiredFieldNames;
    }

    /**
     * Returns the largest sequence value the pattern can print.
     *
     * @return the largest value, or empty if the pattern has no sequence
     */
    public OptionalLong sequenceMaximum() {
        return sequenceMaximum < 0 ? OptionalLong.empty() : OptionalLong.of(sequenceMaximum);
    }

    /**
     * Two formats are equal when compiled from the same pattern against the same limit.
     *
     * @param other the object to compare with
     * @return whether {@code other} is an equal format
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof LotNumberFormat that && pattern.equals(that.pattern) && gs1Limit == that.gs1Limit;
    }

    @Override
    public int hashCode() {
        return pattern.hashCode() * 31 + gs1Limit.hashCode();
    }

    @Override
    public String toString() {
        return "LotNumberFormat[" + pattern + (gs1Limit == Gs1Limit.NONE ? ", no GS1 limit]" : "]");
    }
}
