package io.lotkit.gs1;

/**
 * Checks one AI value against its definition: splits it into components, then applies each component's
 * character-set check and check routines, reporting the first failure with its index in the input.
 */
final class ValueChecker {

    private ValueChecker() {
    }

    /** Checks the overall length, as the bracketed form is checked before its components are looked at. */
    static boolean checkLength(ParseContext ctx, AiEntry entry, String value, int at) {
        if (value.length() < entry.minLength) {
            return !ctx.error(at, entry.ai, Gs1ErrorCode.VALUE_TOO_SHORT,
                    "AI (" + entry.ai + ") value is too short");
        }
        if (value.length() > entry.maxLength) {
            return !ctx.error(at + entry.maxLength, entry.ai, Gs1ErrorCode.VALUE_TOO_LONG,
                    "AI (" + entry.ai + ") value is too long");
        }
        return true;
    }

    /** Checks components and routines; returns {@code false} if the value was rejected. */
    static boolean check(ParseContext ctx, AiEntry entry, String value, int at) {
        // Most AIs have one component: a value of a length it allows, passing all its routines, is valid as it is.
        // Anything else goes through the component walk, which reports the first failure.
        byte[] passTest = entry.passTest;
        int length = value.length();
        if (passTest != null && length >= entry.minLength && length <= entry.maxLength
                && HotRoutines.passes(passTest, value)) {
            return true;
        }
        return checkComponents(ctx, entry, value, at);
    }

    /**
     * Whether a value of a length its AI allows passes every check with no problem or warning, reporting nothing:
     * for the quick readings, which leave the report of a failing value to the full reading.
     */
    static boolean passes(AiEntry entry, String value) {
        if (entry.cset82Only) { // most text AIs: one small loop the JIT inlines, not the routine switch
            return CharacterSets.cset82(value) == null;
        }
        byte[] passTest = entry.passTest;
        return passTest != null ? HotRoutines.passes(passTest, value) : checkComponents(null, entry, value, 0);
    }

    /** Walks the components; reports the first failure in {@code ctx}, or with no context only returns false. */
    private static boolean checkComponents(ParseContext ctx, AiEntry entry, String value, int at) {
        int length = value.length();
        if (length == 0 || length > entry.maxLength) {
            if (ctx != null && length == 0) {
                ctx.error(at, entry.ai, Gs1ErrorCode.VALUE_TOO_SHORT, "AI (" + entry.ai + ") data is empty");
            } else if (ctx != null) {
                ctx.error(at + entry.maxLength, entry.ai, Gs1ErrorCode.VALUE_TOO_LONG,
                        "AI (" + entry.ai + ") data is too long");
            }
            return false;
        }
        AiComponent[] components = entry.components;
        int pos = 0;
        for (int c = 0; c < components.length; c++) {
            AiComponent component = components[c];
            int remaining = length - pos;
            if (component.optional() && remaining == 0) {
                break;
            }
            int take = Math.min(component.maxLength(), remaining);
            if (take < component.minLength()) {
                if (ctx != null) {
                    ctx.error(new Gs1Error(at + pos, entry.ai, c, Gs1ErrorCode.COMPONENT_LENGTH, "",
                            "AI (" + entry.ai + ") data has incorrect length"));
                }
                return false;
            }
            String part = take == length ? value : value.substring(pos, pos + take);
            Linter[] linters = entry.linters[c];
            byte[] ids = entry.routineIds[c];
            for (int l = 0; l < linters.length; l++) {
                LintFailure failure = HotRoutines.run(ids[l], linters[l], part);
                if (failure == null) {
                    continue;
                }
                if (ctx != null && ctx.lenient && l > 0 && isZeroDate(component.linters().get(l - 1), part)) {
                    ctx.warn(at + pos, entry.ai, Gs1ErrorCode.LENIENT_ZERO_DATE,
                            "AI (" + entry.ai + "): the date " + part + " was read as absent");
                    break;
                }
                if (ctx != null) {
                    ctx.error(new Gs1Error(at + pos + failure.start(), entry.ai, c, Gs1ErrorCode.CHECK_FAILED,
                            failure.code(), "AI (" + entry.ai + "): " + failure.message()));
                }
                return false;
            }
            pos += take;
        }
        return true;
    }

    /** Scanners send dates of all zeros for "no date" (biip #247); lenient mode reads them as absent. */
    private static boolean isZeroDate(String linter, String part) {
        if (!linter.startsWith("yy")) {
            return false;
        }
        for (int i = 0; i < part.length(); i++) {
            if (part.charAt(i) != '0') {
                return false;
            }
        }
        return true;
    }
}
