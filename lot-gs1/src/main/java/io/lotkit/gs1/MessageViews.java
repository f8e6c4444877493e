package io.lotkit.gs1;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The typed views of {@link Gs1Message}: which AIs each view accepts, and the value it reads. Computed on demand
 * from the raw values, so a parse pays for none of them. Stateless and thread-safe.
 */
final class MessageViews {

    private MessageViews() {
    }

    static List<String> valuesOf(AiEntry[] entries, String[] values, int size, String ai) {
        List<String> found = new ArrayList<>(2);
        for (int i = 0; i < size; i++) {
            if (entries[i].ai.equals(ai)) {
                found.add(values[i]);
            }
        }
        return List.copyOf(found);
    }

    static Optional<Gtin> gtin(Gs1Message message, String ai) {
        requireAi(ai);
        if (!ai.equals("01") && !ai.equals("02") && !ai.equals("03")) {
            throw new IllegalArgumentException("AI (" + ai + ") holds no GTIN; use 01, 02 or 03");
        }
        String value = message.valueOf(ai);
        return value == null ? Optional.empty() : Optional.of(new Gtin(value));
    }

    static Optional<String> gln(Gs1Message message, String ai) {
        requireAi(ai);
        if (ai.length() != 3 || !ai.startsWith("41") || ai.charAt(2) > '7') {
            throw new IllegalArgumentException("AI (" + ai + ") holds no GLN; use 410 to 417");
        }
        return Optional.ofNullable(message.valueOf(ai));
    }

    static Optional<BigDecimal> count(Gs1Message message) {
        String value = message.valueOf("37");
        value = value != null ? value : message.valueOf("30");
        return value == null ? Optional.empty() : Optional.of(new BigDecimal(value));
    }

    /** The date an AI holds, its two-digit year resolved against {@code currentYear}. */
    static Optional<Gs1Date> date(Gs1Message message, String ai, int currentYear) {
        AiEntry entry = entryOf(message, ai);
        if (!entry.dateAi) {
            throw new IllegalArgumentException("AI (" + ai + ") holds no date");
        }
        String value = message.valueOf(ai);
        if (value == null || value.startsWith("000000")) {
            return Optional.empty();
        }
        return Optional.ofNullable(TypedValues.date(entry.definition, value, currentYear));
    }

    static Optional<LocalDateTime> dateTime(Gs1Message message, String ai, int currentYear) {
        if (date(message, ai, currentYear).isEmpty()) {
            return Optional.empty();
        }
        return Optional.ofNullable(TypedValues.dateTime(entryOf(message, ai).definition, message.valueOf(ai),
                currentYear));
    }

    static Optional<Measure> measure(Gs1Message message, String ai) {
        entryOf(message, ai);
        String value = message.valueOf(ai);
        Measure probe = TypedValues.measure(ai, value == null ? "000000" : value);
        if (probe == null) {
            throw new IllegalArgumentException("AI (" + ai + ") holds no measure");
        }
        return value == null ? Optional.empty() : Optional.of(probe);
    }

    static Optional<Amount> amount(Gs1Message message, String ai) {
        entryOf(message, ai);
        String value = message.valueOf(ai);
        Amount probe = TypedValues.amount(ai, value == null ? "0000" : value);
        if (probe == null) {
            throw new IllegalArgumentException("AI (" + ai + ") holds no amount");
        }
        return value == null ? Optional.empty() : Optional.of(probe);
    }

    static List<String> countries(Gs1Message message, String ai) {
        AiDefinition definition = entryOf(message, ai).definition;
        String value = message.valueOf(ai);
        List<String> codes = TypedValues.countries(definition, value == null ? "" : value);
        if (value != null && codes.isEmpty() || value == null
                && TypedValues.countries(definition, "9".repeat(definition.maxLength())).isEmpty()) {
            throw new IllegalArgumentException("AI (" + ai + ") holds no country code");
        }
        return codes;
    }

    /** Rejects a null {@code today}, after the AI (as the views have always checked the AI first). */
    static void checkReferenceDate(Gs1Message message, String ai, LocalDate today) {
        entryOf(message, ai);
        if (today == null) {
            throw new IllegalArgumentException("today must not be null");
        }
    }

    /** The dictionary entry of an AI, looked up by its digits (no Optional on the way). */
    private static AiEntry entryOf(Gs1Message message, String ai) {
        requireAi(ai);
        AiEntry entry = message.dictionary().entry(ai, 0, ai.length());
        if (entry == null) {
            throw new IllegalArgumentException("AI (" + ai + ") is not in the dictionary");
        }
        return entry;
    }

    static void requireAi(String ai) {
        if (ai == null) {
            throw new IllegalArgumentException("ai must not be null");
        }
    }
}
