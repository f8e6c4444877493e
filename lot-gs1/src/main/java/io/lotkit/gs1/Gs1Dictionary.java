package io.lotkit.gs1;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The Application Identifiers a parser knows: the built-in table (GS1 Barcode Syntax Dictionary release 2026-01-27,
 * 541 AIs), or a newer dictionary in GS1's published syntax loaded at run time with {@link #load(Reader)}.
 *
 * <p>AIs are looked up through arrays indexed by their digits, so a lookup costs no hashing and no allocation.
 *
 * <p>Immutable and thread-safe.
 */
public final class Gs1Dictionary {

    private static final String BUILT_IN_RESOURCE = "ai-table.tsv";

    /** See {@link #digitValue}: four digits' worth of 9s cannot bring it back above zero. */
    private static final int NOT_A_DIGIT = -100_000;

    private final String release;
    private final List<AiDefinition> definitions;
    // Index by the AI's numeric value, one array per AI length (2, 3 and 4 digits).
    private final AiEntry[][] byLength = {null, null, new AiEntry[100], new AiEntry[1000], new AiEntry[10000]};
    // The same tables as fields of their own: the parser's lookup then loads one table, not the outer array first.
    private final AiEntry[] twoDigits = byLength[2];
    private final AiEntry[] threeDigits = byLength[3];
    private final AiEntry[] fourDigits = byLength[4];

    private Gs1Dictionary(String release, List<AiDefinition> definitions) {
        this.release = release;
        this.definitions = List.copyOf(definitions);
        if (this.definitions.isEmpty()) {
            throw new Gs1DictionaryException(0, "the dictionary defines no AI", null);
        }
        AiEntry[] entries = new AiEntry[this.definitions.size()];
        for (int i = 0; i < entries.length; i++) {
            String ai = this.definitions.get(i).ai();
            if (byLength[ai.length()][Integer.parseInt(ai)] != null) {
                throw new Gs1DictionaryException(0, "AI (" + ai + ") is defined twice", null);
            }
            try {
                entries[i] = AiEntry.of(this.definitions.get(i));
            } catch (IllegalArgumentException e) {
                throw new Gs1DictionaryException(0, "AI (" + ai + "): " + e.getMessage(), e);
            }
            byLength[ai.length()][Integer.parseInt(ai)] = entries[i];
        }
        PairingBits.resolve(entries);
        DigitalLinkKeys.resolve(this, entries);
        // An unbracketed element string has no delimiter after an AI, so no AI may be a prefix of another.
        for (AiDefinition definition : this.definitions) {
            String ai = definition.ai();
            for (int length = 2; length < ai.length(); length++) {
                AiEntry shorter = byLength[length][Integer.parseInt(ai.substring(0, length))];
                if (shorter != null) {
                    throw new Gs1DictionaryException(0,
                            "AI (" + shorter.ai + ") is a prefix of AI (" + ai + ")", null);
                }
            }
        }
    }

    /**
     * Returns the built-in dictionary: the GS1 Barcode Syntax Dictionary release 2026-01-27 in Lotkit's own table.
     *
     * @return the built-in dictionary
     */
    public static Gs1Dictionary builtIn() {
        return BuiltIn.INSTANCE;
    }

    /**
     * Reads a dictionary in GS1's published syntax ({@code gs1-syntax-dictionary.txt}), expanding AI ranges.
     *
     * @param source the dictionary text; read to its end, not closed
     * @return the dictionary
     * @throws IllegalArgumentException if {@code source} is {@code null}
     * @throws Gs1DictionaryException if a line is malformed (the exception names it), an AI is defined twice or is
     *     the prefix of another
     * @throws UncheckedIOException if reading fails
     */
    public static Gs1Dictionary load(Reader source) {
        if (source == null) {
            throw new IllegalArgumentException("source must not be null");
        }
        DictionarySyntaxReader reader = new DictionarySyntaxReader();
        List<AiDefinition> definitions = reader.read(source);
        return new Gs1Dictionary(reader.release(), definitions);
    }

