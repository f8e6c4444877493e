package io.lotkit.gs1;

import java.util.List;

/**
 * The checks that look at the whole message, in the reference engine's order: AIs that must not appear together
 * ({@code ex=}), required companions ({@code req=}), repeated AIs with different values, and the serial component
 * a digital signature (8030) needs. Patterns are compared as numbers (see {@link AiPattern}).
 */
final class MessageRules {

    private static final int DIGITAL_SIGNATURE = 8030;

    // Which rule families an entry takes part in; the check ORs its elements' flags first.
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

    /** Checks the rules over the context's elements, reporting each failure there. */
    static void check(ParseContext ctx) {
        check(ctx.parser, ctx.entries(), ctx.values(), ctx.size(), ctx);
    }

    /**
     * Checks the rules that can apply to the {@code n} elements in {@code entries} and {@code values}. A summary of
     * the elements, made first in one pass, rules out the families that cannot apply: exclusions need an element
     * whose AI code shares a bit with the union of the excluded codes (or an unknown AI, which only patterns match),
     * repeats need two codes sharing a bit, the serial check needs 8030, and requirements an element whose rule is not
     * met by one bit test (see {@link AiEntry#requiredFirstWord}).
     *
     * @param ctx where failures are reported, or null to stop at the first failure without a report
     * @return whether every rule passed
     */
    static boolean check(Gs1Parser parser, AiEntry[] entries, String[] values, int n, ParseContext ctx) {
        long aiCodes = 0;
        boolean maybeRepeated = false;
        long excludedCodes = 0;
        long firstIndexes = 0;
        int flags = 0;
        for (int i = 0; i < n; i++) {
            AiEntry entry = entries[i];
            long codeBit = 1L << entry.code; // the low six bits of the code choose the bit
            maybeRepeated |= (aiCodes & codeBit) != 0;
            aiCodes |= codeBit;
            excludedCodes |= entry.excludedCodes;
            firstIndexes |= entry.firstIndexBit;
            flags |= entry.ruleFlags;
        }
        // Most AIs with req= have one rule that an element among the dictionary's first 64 meets: one bit test each.
        boolean requirementsOpen = false;
        for (int i = 0; i < n; i++) {
            AiEntry entry = entries[i];
            requirementsOpen |= (entry.ruleFlags & REQUIRES) != 0 & (entry.requiredFirstWord & firstIndexes) == 0;
        }
        boolean ok = true;
        boolean pairings = parser.checkPairings;
        if (pairings && (flags & EXCLUDES) != 0 && ((excludedCodes & aiCodes) != 0 || (flags & UNKNOWN) != 0)) {
            for (int i = 0; i < n && !stopped(ok, ctx); i++) {
                ok &= checkExclusions(entries, n, i, ctx);
            }
        }
        if (pairings && requirementsOpen) {
            for (int i = 0; i < n && !stopped(ok, ctx); i++) {
                ok &= checkRequirements(entries, n, i, firstIndexes, ctx);
            }
        }
        for (int i = 1; maybeRepeated && i < n && !stopped(ok, ctx); i++) {
            ok &= checkRepeats(entries, values, i, ctx);
        }
        if ((flags & SIGNATURE) != 0 && !stopped(ok, ctx)) {
            ok &= checkSignatureSerials(entries, values, n, ctx);
        }
        return ok;
    }

    /** Whether checking must stop: a failure with nowhere to report it, or one the context stops at. */
    private static boolean stopped(boolean ok, ParseContext ctx) {
        return !ok && (ctx == null || ctx.stopped());
    }

    /** Reports a failure of element {@code i} (when there is a context); returns {@code false}, for the caller. */
    private static boolean fail(ParseContext ctx, int i, String ai, Gs1ErrorCode code, String message) {
        if (ctx != null) {
            ctx.error(ctx.valueIndex(i), ai, code, message);
        }
        return false;
    }

