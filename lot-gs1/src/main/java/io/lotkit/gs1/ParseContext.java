package io.lotkit.gs1;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The state of one parse: the elements found so far, where each value started in the input, and the problems.
 * Plain arrays, since a parse is on the hot path. Not thread-safe.
 *
 * <p>Valid input is read without a context (see {@link QuickReadings} and {@link QuickDigitalLink}). A full reading,
 * for anything those give up on, borrows its thread's context ({@link #open}) and hands it back ({@link #close}), so the
 * per-element bookkeeping (value positions) is not allocated per parse: what a parse allocates is the message itself,
 * whose storage (the entries and values arrays) the context fills. The few bytes kept per thread hold no input,
 * parser or dictionary between parses. Nested and trial readings ({@code new ParseContext(...)}) get a context of
 * their own.
 */
final class ParseContext {

    /** GS1 permits at most 64 AIs in one message (linear and composite together). */
    static final int MAX_AIS = 64;

    /** How many unused slots the entries and values arrays may have and still become the message's storage without a copy. */
    private static final int MAX_SHARED_SLACK = 3;

    /** Each thread's reusable context; {@link #inUse} guards against a parse started inside a parse. */
    private static final ThreadLocal<ParseContext> REUSABLE = new ThreadLocal<>();

    Gs1Parser parser;
    String input;
    boolean lenient;
    boolean collectAll;
    // The elements read: each one's dictionary entry and raw value. Fresh per parse, they become the message's.
    private AiEntry[] entries;
    private String[] values;
    private int[] valueIndex;
    private int size;
    int compositeStart = -1;
    int dlPathLength;
    /** When not negative, the index every error gets (a built message reports the element's position). */
    int fixedIndex = -1;
    private List<Gs1Error> errors;
    private List<Gs1Error> warnings;
    private boolean inUse;
    /** The positions of a Digital Link path's slashes, from {@link #noteSlash}; kept for reuse. */
    int[] slashes;

    ParseContext(Gs1Parser parser, String input) {
        this(parser, input, parser.lenient, parser.collectAllErrors);
    }

    /** A context with its own leniency and error collection, used to try a reading out without side effects. */
    ParseContext(Gs1Parser parser, String input, boolean lenient, boolean collectAll) {
        this.parser = parser;
        this.input = input;
        this.lenient = lenient;
        this.collectAll = collectAll;
        int capacity = initialCapacity(input.length());
        this.entries = new AiEntry[capacity];
        this.values = new String[capacity];
        this.valueIndex = new int[capacity];
    }

    /**
     * The calling thread's context, reset for a parse of {@code input}; a fresh one if the thread's context is
     * already in use. The caller must {@link #close} it once the message or errors have been taken.
     */
    static ParseContext open(Gs1Parser parser, String input) {
        ParseContext ctx = REUSABLE.get();
        if (ctx == null) {
            ctx = new ParseContext(parser, input);
            REUSABLE.set(ctx);
        } else if (ctx.inUse) {
            return new ParseContext(parser, input);
        } else {
            ctx.reset(parser, input);
        }
        ctx.inUse = true;
        return ctx;
    }

    private void reset(Gs1Parser parser, String input) {
        this.parser = parser;
        this.input = input;
        this.lenient = parser.lenient;
        this.collectAll = parser.collectAllErrors;
        int capacity = initialCapacity(input.length());
        this.entries = new AiEntry[capacity];
        this.values = new String[capacity];
        if (valueIndex.length < capacity) {
            valueIndex = new int[capacity];
        }
        size = 0;
        compositeStart = -1;
        dlPathLength = 0;
        fixedIndex = -1;
        errors = null;
        warnings = null;
    }

    /** Hands the context back to its thread, dropping every reference into the parse just made. */
    void close() {
        if (!inUse) {
            return;
        }
        parser = null;
        input = null;
        entries = null;
        values = null;
        errors = null;
        warnings = null;
        inUse = false;
    }

    /**
     * About one element per ten characters of input (an AI and a typical value), at least four: real GS1 data rarely
     * holds more, so the arrays seldom grow, and they stay close enough to the element count for the message to
     * keep the entries and values arrays as they are (see {@link #message()}).
     */
    static int initialCapacity(int inputLength) {
        return Math.min(MAX_AIS, Math.max(4, inputLength / 10 + 1));
    }

    int size() {
        return size;
    }

    /** The entries read, in slots {@code [0, size())}. */
    AiEntry[] entries() {
        return entries;
    }

    /** The raw values read, in slots {@code [0, size())}. */
    String[] values() {
        return values;
    }

    String value(int i) {
        return values[i];
    }

    AiEntry entry(int i) {
        return entries[i];
    }

    int valueIndex(int i) {
        return valueIndex[i];
    }

