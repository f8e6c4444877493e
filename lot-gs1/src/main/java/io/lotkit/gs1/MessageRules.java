package io.lotkit.gs1;

import java.util.List;

/**
 * The checks that look at the whole message, in the reference engine's order: AIs that must not appear together
 * ({@code ex=}), required companions ({@code req=}), repeated AIs with different values, and the serial component
 * a digital signature (8030) needs.
 */
final class MessageRules {

    private static final String DIGITAL_SIGNATURE = "8030";

    private MessageRules() {
    }

    static void check(ParseContext ctx) {
        List<Gs1Element> elements = ctx.elements;
        int n = elements.size();
        boolean pairings = ctx.parser.checkPairings;
        for (int i = 0; pairings && i < n && !ctx.stopped(); i++) {
            checkExclusions(ctx, i);
        }
        for (int i = 0; pairings && i < n && !ctx.stopped(); i++) {
            checkRequirements(ctx, i);
        }
        for (int i = 0; i < n && !ctx.stopped(); i++) {
            checkRepeats(ctx, i);
        }
        if (!ctx.stopped()) {
            checkSignatureSerials(ctx);
        }
    }

    private static void checkExclusions(ParseContext ctx, int i) {
        AiEntry entry = ctx.entries.get(i);
        for (String pattern : entry.definition.excludes()) {
            for (int j = 0; j < ctx.elements.size(); j++) {
                String other = ctx.elements.get(j).ai();
                if (!other.equals(entry.ai) && AiDefinition.patternMatches(pattern, other)) {
                    ctx.error(ctx.valueIndex[i], entry.ai, Gs1ErrorCode.INVALID_PAIR,
                            "It is invalid to pair AI (" + entry.ai + ") with AI (" + other + ")");
                    return;
                }
            }
        }
    }

    private static void checkRequirements(ParseContext ctx, int i) {
        AiEntry entry = ctx.entries.get(i);
        for (List<List<String>> rule : entry.definition.requires()) {
            if (!anyGroupPresent(ctx, rule)) {
                ctx.error(ctx.valueIndex[i], entry.ai, Gs1ErrorCode.REQUIRED_AI_MISSING,
                        "Required AIs for AI (" + entry.ai + ") are not satisfied: " + describe(rule));
                return;
            }
        }
    }

    private static boolean anyGroupPresent(ParseContext ctx, List<List<String>> rule) {
        for (List<String> group : rule) {
            boolean all = true;
            for (String pattern : group) {
                all &= present(ctx, pattern);
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    private static boolean present(ParseContext ctx, String pattern) {
        for (Gs1Element element : ctx.elements) {
            if (AiDefinition.patternMatches(pattern, element.ai())) {
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
        Gs1Element element = ctx.elements.get(i);
        for (int j = 0; j < i; j++) {
            Gs1Element earlier = ctx.elements.get(j);
            if (earlier.ai().equals(element.ai())) {
                if (!earlier.value().equals(element.value())) {
                    ctx.error(ctx.valueIndex[i], element.ai(), Gs1ErrorCode.REPEATED_AI_DIFFERENT,
                            "Multiple instances of AI (" + element.ai() + ") have different values");
                }
                return;
            }
        }
    }

    /** A signed GDTI, GCN or GRAI must carry its serial component, which is optional otherwise. */
    private static void checkSignatureSerials(ParseContext ctx) {
        boolean signed = false;
        for (Gs1Element element : ctx.elements) {
            signed |= element.ai().equals(DIGITAL_SIGNATURE);
        }
        if (!signed) {
            return;
        }
        for (int i = 0; i < ctx.elements.size() && !ctx.stopped(); i++) {
            Gs1Element element = ctx.elements.get(i);
            String ai = element.ai();
            if (ai.equals("253") || ai.equals("255") || ai.equals("8003")) {
                int keyLength = ai.equals("8003") ? 14 : 13;
                if (element.value().length() <= keyLength) {
                    ctx.error(ctx.valueIndex[i], ai, Gs1ErrorCode.SERIAL_COMPONENT_MISSING,
                            "Serial component must be present for AI (" + ai + ") when used with AI ("
                                    + DIGITAL_SIGNATURE + ")");
                }
            }
        }
    }
}
