package io.lotkit.gs1;

import java.util.List;

/** The GS1 Digital Link rules for a primary key's qualifiers, from the dictionary's {@code dlpkey=} attribute. */
final class DigitalLinkKeys {

    private DigitalLinkKeys() {
    }

    /** Whether {@code qualifiers}, in order, are a subsequence of one of the key's qualifier sequences. */
    static boolean validQualifiers(AiDefinition key, List<String> qualifiers) {
        if (qualifiers.isEmpty()) {
            return true;
        }
        for (List<String> path : key.dlQualifierPaths()) {
            if (isSubsequence(qualifiers, path)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a query attribute is a qualifier that belongs in the path: it is in a qualifier sequence of the key
     * that the path's qualifiers are consistent with.
     */
    static boolean belongsInPath(AiDefinition key, List<String> pathQualifiers, String ai) {
        for (List<String> path : key.dlQualifierPaths()) {
            if (path.contains(ai) && isSubsequence(pathQualifiers, path)) {
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

    static boolean isSubsequence(List<String> items, List<String> sequence) {
        int at = 0;
        for (String item : items) {
            while (at < sequence.size() && !sequence.get(at).equals(item)) {
                at++;
            }
            if (at == sequence.size()) {
                return false;
            }
            at++;
        }
        return true;
    }
}
