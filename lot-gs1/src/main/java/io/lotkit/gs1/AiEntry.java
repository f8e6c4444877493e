package io.lotkit.gs1;

import java.util.List;

/**
 * An AI definition with its check routines resolved once, so validating a value looks nothing up by name. The
 * first routine of each component is its character-set check.
 */
final class AiEntry {

    private static final AiComponent UNKNOWN_COMPONENT =
            new AiComponent(Gs1CharacterSet.CSET82, 1, 90, false, List.of());

    final AiDefinition definition;
    final String ai;
    /** How many digits the AI has (2 to 4). */
    final int digits;
    final boolean predefinedLength;
    /** Whether the AI is a Digital Link primary key (kept here, one load less on the hot path). */
    final boolean dlPrimaryKey;
    final int minLength;
    final int maxLength;
    final boolean known;
    final int code;
    /** The definition's components, as an array for the checking loop. */
    final AiComponent[] components;
    final Linter[][] linters;
    /** For each routine in {@link #linters}, its {@link HotRoutines} number. */
    final byte[][] routineIds;
    /**
     * For an AI of one component, its routines as a {@link HotRoutines#passTest} that a value of a valid length
     * passes exactly when the component's checks would all pass; null for several components or a routine without a
     * direct call.
     */
    final byte[] passTest;
    /** Whether every component is numeric: a value that passes its checks is all digits. */
    final boolean numeric;
    /** Whether the value is one component whose only check is character set 82 (e.g. {@code X..20}). */
    final boolean cset82Only;
    final AiPattern[] excludes;
    // requires[rule][group][pattern]: each rule is satisfied when every pattern of one of its groups is present.
    final AiPattern[][][] requires;
    /** Whether a component holds a date (a routine starting {@code yy}), for the typed date views. */
    final boolean dateAi;
    /** Which message-rule families the entry takes part in, as {@link MessageRules} flags. */
    final int ruleFlags;
    // Set once by the dictionary that holds the entry (see PairingBits), before the dictionary is published.
    /** The entry's position in its dictionary, or -1 for an AI the dictionary lacks. */
    int index = -1;
    /**
     * Bit {@link #index} for an entry among the dictionary's first 64 (where the common AIs are), else 0: the bits
     * of a message's elements, ANDed with the first word of a {@link #requiredBits} rule, tell most rules as met.
     */
    long firstIndexBit;
    /**
     * For an entry with one {@code req=} rule of one-AI alternatives, the first word of its {@link #requiredBits}:
     * a message whose elements' {@link #firstIndexBit}s meet it satisfies the rule. 0 for any other entry.
     */
    long requiredFirstWord;
    /** The dictionary entries this AI excludes, as bits by {@link #index}. */
    long[] excludedBits = new long[0];
    /** Per {@code req=} rule, the entries that satisfy it alone; null for a rule needing several AIs together. */
    long[][] requiredBits = new long[0][];
    /**
     * A one-word summary of {@link #excludedBits}: bit {@code code & 63} of each excluded entry. A message whose AI
     * codes share no bit with it holds no AI this entry excludes.
     */
    long excludedCodes;
    /**
     * For a Digital Link primary key, its qualifier sequences as the {@link #index}es of the qualifiers' entries (-1
     * for an AI the dictionary lacks, which no path element can be); see {@link DigitalLinkKeys#resolve}.
     */
    int[][] qualifierPaths = new int[0][];
    /** Bit {@code code & 63} of each of the key's qualifiers: an AI whose bit is clear qualifies no sequence. */
    long qualifierCodes;

    private AiEntry(AiDefinition definition, boolean known) {
        this.definition = definition;
        this.ai = definition.ai();
        this.digits = ai.length();
        this.predefinedLength = definition.predefinedLength();
        this.dlPrimaryKey = definition.dlPrimaryKey();
        this.minLength = definition.minLength();
        this.maxLength = definition.maxLength();
        this.known = known;
        this.code = Integer.parseInt(ai);
        this.dateAi = TypedValues.isDateAi(definition);
        this.ruleFlags = MessageRules.flagsOf(definition, known);
        this.excludes = compile(definition.excludes());
        this.requires = new AiPattern[definition.requires().size()][][];
        for (int r = 0; r < requires.length; r++) {
            List<List<String>> rule = definition.requires().get(r);
            requires[r] = new AiPattern[rule.size()][];
            for (int g = 0; g < rule.size(); g++) {
                requires[r][g] = compile(rule.get(g));
            }
        }
        this.components = definition.components().toArray(new AiComponent[0]);
        this.linters = new Linter[components.length][];
        this.routineIds = new byte[components.length][];
        boolean numeric = true;
        for (int c = 0; c < components.length; c++) {
            AiComponent component = components[c];
            numeric &= component.characterSet() == Gs1CharacterSet.NUMERIC;
            int count = component.linters().size() + 1;
            linters[c] = new Linter[count];
            routineIds[c] = new byte[count];
            for (int i = 0; i < count; i++) {
                String name = i == 0 ? characterSetLinter(component.characterSet()) : component.linters().get(i - 1);
                linters[c][i] = Linters.unguarded(name);
                // Routines run in order and stop at the first failure: after the first, a numeric component's
                // characters are known to be digits.
                boolean digitsChecked = i > 0 && component.characterSet() == Gs1CharacterSet.NUMERIC;
                routineIds[c][i] = HotRoutines.idOf(name, digitsChecked);
            }
            HotRoutines.fuse(routineIds[c]);
        }
        this.numeric = numeric;
        boolean single = components.length == 1 && !components[0].optional();
        this.passTest = single ? HotRoutines.passTest(routineIds[0]) : null;
        this.cset82Only = passTest != null && HotRoutines.isCset82Only(passTest);
    }

    /** Resolves a dictionary entry's routines; an unknown routine name is an {@link IllegalArgumentException}. */
    static AiEntry of(AiDefinition definition) {
        return new AiEntry(definition, true);
    }

    /** An AI the dictionary lacks, admitted by an option: up to 90 characters of set 82, separator required. */
    static AiEntry unknown(String ai) {
        return new AiEntry(new AiDefinition(ai, false, false, List.of(UNKNOWN_COMPONENT), false, List.of(),
                List.of(), List.of(), ""), false);
    }

    private static AiPattern[] compile(List<String> patterns) {
        AiPattern[] compiled = new AiPattern[patterns.size()];
        for (int i = 0; i < compiled.length; i++) {
            compiled[i] = new AiPattern(patterns.get(i));
        }
        return compiled;
    }

    private static String characterSetLinter(Gs1CharacterSet set) {
        return switch (set) {
            case NUMERIC -> "csetnumeric";
            case CSET82 -> "cset82";
            case CSET39 -> "cset39";
            case BASE64URL -> "cset64";
        };
    }
}
