package io.lotkit.genealogy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Interns the few distinct strings the graph repeats many times (items, units, customers, suppliers, locations)
 * as dense int ids, so that per-lot and per-record columns hold an int instead of a reference.
 *
 * <p>Not thread-safe; the graph guards it with its lock.
 */
final class StringPool {

    private final Map<String, Integer> ids = new HashMap<>();
    private final List<String> values = new ArrayList<>();

    int intern(String value) {
        Integer id = ids.get(value);
        if (id != null) {
            return id;
        }
        int next = values.size();
        values.add(value);
        ids.put(value, next);
        return next;
    }

    /** Returns the id of a value, or -1 if it was never interned. */
    int find(String value) {
        Integer id = ids.get(value);
        return id == null ? -1 : id;
    }

    String get(int id) {
        return values.get(id);
    }
}
