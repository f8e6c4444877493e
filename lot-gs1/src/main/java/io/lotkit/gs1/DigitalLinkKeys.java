package io.lotkit.gs1;

import java.util.List;

/** The GS1 Digital Link rules for a primary key's qualifiers, from the dictionary's {@code dlpkey=} attribute. */
final class DigitalLinkKeys {

    private DigitalLinkKeys() {
    }

    /**
     * Whether the qualifiers {@code found[count - 1]} down to {@code found[0]} (the path's order, as found walking
     * back from its end), are a subsequence of one of the key's qualifier sequences.
     */
    static boolean validQualifiers(AiDefinition key, AiEntry[] found, int count) {
        if (count == 0) {
            return true;
        }
        for (List<String> path : key.dlQualifierPaths()) {
            int at = 0;
            int q = count - 1;
            while (q >= 0 && at < path.size()) {
                if (path.get(at++).equals(found[q].ai)) {
                    q--;
                }
            }
            if (q < 0) {
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
