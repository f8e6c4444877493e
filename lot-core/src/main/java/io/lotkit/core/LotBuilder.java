package io.lotkit.core;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Builds a {@link Lot}; get one from {@link Lot#builder(LotId)} or {@link Lot#toBuilder()}. Setters taking a
 * date or the origin accept {@code null} to mean "absent".
 *
 * <p>Not thread-safe: use a builder from one thread, then share the immutable lot it builds.
 */
public final class LotBuilder {

    final LotId id;
    LotStatus status = LotStatus.QUARANTINE;
    LocalDate productionDate;
    LocalDate expiryDate;
    LocalDate bestBeforeDate;
    LocalDate receiptDate;
    LotOrigin origin;
    final Map<String, String> attributes = new LinkedHashMap<>();

    LotBuilder(LotId id) {
        this.id = id;
    }

    /**
     * Sets the status (QUARANTINE unless set). Use this to load a lot from the host's records; to change the
     * status of an existing lot, use {@link Lot#changeStatus}.
     *
     * @param value the status
     * @return this builder
     * @throws IllegalArgumentException if {@code value} is {@code null}
     */
    public LotBuilder status(LotStatus value) {
        this.status = Checks.requireNonNull("status", value);
        return this;
    }

    /**
     * Sets the production date.
     *
     * @param value the date, or {@code null} for none
     * @return this builder
     */
    public LotBuilder productionDate(LocalDate value) {
        this.productionDate = value;
        return this;
    }

    /**
     * Sets the expiry date, the last usable day.
     *
     * @param value the date, or {@code null} for none
     * @return this builder
     */
    public LotBuilder expiryDate(LocalDate value) {
        this.expiryDate = value;
        return this;
    }

    /**
     * Sets the best-before date.
     *
     * @param value the date, or {@code null} for none
     * @return this builder
     */
    public LotBuilder bestBeforeDate(LocalDate value) {
        this.bestBeforeDate = value;
        return this;
    }

    /**
     * Sets the receipt date.
     *
     * @param value the date, or {@code null} for none
     * @return this builder
     */
    public LotBuilder receiptDate(LocalDate value) {
        this.receiptDate = value;
        return this;
    }

    /**
     * Sets the origin.
     *
     * @param value the supplier and supplier's lot number, or {@code null} for none
     * @return this builder
     */
    public LotBuilder origin(LotOrigin value) {
        this.origin = value;
        return this;
    }

    /**
     * Sets one attribute; a new key goes last, an existing key keeps its place.
     *
     * @param key the attribute's name; non-empty, no control characters
     * @param value the value; not {@code null} (may be empty)
     * @return this builder
     * @throws IllegalArgumentException if the key or value is not valid
     */
    public LotBuilder attribute(String key, String value) {
        Checks.requireText("attribute key", key);
        if (value == null) {
            throw new IllegalArgumentException("value of attribute \"" + key + "\" must not be null");
        }
        attributes.put(key, value);
        return this;
    }

    /**
     * Replaces all attributes with {@code values}, in its iteration order. If an entry is invalid, the
     * builder's attributes are left as they were.
     *
     * @param values the attributes
     * @return this builder
     * @throws IllegalArgumentException if {@code values} is {@code null} or has an invalid key or value
     */
    public LotBuilder attributes(Map<String, String> values) {
        Checks.requireNonNull("attributes", values);
        Map<String, String> previous = new LinkedHashMap<>(attributes);
        attributes.clear();
        try {
            values.forEach(this::attribute);
        } catch (RuntimeException e) {
            attributes.clear();
            attributes.putAll(previous);
            throw e;
        }
        return this;
    }

    /**
     * Builds the lot.
     *
     * @return the lot
     * @throws IllegalArgumentException if the dates are inconsistent (see {@link Lot})
     */
    public Lot build() {
        return new Lot(this);
    }
}
