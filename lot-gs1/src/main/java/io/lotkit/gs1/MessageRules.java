package io.lotkit.gs1;

import java.util.List;

/**
 * The checks that look at the whole message, in the reference engine's order: AIs that must not appear together
 * ({@code ex=}), required companions ({@code req=}), repeated AIs with different values, and the serial component
 * a digital signature (8030) needs. Patterns are compared as numbers (see {@link AiPattern}).
 */
final class MessageRules {

    private static final int DIGITAL_SIGNATURE = 8030;

    // Which rule families an entry takes part in; a parse ORs its elements' flags as it adds them.
    /** The entry has {@code ex=} rules. */
    static final int EXCLUDES = 1;
    /** The entry has {@code req=} rules. */
    static final int REQUIRES = 2;
    /** The entry is the digital signature, 8030. */
    static final int SIGNATURE = 4;
    /** The entry is an AI the dictionary lacks: it has no bit in the pairing bit sets and is matched by pattern. */
    static final int UNKNOWN = 8;

    private MessageRules() {
    }

    /** The rule-family flags of an AI. */
    static int flagsOf(AiDefinition definition, boolean known) {
        return (definition.excludes().isEmpty() ? 0 : EXCLUDES)
                | (definition.requires().isEmpty() ? 0 : REQUIRES)
                | (definition.ai().equals(String.valueOf(DIGITAL_SIGNATURE)) ? SIGNATURE : 0)
                | (known ? 0 : UNKNOWN);
    }

    /**
     * Checks the rules that can apply. The context summed up its elements as it added them (see
     * {@link ParseContext#add}), so the families that cannot apply cost nothing: exclusions need an element whose
     * AI code shares a bit with the union of the excluded codes (or an unknown AI, which only patterns match),
     * repeats need two codes sharing a bit, the serial check needs 8030.
     */
    static void check(ParseContext ctx) {
        int n = ctx.size();
        int flags = ctx.ruleFlags;
        boolean pairings = ctx.parser.checkPairings;
        boolean exclusions = pairings && (flags & EXCLUDES) != 0
                && ((ctx.excludedCodes & ctx.aiCodes) != 0 || (flags & UNKNOWN) != 0);
        for (int i = 0; exclusions && i < n && !ctx.stopped(); i++) {
            checkExclusions(ctx, i);
        }
        for (int i = 0; pairings && (flags & REQUIRES) != 0 && i < n && !ctx.stopped(); i++) {
            checkRequirements(ctx, i);
        }
        for (int i = 1; ctx.maybeRepeated && i < n && !ctx.stopped(); i++) {
            checkRepeats(ctx, i);
        }
        if ((flags & SIGNATURE) != 0 && !ctx.stopped()) {
            checkSignatureSerials(ctx);
        }
    }

    private static void checkExclusions(ParseContext ctx, int i) {
        AiEntry entry = ctx.entry(i);
        if (entry.excludes.length == 0 || !excludesAny(ctx, entry)) {
            return;
        }
        // Name the first offending AI in pattern order, as the reference engine does.
        for (AiPattern pattern : entry.excludes) {
            for (int j = 0; j < ctx.size(); j++) {
                AiEntry other = ctx.entry(j);
                // An AI is not exclusive of itself even if it matches a pattern. The cheap numeric match goes first.
                if (pattern.matches(other) && !other.ai.equals(entry.ai)) {
                    ctx.error(ctx.valueIndex(i), entry.ai, Gs1ErrorCode.INVALID_PAIR,
                            "It is invalid to pair AI (" + entry.ai + ") with AI (" + other.ai + ")");
                    return;
                }
            }
        }
    }

    /** Whether the message holds an AI that {@code entry} excludes: a bit test per element. */
    private static boolean excludesAny(ParseContext ctx, AiEntry entry) {
        for (int j = 0; j < ctx.size(); j++) {
            AiEntry other = ctx.entry(j);
            if (other.index >= 0 ? PairingBits.contains(entry.excludedBits, other)
                    : PairingBits.matchesAny(entry.excludes, other) && !other.ai.equals(entry.ai)) {
                return true;
            }
        }
        return false;
    }

    private static void checkRequirements(ParseContext ctx, int i) {
        AiEntry entry = ctx.entry(i);
        for (int r = 0; r < entry.requires.length; r++) {
            long[] bits = entry.requiredBits[r];
            if (bits != null ? !anyPresent(ctx, bits, entry.requires[r]) : !anyGroupPresent(ctx, entry.requires[r])) {
                ctx.error(ctx.valueIndex(i), entry.ai, Gs1ErrorCode.REQUIRED_AI_MISSING,
                        "Required AIs for AI (" + entry.ai + ") are not satisfied: "
                                + describe(entry.definition.requires().get(r)));
                return;
            }
        }
    }

    /** For a rule of one-pattern alternatives: whether any element is in its bits (or, if unknown, matches). */
    private static boolean anyPresent(ParseContext ctx, long[] bits, AiPattern[][] rule) {
        for (int j = 0; j < ctx.size(); j++) {
            AiEntry other = ctx.entry(j);
            if (other.index >= 0 ? PairingBits.contains(bits, other) : matchesAnyGroup(rule, other)) {
                return true;
            }
        }
        return false;
    }

    private static boolean matchesAnyGroup(AiPattern[][] rule, AiEntry entry) {
        for (AiPattern[] group : rule) {
            if (group[0].matches(entry)) {
                return true;
            }
        }
        return false;
    }

    private static boolean anyGroupPresent(ParseContext ctx, AiPattern[][] rule) {
        for (AiPattern[] group : rule) {
            boolean all = true;
            for (int p = 0; all && p < group.length; p++) {
                all = present(ctx, group[p]);
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    private static boolean present(ParseContext ctx, AiPattern pattern) {
        for (int j = 0; j < ctx.size(); j++) {
            if (pattern.matches(ctx.entry(j))) {
                return true;
            }
        }
        return false;
    }

    static String describe(List<List<String>> rule) {
        StringBuilder out = new StringBuilder();
        for (List<String> group : rule) {
            out.append(out.length() == 0 ? "" : ",").append(String.join("+", group));
        }
        return out.toString();
    }

    private static void checkRepeats(ParseContext ctx, int i) {
        AiEntry entry = ctx.entry(i);
        for (int j = 0; j < i; j++) {
            AiEntry earlier = ctx.entry(j);
            if (earlier.code == entry.code && earlier.digits == entry.digits) {
                if (!ctx.value(j).equals(ctx.value(i))) {
                    ctx.error(ctx.valueIndex(i), entry.ai, Gs1ErrorCode.REPEATED_AI_DIFFERENT,
                            "Multiple instances of AI (" + entry.ai + ") have different values");
                }
                return;
            }
        }
    }

    /** A signed GDTI, GCN or GRAI (the message holds 8030) must carry its serial component, optional otherwise. */
    private static void checkSignatureSerials(ParseContext ctx) {
        for (int i = 0; i < ctx.size() && !ctx.stopped(); i++) {
            String ai = ctx.entry(i).ai;
            if (ai.equals("253") || ai.equals("255") || ai.equals("8003")) {
                int keyLength = ai.equals("8003") ? 14 : 13;
                if (ctx.value(i).length() <= keyLength) {
                    ctx.error(ctx.valueIndex(i), ai, Gs1ErrorCode.SERIAL_COMPONENT_MISSING,
                            "Serial component must be present for AI (" + ai + ") when used with AI ("
                                    + DIGITAL_SIGNATURE + ")");
                }
            }
        }
    }
}
