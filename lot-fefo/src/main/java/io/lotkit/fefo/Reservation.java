package io.lotkit.fefo;

import java.util.List;
import java.util.Optional;

/**
 * An open reservation as it stands: the lines still reserved (picked quantities have left it).
 *
 * <p>Immutable and thread-safe; a snapshot, not a live view.
 *
 * @param id the reservation's id
 * @param item the item
 * @param customer the customer, if one was given
 * @param lines the quantities still reserved, per lot and location
 */
public record Reservation(ReservationId id, String item, Optional<String> customer, List<AllocationLine> lines) {

    /**
     * Validates the reservation.
     *
     * @param id the id
     * @param item the item
     * @param customer the customer, or empty
     * @param lines the lines still reserved
     * @throws IllegalArgumentException if a part is {@code null}
     */
    public Reservation {
        Checks.notNull("id", id);
        Checks.text("item", item);
        Checks.notNull("customer", customer);
        lines = Checks.copyOf("lines", lines);
    }
}
