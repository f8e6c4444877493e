package io.lotkit.core.sequence;

import java.util.List;

/** Validation shared by the events' scope lists. */
final class ScopeLists {

    private ScopeLists() {
    }

    static List<String> copy(List<String> scope) {
        if (scope == null || scope.isEmpty()) {
            throw new IllegalArgumentException("scope must not be null or empty");
        }
        for (int i = 0; i < scope.size(); i++) {
            if (scope.get(i) == null) {
                throw new IllegalArgumentException("scope[" + i + "] is null");
            }
        }
        return List.copyOf(scope);
    }
}
