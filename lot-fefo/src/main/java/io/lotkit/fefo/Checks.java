package io.lotkit.fefo;

import java.math.BigDecimal;
import java.util.List;

/** Argument checks that name the argument, so bad input never surfaces as a NullPointerException. */
final class Checks {

    private Checks() {
    }

    static <T> T notNull(String name, T value) {
        if (value == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
        return value;
    }

    static String text(String name, String value) {
        notNull(name, value);
        if (value.isEmpty()) {
            throw new IllegalArgumentException(name + " must not be empty");
        }
        for (int i = 0; i < value.length(); i++) {
            if (Character.isISOControl(value.charAt(i))) {
                throw new IllegalArgumentException(
                        "%s contains a control character (U+%04X) at index %d"
                                .formatted(name, (int) value.charAt(i), i));
            }
        }
        return value;
    }

    static String location(String name, String value) {
        return text(name, value);
    }

    static BigDecimal positive(String name, BigDecimal value) {
        notNull(name, value);
        if (value.signum() <= 0) {
            throw new IllegalArgumentException(name + " must be positive: " + value.toPlainString());
        }
        return value;
    }

    static BigDecimal notNegative(String name, BigDecimal value) {
        notNull(name, value);
        if (value.signum() < 0) {
            throw new IllegalArgumentException(name + " must not be negative: " + value.toPlainString());
        }
        return value;
    }

    /** An immutable copy; a list that is already an immutable {@code List.copyOf} copy is returned as it is. */
    static <T> List<T> copyOf(String name, List<T> values) {
        notNull(name, values);
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) == null) {
                throw new IllegalArgumentException(name + "[" + i + "] is null");
            }
        }
        return List.copyOf(values);
    }
}
