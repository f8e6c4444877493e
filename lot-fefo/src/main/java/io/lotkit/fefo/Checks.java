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
        int cached = value.hashCode() & (VALID_TEXT.length - 1);
        if (VALID_TEXT[cached] == value) {
            return value;
        }
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
        if (value.length() <= CACHED_TEXT_LENGTH) {
            VALID_TEXT[cached] = value;
        }
        return value;
    }

    /**
     * Strings that passed {@link #text}, by hash: every result line and reservation names the item and its
     * locations again, and a string that passed once always passes (strings are immutable), so the same instance
     * is not scanned character by character again (for an item last used a while ago, the scan reads its
     * characters from memory). Sized to hold a few thousand items' and locations' codes in 16 KiB; only codes up to
     * {@value #CACHED_TEXT_LENGTH} characters are kept, so the cache never holds on to a large string. Shared by
     * all threads without locking: a reference to a string is always read whole, and a lost or stale entry only
     * means scanning once more.
     */
    private static final String[] VALID_TEXT = new String[4096];
    private static final int CACHED_TEXT_LENGTH = 64;

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