    private static boolean checkExclusions(AiEntry[] entries, int n, int i, ParseContext ctx) {
        AiEntry entry = entries[i];
        if (entry.excludes.length == 0 || !excludesAny(entries, n, entry)) {
            return true;
        }
        // Name the first offending AI in pattern order, as the reference engine does.
        for (AiPattern pattern : entry.excludes) {
            for (int j = 0; j < n; j++) {
                AiEntry other = entries[j];
                // An AI is not exclusive of itself even if it matches a pattern. The cheap numeric match goes first.
                if (pattern.matches(other) && !other.ai.equals(entry.ai)) {
                    return fail(ctx, i, entry.ai, Gs1ErrorCode.INVALID_PAIR,
                            "It is invalid to pair AI (" + entry.ai + ") with AI ("
                                    + other.ai + ")");
                }
            }
        }
        return true;
    }

    /** Whether the message holds an AI that {@code entry} excludes: a bit test per element. */
    private static boolean excludesAny(AiEntry[] entries, int n, AiEntry entry) {
        for (int j = 0; j < n; j++) {
            AiEntry other = entries[j];
            if (other.index >= 0 ? PairingBits.contains(entry.excludedBits, other)
                    : PairingBits.matchesAny(entry.excludes, other) && !other.ai.equals(entry.ai)) {
                return true;
            }
        }
        return false;
    }

    private static boolean checkRequirements(AiEntry[] entries, int n, int i, long firstIndexes,
            ParseContext ctx) {
        AiEntry entry = entries[i];
        for (int r = 0; r < entry.requires.length; r++) {
            long[] bits = entry.requiredBits[r];
            boolean satisfied = bits != null ? (bits[0] & firstIndexes) != 0 || anyPresent(entries, n, bits,
                    entry.requires[r]) : anyGroupPresent(entries, n, entry.requires[r]);
            if (!satisfied) {
                return fail(ctx, i, entry.ai, Gs1ErrorCode.REQUIRED_AI_MISSING,
                        "Required AIs for AI (" + entry.ai + ") are not satisfied: "
                                + describe(entry.definition.requires().get(r)));
            }
        }
        return true;
    }

    /** For a rule of one-pattern alternatives: whether any element is in its bits (or, if unknown, matches). */
    private static boolean anyPresent(AiEntry[] entries, int n, long[] bits, AiPattern[][] rule) {
        for (int j = 0; j < n; j++) {
            AiEntry other = entries[j];
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

    private static boolean anyGroupPresent(AiEntry[] entries, int n, AiPattern[][] rule) {
        for (AiPattern[] group : rule) {
            boolean all = true;
            for (int p = 0; all && p < group.length; p++) {
                all = present(entries, n, group[p]);
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    private static boolean present(AiEntry[] entries, int n, AiPattern pattern) {
        for (int j = 0; j < n; j++) {
            if (pattern.matches(entries[j])) {
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

    private static boolean checkRepeats(AiEntry[] entries, String[] values, int i, ParseContext ctx) {
        AiEntry entry = entries[i];
        for (int j = 0; j < i; j++) {
            AiEntry earlier = entries[j];
            if (earlier.code == entry.code && earlier.digits == entry.digits) {
                return values[j].equals(values[i])
                        || fail(ctx, i, entry.ai, Gs1ErrorCode.REPEATED_AI_DIFFERENT,
                                "Multiple instances of AI (" + entry.ai + ") have different values");
            }
        }
        return true;
    }

    /** A signed GDTI, GCN or GRAI (the message holds 8030) must carry its serial component, optional otherwise. */
    private static boolean checkSignatureSerials(AiEntry[] entries, String[] values, int n,
            ParseContext ctx) {
        boolean ok = true;
        for (int i = 0; i < n && !stopped(ok, ctx); i++) {
            String ai = entries[i].ai;
            if (ai.equals("253") || ai.equals("255") || ai.equals("8003")) {
                int keyLength = ai.equals("8003") ? 14 : 13;
                if (values[i].length() <= keyLength) {
                    ok = fail(ctx, i, ai, Gs1ErrorCode.SERIAL_COMPONENT_MISSING,
                            "Serial component must be present for AI (" + ai + ") when used with AI ("
                                    + DIGITAL_SIGNATURE + ")");
                }
            }
        }
        return ok;
    }
}
