package io.lotkit.gs1;

import java.util.List;

/** The GS1 Digital Link rules for a primary key's qualifiers, from the dictionary's {@code dlpkey=} attribute. */
final class DigitalLinkKeys {

    private DigitalLinkKeys() {
    }

    /**
     * Whether the qualifiers in the path after the key — {@code /AI/value} pairs whose slashes are
     * {@code slashes[first, count)}, already found to be known AIs with values — are a subsequence of one of the
     * key's qualifier sequences. The AIs are compared where they stand in the input.
     */
    static boolean validQualifiers(AiDefinition key, String s, int[] slashes, int first, int count) {
        if (first >= count) {
            return true;
        }
        for (List<String> path : key.dlQualifierPaths()) {
            int at = 0;
            int aiAt = first;
            while (aiAt < count && at < path.size()) {
                int aiSlash = slashes[aiAt];
                String expected = path.get(at++);
                if (expected.length() == slashes[aiAt + 1] - aiSlash - 1
                        && s.regionMatches(aiSlash + 1, expected, 0, expected.length())) {
                    aiAt += 2;
                }
            }
            if (aiAt >= count) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a query attribute is a qualifier that belongs in the path: it is in a qualifier sequence of the key
     * that the path's qualifiers (the context's elements after the key) are consistent with.
     */
    static boolean belongsInPath(AiDefinition key, ParseContext ctx, String ai) {
        for (List<String> path : key.dlQualifierPaths()) {
            if (!path.contains(ai)) {
                continue;
            }
            int at = 0;
            int q = 1;
            while (q < ctx.dlPathLength && at < path.size()) {
                if (path.get(at++).equals(ctx.entry(q).ai)) {
                    q++;
                }
            }
            if (q >= ctx.dlPathLength) {
                return true;
            }
        }
        return false;
    }

    /** Returns the qualifier sequence that holds every qualifier present, or null if none (or they mix). */
    static List<String> sequenceFor(AiDefinition key, List<String> present) {
        for (List<String> path : key.dlQualifierPaths()) {
            if (path.containsAll(present)) {
                return path;
            }
        }
        return present.isEmpty() ? List.of() : null;
    }
}
