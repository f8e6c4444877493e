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
    final boolean predefinedLength;
    final int minLength;
    final int maxLength;
    final boolean known;
    final int code;
    final Linter[][] linters;
    final AiPattern[] excludes;
    // requires[rule][group][pattern]: each rule is satisfied when every pattern of one of its groups is present.
    final AiPattern[][][] requires;
    /** Whether a component holds a date (a routine starting {@code yy}), for the typed date views. */
    final boolean dateAi;

    private AiEntry(AiDefinition definition, boolean known) {
        this.definition = definition;
        this.ai = definition.ai();
        this.predefinedLength = definition.predefinedLength();
        this.minLength = definition.minLength();
        this.maxLength = definition.maxLength();
        this.known = known;
        this.code = Integer.parseInt(ai);
        this.dateAi = TypedValues.isDateAi(definition);
        this.excludes = compile(definition.excludes());
        this.requires = new AiPattern[definition.requires().size()][][];
        for (int r = 0; r < requires.length; r++) {
            List<List<String>> rule = definition.requires().get(r);
            requires[r] = new AiPattern[rule.size()][];
            for (int g = 0; g < rule.size(); g++) {
                requires[r][g] = compile(rule.get(g));
            }
        }
        List<AiComponent> components = definition.components();
        this.linters = new Linter[components.size()][];
        for (int c = 0; c < components.size(); c++) {
            AiComponent component = components.get(c);
            Linter[] routines = new Linter[component.linters().size() + 1];
            routines[0] = Linters.unguarded(characterSetLinter(component.characterSet()));
            for (int i = 0; i < component.linters().size(); i++) {
                routines[i + 1] = Linters.unguarded(component.linters().get(i));
            }
            linters[c] = routines;
        }
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
