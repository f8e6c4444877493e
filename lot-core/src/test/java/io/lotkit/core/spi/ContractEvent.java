package io.lotkit.core.spi;

import java.math.BigDecimal;

/**
 * The small event the journal contract kit appends: an id, free text and an exact quantity, which together
 * exercise the awkward parts of storing an event (escaping, Unicode, decimal scale).
 *
 * <p>Immutable and thread-safe.
 *
 * @param id a number the test chooses, typically unique
 * @param note free text, possibly with quotes, line breaks and any Unicode
 * @param quantity an exact quantity; its scale is part of its value
 * @param poison whether {@link ContractEventCodec} must refuse to encode it, to make an append fail
 */
public record ContractEvent(long id, String note, BigDecimal quantity, boolean poison) {

    /**
     * Checks the components.
     *
     * @param id a number the test chooses
     * @param note free text
     * @param quantity an exact quantity
     * @param poison whether the codec refuses it
     * @throws IllegalArgumentException if {@code note} or {@code quantity} is {@code null}
     */
    public ContractEvent {
        if (note == null || quantity == null) {
            throw new IllegalArgumentException("note and quantity must not be null");
        }
    }

    /**
     * Creates an ordinary event.
     *
     * @param id a number the test chooses
     * @param note free text
     * @param quantity an exact quantity, as {@link BigDecimal#BigDecimal(String)} reads it
     * @return the event
     */
    public static ContractEvent of(long id, String note, String quantity) {
        return new ContractEvent(id, note, new BigDecimal(quantity), false);
    }

    /**
     * Creates an event with a plain note and quantity.
     *
     * @param id a number the test chooses
     * @return the event
     */
    public static ContractEvent of(long id) {
        return of(id, "event " + id, id + ".5");
    }

    /**
     * Creates an event that {@link ContractEventCodec} refuses to encode.
     *
     * @param id a number the test chooses
     * @return the poisoned event
     */
    public static ContractEvent poison(long id) {
        return new ContractEvent(id, "poison", BigDecimal.ZERO, true);
    }
}
