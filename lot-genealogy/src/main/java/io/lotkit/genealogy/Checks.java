package io.lotkit.genealogy;

import io.lotkit.core.Quantity;
import java.util.List;

/** Argument checks shared by the event records, so that every message names the field it is about. */
final class Checks {

    private Checks() {
    }

    static <T> T notNull(String field, T value) {
        if (value == null) {
            throw new IllegalArgumentException(field + " must not be null");
        }
        return value;
    }

    static String text(String field, String value) {
        notNull(field, value);
        if (value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
        for (int i = 0; i < value.length(); i++) {
            if (Character.isISOControl(value.charAt(i))) {
                throw new IllegalArgumentException(
                        field + " contains a control character (U+%04X) at index %d"
                                .formatted((int) value.charAt(i), i));
            }
        }
        return value;
    }

    static Quantity positive(String field, Quantity value) {
        notNull(field, value);
        if (value.isZero()) {
            throw new IllegalArgumentException(field + " must not be zero: " + value);
        }
        return value;
    }

    static <T> List<T> nonEmptyList(String field, List<T> values) {
        notNull(field, values);
        if (values.isEmpty()) {
            throw new IllegalArgumentException(field + " must not be empty");
        }
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) == null) {
                throw new IllegalArgumentException(field + "[" + i + "] must not be null");
            }
        }
        return List.copyOf(values);
    }
}
