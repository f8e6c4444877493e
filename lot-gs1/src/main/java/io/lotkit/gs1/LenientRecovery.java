package io.lotkit.gs1;

/**
 * The repairs a lenient parse makes, each reported as a warning. Here: a variable-length value that runs on past
 * its maximum because the scanner dropped the separator after it.
 */
final class LenientRecovery {

    private LenientRecovery() {
    }

    /**
     * Tries to split the over-long run {@code input[valueStart, runEnd)} of {@code entry} into its value and the
     * elements that follow. The split is made only if exactly one split point yields a valid value followed by
     * element strings that read strictly to the end of the run; then the elements are added to {@code ctx}.
     *
     * @return whether the run was split and added
     */
    static boolean splitRunOn(ParseContext ctx, AiEntry entry, int valueStart, int runEnd) {
        int found = -1;
        int lastSplit = Math.min(runEnd - 1, valueStart + entry.maxLength);
        for (int split = valueStart + Math.max(1, entry.minLength); split <= lastSplit; split++) {
            if (readsCleanly(ctx, entry, valueStart, split, runEnd)) {
                if (found >= 0) {
                    return false; // two readings: ambiguous, so leave the error to the strict path
                }
                found = split;
            }
        }
        if (found < 0) {
            return false;
        }
        String value = ctx.input.substring(valueStart, found);
        ctx.warn(found, entry.ai, Gs1ErrorCode.LENIENT_MISSING_SEPARATOR,
                "A separator was missing after AI (" + entry.ai + "); assumed at index " + found);
        if (ctx.add(entry, value, valueStart)) {
            ElementStringReader.readUnbracketedPart(ctx, found, runEnd, ctx.parser.separator);
        }
        return true;
    }

    private static boolean readsCleanly(ParseContext ctx, AiEntry entry, int valueStart, int split, int runEnd) {
        ParseContext trial = new ParseContext(ctx.parser, ctx.input, false, false);
        if (!ValueChecker.check(trial, entry, ctx.input.substring(valueStart, split), valueStart)) {
            return false;
        }
        ElementStringReader.readUnbracketedPart(trial, split, runEnd, ctx.parser.separator);
        return !trial.failed();
    }
}
