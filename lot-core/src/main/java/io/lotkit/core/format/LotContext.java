package io.lotkit.core.format;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What a lot number is formatted from: a date (and optionally a time), named fields, and the sequence value.
 *
 * <p>The well-known fields {@code item}, {@code plant}, {@code line} and {@code shift} have their own builder
 * methods; any other name is a custom field set with {@link Builder#field(String, String)}. A pattern refers to
 * every field by name, as in {@code {line:2}}.
 *
 * <pre>{@code
 * LotContext context = LotContext.builder()
 *         .date(LocalDate.of(2025, 3, 14))
 *         .item("CHEDDAR-12")
 *         .line("L2")
 *         .sequence(42)
 *         .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class LotContext {

    /** The name of the item field. */
    public static final String ITEM = "item";
    /** The name of the plant field. */
    public static final String PLANT = "plant";
    /** The name of the production-line field. */
    public static final String LINE = "line";
    /** The name of the shift field. */
    public static final String SHIFT = "shift";

    private static final LotContext EMPTY = new LotContext(null, null, Map.of(), -1);

    private final LocalDate date;
    private final LocalTime time;
    private final Map<String, String> fields;
    /**
     * The fields again as parallel arrays, for the printers: a context holds a handful of fields, and a linear scan
     * that compares by identity first is cheaper than a hash lookup on every lot number.
     */
    private final String[] names;
    private final String[] values;
    private final long sequence;

    private LotContext(LocalDate date, LocalTime time, Map<String, String> fields, long sequence) {
        this.date = date;
        this.time = time;
        this.fields = fields;
        this.names = fields.keySet().toArray(new String[0]);
        this.values = fields.values().toArray(new String[0]);
        this.sequence = sequence;
    }

    private LotContext(LotContext fieldsOf, LocalDate date, LocalTime time, long sequence) {
        this.date = date;
        this.time = time;
        this.fields = fieldsOf.fields;
        this.names = fieldsOf.names;
        this.values = fieldsOf.values;
        this.sequence = sequence;
    }

    /**
     * Returns a context with no date, no fields and no sequence value.
     *
     * @return the empty context
     */
    public static LotContext empty() {
        return EMPTY;
    }

    /**
     * Returns a new builder.
     *
     * @return a builder with nothing set
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the date.
     *
     * @return the date, or empty if none was set
     */
    public Optional<LocalDate> date() {
        return Optional.ofNullable(date);
    }

    /**
     * Returns the time of day, set only through {@link Builder#dateTime(LocalDateTime)}.
     *
     * @return the time, or empty if none was set
     */
    public Optional<LocalTime> time() {
        return Optional.ofNullable(time);
    }

    /**
     * Returns a named field.
     *
     * @param name the field name, e.g. {@link #ITEM}
     * @return the value, or empty if the field is not set
     * @throws IllegalArgumentException if {@code name} is {@code null}
     */
    public Optional<String> field(String name) {
        if (name == null) {
            throw new IllegalArgumentException("name must not be null");
        }
        return Optional.ofNullable(fieldOrNull(name));
    }

    /**
     * Returns all named fields.
     *
     * @return an unmodifiable map from field name to value, in the order the fields were set
     */
    public Map<String, String> fields() {
        return fields;
    }

    /**
     * Returns the sequence value.
     *
     * @return the value, or empty if none was set
     */
    public OptionalLong sequence() {
        return sequence < 0 ? OptionalLong.empty() : OptionalLong.of(sequence);
    }

    /**
     * Returns a copy of this context with another sequence value.
     *
     * @param value the sequence value, zero or more
     * @return a context equal to this one except for the sequence value
     * @throws IllegalArgumentException if {@code value} is negative
     */
    public LotContext withSequence(long value) {
        return new LotContext(this, date, time, requireSequence(value));
    }

    /**
     * Returns a copy of this context with another date and time.
     *
     * @param dateTime the date and time
     * @return a context equal to this one except for the date and time
     * @throws IllegalArgumentException if {@code dateTime} is {@code null}
     */
    public LotContext withDateTime(LocalDateTime dateTime) {
        if (dateTime == null) {
            throw new IllegalArgumentException("dateTime must not be null");
        }
        return new LotContext(this, dateTime.toLocalDate(), dateTime.toLocalTime(), sequence);
    }

    /** Returns the date or {@code null}; for the printers, which run on every format call. */
    LocalDate dateOrNull() {
        return date;
    }

    /** Returns the time or {@code null}. */
    LocalTime timeOrNull() {
        return time;
    }

    /** Returns a field or {@code null}. */
    String fieldOrNull(String name) {
        for (int i = 0; i < names.length; i++) {
            if (names[i] == name || names[i].equals(name)) {
                return values[i];
            }
        }
        return null;
    }

    /** Returns the sequence value, or -1 if none was set. */
    long sequenceOrMinusOne() {
        return sequence;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LotContext that
                && Objects.equals(date, that.date)
                && Objects.equals(time, that.time)
                && fields.equals(that.fields)
                && sequence == that.sequence;
    }

    @Override
    public int hashCode() {
        return Objects.hash(date, time, fields, sequence);
    }

    @Override
    public String toString() {
        return "LotContext[date=" + date + ", time=" + time + ", fields=" + fields
                + ", sequence=" + (sequence < 0 ? "none" : Long.toString(sequence)) + "]";
    }

    private static long requireSequence(long value) {
        if (value < 0) {
            throw new IllegalArgumentException("sequence must not be negative: " + value);
        }
        return value;
    }

    /**
     * Builds a {@link LotContext}. Each setter checks its argument at once.
     *
     * <p>Not thread-safe.
     */
    public static final class Builder {

        private LocalDate date;
        private LocalTime time;
        private final Map<String, String> fields = new LinkedHashMap<>();
        private long sequence = -1;

        private Builder() {
        }

        /**
         * Sets the date and clears the time.
         *
         * @param date the date
         * @return this builder
         * @throws IllegalArgumentException if {@code date} is {@code null}
         */
        public Builder date(LocalDate date) {
            if (date == null) {
                throw new IllegalArgumentException("date must not be null");
            }
            this.date = date;
            this.time = null;
            return this;
        }

        /**
         * Sets the date and the time.
         *
         * @param dateTime the date and time
         * @return this builder
         * @throws IllegalArgumentException if {@code dateTime} is {@code null}
         */
        public Builder dateTime(LocalDateTime dateTime) {
            if (dateTime == null) {
                throw new IllegalArgumentException("dateTime must not be null");
            }
            this.date = dateTime.toLocalDate();
            this.time = dateTime.toLocalTime();
            return this;
        }

        /**
         * Sets the item code.
         *
         * @param value the item code
         * @return this builder
         * @throws IllegalArgumentException if {@code value} is {@code null} or empty
         */
        public Builder item(String value) {
            return field(ITEM, value);
        }

        /**
         * Sets the plant.
         *
         * @param value the plant code
         * @return this builder
         * @throws IllegalArgumentException if {@code value} is {@code null} or empty
         */
        public Builder plant(String value) {
            return field(PLANT, value);
        }

        /**
         * Sets the production line.
         *
         * @param value the line code
         * @return this builder
         * @throws IllegalArgumentException if {@code value} is {@code null} or empty
         */
        public Builder line(String value) {
            return field(LINE, value);
        }

        /**
         * Sets the shift.
         *
         * @param value the shift code
         * @return this builder
         * @throws IllegalArgumentException if {@code value} is {@code null} or empty
         */
        public Builder shift(String value) {
            return field(SHIFT, value);
        }

        /**
         * Sets a named field, replacing an earlier value of the same name.
         *
         * @param name the field name
         * @param value the value
         * @return this builder
         * @throws IllegalArgumentException if {@code name} or {@code value} is {@code null} or empty
         */
        public Builder field(String name, String value) {
            if (name == null || name.isEmpty()) {
                throw new IllegalArgumentException("field name must not be null or empty");
            }
            if (value == null || value.isEmpty()) {
                throw new IllegalArgumentException("value of field '" + name + "' must not be null or empty");
            }
            fields.put(name, value);
            return this;
        }

        /**
         * Sets the sequence value.
         *
         * @param value the value, zero or more
         * @return this builder
         * @throws IllegalArgumentException if {@code value} is negative
         */
        public Builder sequence(long value) {
            this.sequence = requireSequence(value);
            return this;
        }

        /**
         * Builds the context.
         *
         * @return a new immutable context
         */
        public LotContext build() {
            return new LotContext(date, time, Collections.unmodifiableMap(new LinkedHashMap<>(fields)), sequence);
        }
    }
}
