package io.lotkit.core.format;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * The fields recovered by {@link LotNumberFormat#parse(CharSequence)}: the date parts the pattern prints, the date
 * itself where the pattern determines one, the named fields, the sequence value and the check character.
 *
 * <p>The date is resolved only when the pattern prints a four-digit year ({@code yyyy}) together with the day of
 * the year ({@code DDD}) or the month and the day of the month; a two-digit or one-digit year names no single
 * date, so then only the parts are returned.
 *
 * <p>Immutable and thread-safe.
 */
public final class ParsedLotNumber {

    /** How many date parts there are: {@link #dateValues} holds their values first, then where each was read. */
    private static final int PARTS = DatePart.values().length;

    private final String text;
    private final int[] dateValues;
    private final int datePartsSet;
    private final LocalDate date;
    private final String[] fieldNames;
    private final int[] fieldBounds;
    private final long sequence;
    private final int checkCharacter;

    ParsedLotNumber(String text, int[] dateValues, int datePartsSet, LocalDate date, String[] fieldNames,
            int[] fieldBounds, long sequence, int checkCharacter) {
        this.text = text;
        this.dateValues = dateValues;
        this.datePartsSet = datePartsSet;
        this.date = date;
        this.fieldNames = fieldNames;
        this.fieldBounds = fieldBounds;
        this.sequence = sequence;
        this.checkCharacter = checkCharacter;
    }

    /**
     * Returns the parsed lot number.
     *
     * @return the text
     */
    public String text() {
        return text;
    }

    /**
     * Returns a date or time part, as printed: a two-digit year is returned as 0 to 99, a month letter as 1 to 12.
     *
     * @param part the part
     * @return its value, or empty if the pattern does not print it
     * @throws IllegalArgumentException if {@code part} is {@code null}
     */
    public OptionalInt get(DatePart part) {
        if (part == null) {
            throw new IllegalArgumentException("part must not be null");
        }
        return (datePartsSet & (1 << part.ordinal())) == 0
                ? OptionalInt.empty() : OptionalInt.of(dateValues[part.ordinal()]);
    }

    /**
     * Returns the date, where the pattern determines one (see the class comment).
     *
     * @return the date, or empty
     */
    public Optional<LocalDate> date() {
        return Optional.ofNullable(date);
    }

    /**
     * Returns a named field.
     *
     * @param name the field name, e.g. {@link LotContext#ITEM}
     * @return its value, or empty if the pattern does not print it or an optional section holding it was absent
     * @throws IllegalArgumentException if {@code name} is {@code null}
     */
    public Optional<String> field(String name) {
        if (name == null) {
            throw new IllegalArgumentException("name must not be null");
        }
        for (int slot = 0; slot < fieldNames.length; slot++) {
            if (fieldNames[slot].equals(name)) {
                return Optional.ofNullable(fieldValue(slot));
            }
        }
        return Optional.empty();
    }

    /**
     * Returns all named fields that were present.
     *
     * @return an unmodifiable map from field name to value, in pattern order
     */
    public Map<String, String> fields() {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int slot = 0; slot < fieldNames.length; slot++) {
            String value = fieldValue(slot);
            if (value != null) {
                fields.put(fieldNames[slot], value);
            }
        }
        return Collections.unmodifiableMap(fields);
    }

    /** The field's text, cut from the lot number on demand so that parsing allocates no string per field. */
    private String fieldValue(int slot) {
        int start = fieldBounds[2 * slot];
        return start < 0 ? null : text.substring(start, fieldBounds[2 * slot + 1]);
    }

    /**
     * Returns the sequence value.
     *
     * @return the value, or empty if the pattern has no sequence
     */
    public OptionalLong sequence() {
        return sequence < 0 ? OptionalLong.empty() : OptionalLong.of(sequence);
    }

    /**
     * Returns the check character, which the parse has verified.
     *
     * @return the check character, or empty if the pattern has none
     */
    public Optional<Character> checkCharacter() {
        return checkCharacter < 0 ? Optional.empty() : Optional.of((char) checkCharacter);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ParsedLotNumber that
                && text.equals(that.text)
                && datePartsSet == that.datePartsSet
                && Arrays.equals(dateValues, 0, PARTS, that.dateValues, 0, PARTS)
                && Objects.equals(date, that.date)
                && fields().equals(that.fields())
                && sequence == that.sequence
                && checkCharacter == that.checkCharacter;
    }

    @Override
    public int hashCode() {
        return Objects.hash(text, datePartsSet, Arrays.hashCode(Arrays.copyOf(dateValues, PARTS)), date, fields(),
                sequence, checkCharacter);
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder("ParsedLotNumber[").append(text);
        for (DatePart part : DatePart.values()) {
            get(part).ifPresent(value -> out.append(", ").append(part).append('=').append(value));
        }
        if (date != null) {
            out.append(", date=").append(date);
        }
        fields().forEach((name, value) -> out.append(", ").append(name).append('=').append(value));
        sequence().ifPresent(value -> out.append(", sequence=").append(value));
        checkCharacter().ifPresent(value -> out.append(", check=").append(value));
        return out.append(']').toString();
    }
}
