package io.lotkit.gs1;

import java.util.List;

/** The GS1 Digital Link rules for a primary key's qualifiers, from the dictionary's {@code dlpkey=} attribute. */
final class DigitalLinkKeys {

    private DigitalLinkKeys() {
    }

    /**
     * Gives each primary key of {@code dictionary} its qualifier sequences as entry indexes, so the parser compares
     * numbers instead of AI strings. Called once by the dictionary, after its entries are numbered.
     */
    static void resolve(Gs1Dictionary dictionary, AiEntry[] entries) {
        for (AiEntry entry : entries) {
            List<List<String>> paths = entry.definition.dlQualifierPaths();
            int[][] resolved = new int[paths.size()][];
            long codes = 0;
            for (int p = 0; p < resolved.length; p++) {
                List<String> path = paths.get(p);
                resolved[p] = new int[path.size()];
                for (int q = 0; q < resolved[p].length; q++) {
                    AiEntry qualifier = dictionary.entry(path.get(q), 0, path.get(q).length());
                    resolved[p][q] = qualifier == null ? -1 : qualifier.index;
                    codes |= qualifier == null ? 0 : 1L << qualifier.code;
                }
            }
            entry.qualifierPaths = resolved;
            entry.qualifierCodes = codes;
        }
    }

    /**
     * Whether the qualifiers in the path after the key — the entries {@code path[first]}, {@code path[first +
     * stride]}, ... before {@code end} — are a subsequence of one of the key's qualifier sequences.
     */
    static boolean validQualifiers(AiEntry key, AiEntry[] path, int first, int end, int stride) {
        if (first >= end) {
            return true;
        }
        for (int[] sequence : key.qualifierPaths) {
            if (inOrderWithin(sequence, path, first, end, stride)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a query attribute is a qualifier that belongs in the path: it is in a qualifier sequence of the key
     * that the path's qualifiers ({@code elements[1, pathLength)}, after the key) are consistent with.
     */
    static boolean belongsInPath(AiEntry key, AiEntry[] elements, int pathLength, AiEntry attribute) {
        if ((key.qualifierCodes & 1L << attribute.code) == 0) {
            return false; // no sequence of the key holds the attribute
        }
        for (int[] sequence : key.qualifierPaths) {
            if (holds(sequence, attribute.index) && inOrderWithin(sequence, elements, 1, pathLength, 1)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code path[first]}, {@code path[first + stride]}, ... before {@code end} are in {@code sequence}. */
    private static boolean inOrderWithin(int[] sequence, AiEntry[] path, int first, int end, int stride) {
        int at = 0;
        int aiAt = first;
        while (aiAt < end && at < sequence.length) {
            if (sequence[at++] == path[aiAt].index) {
                aiAt += stride;
            }
        }
        return aiAt >= end;
    }

    private static boolean holds(int[] sequence, int index) {
        for (int member : sequence) {
            if (member == index) {
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
