package io.lotkit.fefo;

import io.lotkit.core.Lot;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.lotkit.core.LotId;
import io.lotkit.core.StatusChange;
import io.lotkit.core.spi.EventCodec;
import java.math.BigDecimal;
import java.util.List;

/**
 * A change to the stock index: the events {@link StockIndex} writes through its journal before applying them, and
 * replays on start. Quantities in events are exact and already validated; replaying the same events always
 * rebuilds the same state.
 *
 * <p>Events are Jackson-serializable, with a {@code type} property naming the kind; {@link #jsonCodec()} returns a
 * ready codec for a durable journal.
 *
 * <p>All events are immutable and thread-safe.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = StockEvent.LotRegistered.class, name = "lotRegistered"),
    @JsonSubTypes.Type(value = StockEvent.Received.class, name = "received"),
    @JsonSubTypes.Type(value = StockEvent.Adjusted.class, name = "adjusted"),
    @JsonSubTypes.Type(value = StockEvent.Moved.class, name = "moved"),
    @JsonSubTypes.Type(value = StockEvent.StatusChanged.class, name = "statusChanged"),
    @JsonSubTypes.Type(value = StockEvent.RemovalTimeSet.class, name = "removalTimeSet"),
    @JsonSubTypes.Type(value = StockEvent.Reserved.class, name = "reserved"),
    @JsonSubTypes.Type(value = StockEvent.Released.class, name = "released"),
    @JsonSubTypes.Type(value = StockEvent.Picked.class, name = "picked")
})
public sealed interface StockEvent {

    /**
     * Returns a JSON codec for stock events, for a durable journal.
     *
     * @return the codec; safe for concurrent use
     */
    static EventCodec<StockEvent> jsonCodec() {
        return StockEventJson.codec();
    }

    /**
     * Returns the item the event is about; every event concerns exactly one item.
     *
     * @return the item code
     */
    String item();

    /**
     * A lot became known to the index, with its dates and status.
     *
     * @param lot the lot's facts
     */
    record LotRegistered(Lot lot) implements StockEvent {
        /**
         * Validates the event.
         *
         * @param lot the lot's facts
         * @throws IllegalArgumentException if {@code lot} is {@code null}
         */
        public LotRegistered {
            Checks.notNull("lot", lot);
        }

        @Override
        public String item() {
            return lot.id().item();
        }
    }

    /**
     * Stock of a lot was received at a location.
     *
     * @param lot the lot
     * @param location the location
     * @param quantity the quantity received, positive
     */
    record Received(LotId lot, String location, BigDecimal quantity) implements StockEvent {
        /**
         * Validates the event.
         *
         * @param lot the lot
         * @param location the location
         * @param quantity the quantity, positive
         * @throws IllegalArgumentException if a part is {@code null} or the quantity is not positive
         */
        public Received {
            Checks.notNull("lot", lot);
            Checks.location("location", location);
            Checks.positive("quantity", quantity);
        }

        @Override
        public String item() {
            return lot.item();
        }
    }

    /**
     * The quantity on hand of a lot at a location was corrected (a count, a write-off, a found quantity).
     *
     * @param lot the lot
     * @param location the location
     * @param delta the change, positive or negative, not zero
     * @param reason why, for the record
     */
    record Adjusted(LotId lot, String location, BigDecimal delta, String reason) implements StockEvent {
        /**
         * Validates the event.
         *
         * @param lot the lot
         * @param location the location
         * @param delta the change, not zero
         * @param reason why
         * @throws IllegalArgumentException if a part is {@code null}, the reason is empty or the delta is zero
         */
        public Adjusted {
            Checks.notNull("lot", lot);
            Checks.location("location", location);
            Checks.notNull("delta", delta);
            if (delta.signum() == 0) {
                throw new IllegalArgumentException("delta must not be zero");
            }
            Checks.text("reason", reason);
        }

        @Override
        public String item() {
            return lot.item();
        }
    }

    /**
     * Available stock of a lot was moved from one location to another.
     *
     * @param lot the lot
     * @param from the source location
     * @param to the target location, not the source
     * @param quantity the quantity moved, positive
     */
    record Moved(LotId lot, String from, String to, BigDecimal quantity) implements StockEvent {
        /**
         * Validates the event.
         *
         * @param lot the lot
         * @param from the source location
         * @param to the target location
         * @param quantity the quantity, positive
         * @throws IllegalArgumentException if a part is {@code null}, the locations are equal or the quantity is
         *     not positive
         */
        public Moved {
            Checks.notNull("lot", lot);
            Checks.location("from", from);
            Checks.location("to", to);
            if (from.equals(to)) {
                throw new IllegalArgumentException("from and to are the same location: " + from);
            }
            Checks.positive("quantity", quantity);
        }

        @Override
        public String item() {
            return lot.item();
        }
    }

    /**
     * A lot's status changed (lot-core's status event); if the new status is not allocatable and
     * {@code cancelReservations} is set, the reserved quantities of that lot are released from every open
     * reservation.
     *
     * @param change the status change, checked by lot-core's status machine
     * @param cancelReservations whether to release the lot's open reservations
     */
    record StatusChanged(StatusChange change, boolean cancelReservations) implements StockEvent {
        /**
         * Validates the event.
         *
         * @param change the status change
         * @param cancelReservations whether to release the lot's open reservations
         * @throws IllegalArgumentException if {@code change} is {@code null}
         */
        public StatusChanged {
            Checks.notNull("change", change);
        }

        @Override
        public String item() {
            return change.lotId().item();
        }
    }

    /**
     * An item's removal time was set: its lots stop being allocatable this many days before they expire.
     *
     * @param item the item
     * @param days the removal time in days, not negative
     */
    record RemovalTimeSet(String item, int days) implements StockEvent {
        /**
         * Validates the event.
         *
         * @param item the item
         * @param days the removal time, not negative
         * @throws IllegalArgumentException if the item is {@code null} or empty or the days are negative
         */
        public RemovalTimeSet {
            Checks.text("item", item);
            if (days < 0) {
                throw new IllegalArgumentException("removal time must not be negative: " + days);
            }
        }
    }

    /**
     * Stock was reserved for an order line.
     *
     * @param reservation the new reservation's id, which names the item
     * @param customer the customer, or {@code null} if none was given
     * @param lines the lines reserved, at least one, all of the reservation's item
     */
    record Reserved(ReservationId reservation, String customer, List<AllocationLine> lines)
            implements StockEvent {
        /**
         * Validates the event.
         *
         * @param reservation the id
         * @param customer the customer, or {@code null}
         * @param lines the lines
         * @throws IllegalArgumentException if a part other than the customer is {@code null}, there is no line,
         *     or a line is of another item
         */
        public Reserved {
            Checks.notNull("reservation", reservation);
            String item = reservation.item();
            if (customer != null) {
                Checks.text("customer", customer);
            }
            // The index's own lines are immutable, hold no null and are of one item already; any other list is
            // copied and checked line by line.
            boolean builtByIndex = lines instanceof AllocatedLines built && built.allOf(item);
            if (!builtByIndex) {
                lines = Checks.copyOf("lines", lines);
            }
            if (lines.isEmpty()) {
                throw new IllegalArgumentException("a reservation needs at least one line");
            }
            if (!builtByIndex) {
                requireItem(item, lines);
            }
        }

        private static void requireItem(String item, List<AllocationLine> lines) {
            for (int i = 0; i < lines.size(); i++) {
                if (!lines.get(i).lot().item().equals(item)) {
                    throw new IllegalArgumentException("lines[%d] is of item %s, not %s"
                            .formatted(i, lines.get(i).lot().item(), item));
                }
            }
        }

        @Override
        public String item() {
            return reservation.item();
        }
    }

    /**
     * What is left of a reservation was released (cancelled); its stock is available again.
     *
     * @param reservation the reservation
     */
    record Released(ReservationId reservation) implements StockEvent {
        /**
         * Validates the event.
         *
         * @param reservation the reservation
         * @throws IllegalArgumentException if {@code reservation} is {@code null}
         */
        public Released {
            Checks.notNull("reservation", reservation);
        }

        @Override
        public String item() {
            return reservation.item();
        }
    }

    /**
     * Reserved stock was picked (consumed): it leaves both the reservation and the quantity on hand.
     *
     * @param reservation the reservation
     * @param lot the lot picked
     * @param location the location picked from
     * @param quantity the quantity, positive
     */
    record Picked(ReservationId reservation, LotId lot, String location, BigDecimal quantity)
            implements StockEvent {
        /**
         * Validates the event.
         *
         * @param reservation the reservation
         * @param lot the lot
         * @param location the location
         * @param quantity the quantity, positive
         * @throws IllegalArgumentException if a part is {@code null}, the quantity is not positive or the lot is not
         *     of the reservation's item
         */
        public Picked {
            Checks.notNull("reservation", reservation);
            Checks.notNull("lot", lot);
            Checks.location("location", location);
            Checks.positive("quantity", quantity);
            if (!lot.item().equals(reservation.item())) {
                throw new IllegalArgumentException("lot %s is not of reservation %s's item".formatted(lot, reservation));
            }
        }

        @Override
        public String item() {
            return lot.item();
        }
    }
}