    /**
     * Reads a dictionary file in GS1's published syntax, in UTF-8.
     *
     * @param file the dictionary file
     * @return the dictionary
     * @throws IllegalArgumentException if {@code file} is {@code null}
     * @throws Gs1DictionaryException if the content is malformed
     * @throws UncheckedIOException if the file cannot be read
     */
    public static Gs1Dictionary load(Path file) {
        if (file == null) {
            throw new IllegalArgumentException("file must not be null");
        }
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read GS1 syntax dictionary " + file, e);
        }
    }

    /** Reads a table in Lotkit's own format (see {@code AiTableFormat}). */
    static Gs1Dictionary fromTable(Reader source) {
        String[] release = {""};
        List<AiDefinition> definitions = AiTableFormat.read(source, release);
        return new Gs1Dictionary(release[0], definitions);
    }

    /** Writes this dictionary in Lotkit's own table format. */
    String toTable() {
        return AiTableFormat.format(release, definitions);
    }

    /**
     * Returns the release of the dictionary this was read from, e.g. {@code 2026-01-27}.
     *
     * @return the release, empty if the source named none
     */
    public String release() {
        return release;
    }

    /**
     * Returns every AI definition, in the dictionary's order.
     *
     * @return an immutable list
     */
    public List<AiDefinition> definitions() {
        return definitions;
    }

    /**
     * Looks up an AI.
     *
     * @param ai the AI's digits, e.g. {@code "01"} or {@code "3103"}
     * @return its definition, or empty if the dictionary has none (including for text that is not an AI)
     * @throws IllegalArgumentException if {@code ai} is {@code null}
     */
    public Optional<AiDefinition> find(String ai) {
        if (ai == null) {
            throw new IllegalArgumentException("ai must not be null");
        }
        AiEntry entry = entry(ai, 0, ai.length());
        return entry == null ? Optional.empty() : Optional.of(entry.definition);
    }

    /** Returns the entry of the AI spelled by {@code text[start, start + length)}, or {@code null}. */
    AiEntry entry(String text, int start, int length) {
        if (length < 2 || length > 4 || start < 0 || start + length > text.length()) {
            return null;
        }
        // Digit by digit, without a loop: a loop of two to four turns costs more to set up than it runs.
        int code = digitValue(text.charAt(start)) * 10 + digitValue(text.charAt(start + 1));
        if (length > 2) {
            code = code * 10 + digitValue(text.charAt(start + 2));
            if (length > 3) {
                code = code * 10 + digitValue(text.charAt(start + 3));
            }
        }
        return code < 0 ? null : byLength[length][code];
    }

    /**
     * The value of a digit, or a negative number so large that a code built with it stays negative: an AI code of up
     * to four digits is built without a test per digit.
     */
    static int digitValue(char c) {
        return c >= '0' && c <= '9' ? c - '0' : NOT_A_DIGIT;
    }

    /** Returns the entry of the AI of {@code length} (2 to 4) digits whose value is {@code code}, or {@code null}. */
    AiEntry entryOfDigits(int length, int code) {
        return (length == 2 ? twoDigits : length == 3 ? threeDigits : fourDigits)[code];
    }

    /** Returns the entry of the AI that starts {@code text} at {@code start} (AIs are prefix-free), or null. */
    AiEntry prefixAt(String text, int start, int end) {
        // Digit by digit through the tables of two, three and four digits, most AIs ending after two.
        int value = digitAt(text, start, end);
        int second = digitAt(text, start + 1, end);
        if (value < 0 || second < 0) {
            return null;
        }
        value = value * 10 + second;
        AiEntry entry = twoDigits[value];
        if (entry != null) {
            return entry;
        }
        int third = digitAt(text, start + 2, end);
        if (third < 0) {
            return null;
        }
        value = value * 10 + third;
        entry = threeDigits[value];
        if (entry != null) {
            return entry;
        }
        int fourth = digitAt(text, start + 3, end);
        return fourth < 0 ? null : fourDigits[value * 10 + fourth];
    }

    /** The digit at {@code at} if it is before {@code end}, else -1. */
    private static int digitAt(String text, int at, int end) {
        int digit = at < end ? text.charAt(at) - '0' : -1;
        return digit >= 0 && digit <= 9 ? digit : -1;
    }

    /** Returns the length of the known AIs that share the first two digits at {@code start}, or 0 if none do. */
    int aiLengthForPrefix(String text, int start, int end) {
        if (start + 2 > end) {
            return 0;
        }
        char a = text.charAt(start);
        char b = text.charAt(start + 1);
        if (a < '0' || a > '9' || b < '0' || b > '9') {
            return 0;
        }
        int two = (a - '0') * 10 + (b - '0');
        if (byLength[2][two] != null) {
            return 2;
        }
        for (int length = 3; length <= 4; length++) {
            int base = two * (length == 3 ? 10 : 100);
            for (int i = 0; i < (length == 3 ? 10 : 100); i++) {
                if (byLength[length][base + i] != null) {
                    return length;
                }
            }
        }
        return 0;
    }

    /**
     * Two dictionaries are equal when they have the same release and the same definitions in the same order.
     *
     * @param other the object to compare with
     * @return whether they are equal
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof Gs1Dictionary that && release.equals(that.release)
                && definitions.equals(that.definitions);
    }

    @Override
    public int hashCode() {
        return release.hashCode() * 31 + definitions.hashCode();
    }

    /** Returns the release and the number of AIs, e.g. {@code Gs1Dictionary[2026-01-27, 541 AIs]}. */
    @Override
    public String toString() {
        return "Gs1Dictionary[" + release + ", " + definitions.size() + " AIs]";
    }

    private static final class BuiltIn {
        static final Gs1Dictionary INSTANCE = loadBuiltIn();

        private static Gs1Dictionary loadBuiltIn() {
            try (InputStream in = Gs1Dictionary.class.getResourceAsStream(BUILT_IN_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("the built-in AI table " + BUILT_IN_RESOURCE + " is missing");
                }
                return fromTable(new InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the built-in AI table", e);
            }
        }
    }
}
