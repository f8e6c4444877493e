package io.lotkit.gs1;

import java.util.List;

/**
 * Parses GS1 inputs — bracketed and unbracketed element strings, scanner data with AIM symbology identifiers,
 * GS1 Digital Link URIs and plain GTINs — and validates them strictly: lengths, character sets, check routines,
 * required and excluded AI pairings, repeated AIs and unknown AIs.
 *
 * <pre>{@code
 * Gs1Parser parser = Gs1Parser.builder().build();
 * Gs1Message message = parser.parse("(01)09501101020917(17)260531(10)ABC123");
 * }</pre>
 *
 * <p>Time is linear in the input's length; no regular expression is used. Immutable and thread-safe: one parser can
 * serve every thread.
 */
public final class Gs1Parser {

    /** The ASCII group separator (GS, 29) that scanners send between fields. */
    public static final char GROUP_SEPARATOR = '\u001d';

    /** The default maximum input length, in characters. */
    public static final int DEFAULT_MAX_INPUT_LENGTH = 8191;

    final Gs1Dictionary dictionary;
    final boolean lenient;
    final boolean permitUnknownAis;
    final boolean collectAllErrors;
    final boolean checkPairings;
    final char separator;
    /**
     * Whether the separator is neither {@code ^} nor {@code |} and in no character set, as the quick reading of
     * unbracketed data needs (decided once, not per parse).
     */
    final boolean quickSeparator;
    final int maxInputLength;

    private Gs1Parser(Builder builder) {
        this.dictionary = builder.dictionary;
        this.lenient = builder.lenient;
        this.permitUnknownAis = builder.permitUnknownAis;
        this.collectAllErrors = builder.collectAllErrors;
        this.checkPairings = builder.checkPairings;
        this.separator = builder.separator;
        this.quickSeparator = separator != '^' && separator != '|' && CharacterSets.inNoSet(separator);
        this.maxInputLength = builder.maxInputLength;
    }

    /**
     * Returns a builder with the defaults: strict, unknown AIs rejected, stop at the first error, GS as separator,
     * at most {@value #DEFAULT_MAX_INPUT_LENGTH} characters, the built-in dictionary.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Parses an input whose form is detected by {@link Gs1InputForm#detect(String)}.
     *
     * @param input the input
     * @return the message
     * @throws IllegalArgumentException if {@code input} is {@code null}
     * @throws Gs1ParseException if the input is rejected
     */
    public Gs1Message parse(String input) {
        return parse(input, Gs1InputForm.detect(input));
    }

    /**
     * Parses an input of a given form.
     *
     * @param input the input
     * @param form its form
     * @return the message
     * @throws IllegalArgumentException if an argument is {@code null}
     * @throws Gs1ParseException if the input is rejected
     */
    public Gs1Message parse(String input, Gs1InputForm form) {
        Gs1Message valid = readValid(input, form);
        if (valid != null) {
            return valid;
        }
        // The same as tryParse(input, form).orElseThrow(), without the result object on the success path.
        ParseContext ctx = open(input, form);
        try {
            read(ctx, form);
            if (ctx.failed()) {
                throw new Gs1ParseException(ctx.errors());
            }
            return ctx.message();
        } finally {
            ctx.close();
        }
    }

    /**
     * Parses an input whose form is detected, without throwing for bad input.
     *
     * @param input the input
     * @return the message or the errors, with any warnings
     * @throws IllegalArgumentException if {@code input} is {@code null}
     */
    public Gs1ParseResult tryParse(String input) {
        return tryParse(input, Gs1InputForm.detect(input));
    }

    /**
     * Parses an input of a given form, without throwing for bad input.
     *
     * @param input the input
     * @param form its form
     * @return the message or the errors, with any warnings
     * @throws IllegalArgumentException if an argument is {@code null}
     */
    public Gs1ParseResult tryParse(String input, Gs1InputForm form) {
        Gs1Message valid = readValid(input, form);
        if (valid != null) {
            return new Gs1ParseResult(valid, List.of(), List.of());
        }
        ParseContext ctx = open(input, form);
        try {
            read(ctx, form);
            return ctx.result();
        } finally {
            ctx.close();
        }
    }

    /**
     * The quick reading of valid input, as most is: it takes no parse context and reports nothing, and returns null
     * on anything it does not take (a problem, a warning, an unusual form), for the full reading to start over and
     * report. Null and overlong inputs are left to the full reading too.
     */
    private Gs1Message readValid(String input, Gs1InputForm form) {
        if (input == null || form == null || input.length() > maxInputLength) {
            return null;
        }
        return switch (form) {
            case BRACKETED -> QuickReadings.readValidBracketed(this, input);
            case UNBRACKETED -> !input.isEmpty() && input.charAt(0) != '^'
                    ? QuickReadings.readValidUnbracketed(this, input, input.charAt(0) == separator ? 1 : 0) : null;
            case SCAN -> ScanDataReader.readValid(this, input);
            case DIGITAL_LINK -> QuickDigitalLink.readValid(this, input);
            case GTIN -> null;
        };
    }

    private ParseContext open(String input, Gs1InputForm form) {
        if (input == null) {
            throw new IllegalArgumentException("input must not be null");
        }
        if (form == null) {
            throw new IllegalArgumentException("form must not be null");
        }
        return ParseContext.open(this, input);
    }