    /** Records an error; returns {@code true} when parsing should go on (collect-all mode). */
    boolean error(Gs1Error error) {
        if (fixedIndex >= 0) {
            error = new Gs1Error(fixedIndex, error.ai(), error.component(), error.code(), error.checkCode(),
                    error.message());
        }
        if (errors == null) {
            errors = new ArrayList<>(2);
        }
        errors.add(error);
        return collectAll;
    }

    boolean error(int index, String ai, Gs1ErrorCode code, String message) {
        return error(Gs1Error.of(index, ai, code, message));
    }

    void warn(int index, String ai, Gs1ErrorCode code, String message) {
        if (warnings == null) {
            warnings = new ArrayList<>(2);
        }
        warnings.add(Gs1Error.of(index, ai, code, message));
    }

    boolean failed() {
        return errors != null;
    }

    /** Whether parsing must stop: an error was found and not every error is being collected. */
    boolean stopped() {
        return errors != null && !collectAll;
    }

    List<Gs1Error> errors() {
        return errors == null ? List.of() : errors;
    }

    List<Gs1Error> warnings() {
        return warnings == null ? List.of() : warnings;
    }

    /** Adds an element; returns {@code false} (after recording the error) when the message already holds 64. */
    boolean add(AiEntry entry, String value, int index) {
        // GS1's engine counts the composite separator as one of the 64 slots; so do we, to agree with it.
        if (size + (compositeStart >= 0 ? 1 : 0) >= MAX_AIS) {
            error(index, entry.ai, Gs1ErrorCode.TOO_MANY_AIS, "Too many AIs: GS1 permits at most " + MAX_AIS);
            return false;
        }
        if (size == entries.length) {
            entries = Arrays.copyOf(entries, size * 2);
            values = Arrays.copyOf(values, size * 2);
        }
        if (size == valueIndex.length) { // a reused context may keep a longer one from an earlier parse
            valueIndex = Arrays.copyOf(valueIndex, size * 2);
        }
        valueIndex[size] = index;
        entries[size] = entry;
        values[size++] = value;
        return true;
    }

    /** Takes over the elements and problems of a context that read part of this input starting at {@code offset}. */
    void absorb(ParseContext part, int offset) {
        dlPathLength = size == 0 ? part.dlPathLength : 0;
        for (int i = 0; i < part.size; i++) {
            if (!add(part.entries[i], part.values[i], part.valueIndex[i] + offset)) {
                return;
            }
        }
        for (Gs1Error e : part.errors()) {
            error(new Gs1Error(e.index() + offset, e.ai(), e.component(), e.code(), e.checkCode(), e.message()));
        }
        for (Gs1Error w : part.warnings()) {
            warn(w.index() + offset, w.ai(), w.code(), w.message());
        }
    }

    /**
     * Notes the {@code count}-th slash of a Digital Link path, at {@code at}, in {@link #slashes}, growing the array
     * if needed.
     *
     * @return the new count
     */
    int noteSlash(int count, int at) {
        if (slashes == null) {
            slashes = new int[8];
        } else if (count == slashes.length) {
            slashes = Arrays.copyOf(slashes, count * 2);
        }
        slashes[count] = at;
        return count + 1;
    }

    /** Marks the start of the composite component (after {@code |}). */
    void startComposite() {
        compositeStart = size;
    }

    /** Finds the entry for an AI's digits, or admits it as unknown when the parser permits; null otherwise. */
    AiEntry lookup(String text, int start, int end) {
        AiEntry entry = parser.dictionary.entry(text, start, end - start);
        if (entry == null && parser.permitUnknownAis && end - start >= 2 && end - start <= 4
                && AiDefinition.allDigits(text, start, end)) {
            entry = AiEntry.unknown(text.substring(start, end));
        }
        return entry;
    }

    Gs1ParseResult result() {
        if (errors != null) {
            return new Gs1ParseResult(null, errors, warnings());
        }
        return new Gs1ParseResult(message(), List.of(), warnings());
    }

    /**
     * The message read, when no error was recorded. The entries and values arrays become the message's own (nothing
     * else holds them, and this context adds nothing afterwards) unless they grew well past the element count.
     */
    Gs1Message message() {
        return message(parser, entries, values, size, compositeStart, dlPathLength);
    }

    /**
     * A message of the {@code size} elements in {@code entries} and {@code values}, arrays a reading filled and
     * hands over: they become the message's own unless they grew well past the element count.
     */
    static Gs1Message message(Gs1Parser parser, AiEntry[] entries, String[] values, int size, int compositeStart,
            int dlPathLength) {
        boolean share = entries.length - size <= MAX_SHARED_SLACK;
        return new Gs1Message(share ? entries : Arrays.copyOf(entries, size), share ? values : Arrays.copyOf(values, size),
                size, compositeStart, dlPathLength, parser.dictionary);
    }
}