    private void read(ParseContext ctx, Gs1InputForm form) {
        String input = ctx.input;
        if (input.length() > maxInputLength) {
            ctx.error(maxInputLength, "", Gs1ErrorCode.INPUT_TOO_LONG,
                    "The input has " + input.length() + " characters; at most " + maxInputLength + " are accepted");
            return;
        }
        switch (form) {
            case BRACKETED -> readBracketed(ctx);
            case UNBRACKETED -> readUnbracketed(ctx);
            case SCAN -> ScanDataReader.read(ctx);
            case DIGITAL_LINK -> DigitalLinkReader.read(ctx);
            case GTIN -> GtinReader.read(ctx);
        }
        if (!ctx.stopped()) {
            MessageRules.check(ctx);
        }
    }

    private static void readBracketed(ParseContext ctx) {
        if (ctx.input.isEmpty()) {
            ctx.error(0, "", Gs1ErrorCode.EMPTY_INPUT, "The AI data is empty");
            return;
        }
        ElementStringReader.readBracketedFully(ctx, 0, ctx.input.length());
    }

    private void readUnbracketed(ParseContext ctx) {
        String s = ctx.input;
        if (!s.isEmpty() && s.charAt(0) == '^') {
            ElementStringReader.readUnbracketed(ctx, 1, s.length(), '^', "|^");
        } else {
            // A leading separator stands for FNC1 in first position.
            int from = !s.isEmpty() && s.charAt(0) == separator ? 1 : 0;
            ElementStringReader.readUnbracketed(ctx, from, s.length(), separator, null);
        }
    }

    /**
     * Builds a {@link Gs1Parser}, failing fast on a bad setting.
     *
     * <p>Not thread-safe.
     */
    public static final class Builder {

        private Gs1Dictionary dictionary = Gs1Dictionary.builtIn();
        private boolean lenient;
        private boolean permitUnknownAis;
        private boolean collectAllErrors;
        private boolean checkPairings = true;
        private char separator = GROUP_SEPARATOR;
        private int maxInputLength = DEFAULT_MAX_INPUT_LENGTH;

        private Builder() {
        }

        /**
         * Sets the dictionary of AIs.
         *
         * @param dictionary the dictionary
         * @return this builder
         * @throws IllegalArgumentException if {@code dictionary} is {@code null}
         */
        public Builder dictionary(Gs1Dictionary dictionary) {
            if (dictionary == null) {
                throw new IllegalArgumentException("dictionary must not be null");
            }
            this.dictionary = dictionary;
            return this;
        }

        /**
         * Turns lenient mode on or off. A lenient parse repairs what real scanners get wrong — a {@code 000000}
         * date read as absent, a missing separator between variable-length fields where only one reading is
         * possible, a GTIN-13 in a Digital Link — and reports every repair as a warning.
         *
         * @param lenient whether to repair
         * @return this builder
         */
        public Builder lenient(boolean lenient) {
            this.lenient = lenient;
            return this;
        }

        /**
         * Admits AIs the dictionary lacks (as up to 90 characters of set 82, needing a separator).
         *
         * @param permit whether to admit unknown AIs
         * @return this builder
         */
        public Builder permitUnknownAis(boolean permit) {
            this.permitUnknownAis = permit;
            return this;
        }

        /**
         * Collects every problem in one pass instead of stopping at the first.
         *
         * @param collectAll whether to collect all errors
         * @return this builder
         */
        public Builder collectAllErrors(boolean collectAll) {
            this.collectAllErrors = collectAll;
            return this;
        }

        /**
         * Turns the {@code req=} and {@code ex=} pairing checks on (the default) or off. GS1 says pairings should be
         * judged over all the carriers on an item, so a host that reads one barcode of several may check them once
         * over the combined data instead.
         *
         * @param check whether to check required and excluded pairings
         * @return this builder
         */
        public Builder checkPairings(boolean check) {
            this.checkPairings = check;
            return this;
        }

        /**
         * Sets the separator of raw unbracketed and scanner data (GS by default), for scanners that send another
         * character.
         *
         * @param separator the separator
         * @return this builder
         * @throws IllegalArgumentException if the separator is a character that may occur in an AI value
         */
        public Builder separator(char separator) {
            if (Gs1CharacterSet.CSET82.contains(separator)) {
                throw new IllegalArgumentException("separator '" + separator
                        + "' may occur in AI values (character set 82); choose another, e.g. GS (29)");
            }
            this.separator = separator;
            return this;
        }

        /**
         * Sets the longest input accepted, in characters.
         *
         * @param maxInputLength the maximum, at least 1
         * @return this builder
         * @throws IllegalArgumentException if {@code maxInputLength < 1}
         */
        public Builder maxInputLength(int maxInputLength) {
            if (maxInputLength < 1) {
                throw new IllegalArgumentException("maxInputLength must be at least 1, got " + maxInputLength);
            }
            this.maxInputLength = maxInputLength;
            return this;
        }

        /**
         * Builds the parser.
         *
         * @return an immutable, thread-safe parser
         */
        public Gs1Parser build() {
            return new Gs1Parser(this);
        }
    }
}
