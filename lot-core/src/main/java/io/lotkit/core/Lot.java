package io.lotkit.core;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A lot: its identity, dates, status, origin and free-form attributes.
 *
 * <p>Create one with {@link #of(LotId)} or {@link #builder(LotId)}, and derive changed copies with the
 * {@code with...} methods, in the style of {@code java.time}. The dates (production, expiry, best-before, receipt)
 * and the origin are each optional. The attributes are an ordered map of strings, kept in insertion order.
 *
 * <p><b>Consistency.</b> A lot whose dates contradict each other is refused with an
 * {@link IllegalArgumentException} naming the fields: the expiry, best-before and receipt dates may not be before
 * the production date, and the best-before date may not be after the expiry date. A receipt after the expiry date
 * is allowed (expired goods can be delivered; they are then simply expired).
 *
 * <p><b>Status.</b> The status changes only through {@link #changeStatus}, which checks the move against
 * {@link LotStatus}'s table and returns the event recording it, or through {@link #apply(StatusChange)} when such
 * an event is replayed. There is deliberately no {@code withStatus}: that would bypass the state machine. A
 * builder may set any status, for lots loaded from the host's records.
 *
 * <p><b>Expiry.</b> {@link #isExpiredOn(LocalDate)} applies the one {@link ExpiryRule}: usable through the expiry
 * date, expired from the day after.
 *
 * <p>Equality compares every field; attributes are compared as maps (their order does not matter).
 *
 * <p>Immutable and thread-safe.
 */
public final class Lot {

    private final LotId id;
    private final LotStatus status;
    private final LocalDate productionDate;
    private final LocalDate expiryDate;
    private final LocalDate bestBeforeDate;
    private final LocalDate receiptDate;
    private final LotOrigin origin;
    private final Map<String, String> attributes;

    Lot(LotBuilder b) {
        this.id = b.id;
        this.status = Checks.requireNonNull("status", b.status);
        this.productionDate = b.productionDate;
        this.expiryDate = b.expiryDate;
        this.bestBeforeDate = b.bestBeforeDate;
        this.receiptDate = b.receiptDate;
        this.origin = b.origin;
        this.attributes = Collections.unmodifiableMap(new LinkedHashMap<>(b.attributes));
        requireNotBefore("expiryDate", expiryDate, "productionDate", productionDate);
        requireNotBefore("bestBeforeDate", bestBeforeDate, "productionDate", productionDate);
        requireNotBefore("receiptDate", receiptDate, "productionDate", productionDate);
        requireNotBefore("expiryDate", expiryDate, "bestBeforeDate", bestBeforeDate);
    }

    /**
     * Returns a lot in {@link LotStatus#QUARANTINE} with no dates, origin or attributes.
     *
     * @param id the lot's identity
     * @return the lot
     * @throws IllegalArgumentException if {@code id} is {@code null}
     */
    public static Lot of(LotId id) {
        return builder(id).build();
    }

    /**
     * Returns a builder for a lot, initially in {@link LotStatus#QUARANTINE} with no dates, origin or attributes.
     *
     * @param id the lot's identity
     * @return a new builder
     * @throws IllegalArgumentException if {@code id} is {@code null}
     */
    public static LotBuilder builder(LotId id) {
        return new LotBuilder(Checks.requireNonNull("id", id));
    }

    /**
     * Returns a builder holding this lot's values, to change several at once.
     *
     * @return a new builder
     */
    public LotBuilder toBuilder() {
        LotBuilder b = new LotBuilder(id).status(status).productionDate(productionDate).expiryDate(expiryDate)
                .bestBeforeDate(bestBeforeDate).receiptDate(receiptDate).origin(origin);
        b.attributes.putAll(attributes);
        return b;
    }

    /**
     * Returns the lot's identity.
     *
     * @return the item and lot number
     */
    public LotId id() {
        return id;
    }

    /**
     * Returns the lot's status.
     *
     * @return the status
     */
    public LotStatus status() {
        return status;
    }

    /**
     * Returns the production (manufacturing) date.
     *
     * @return the date, or empty if unknown
     */
    public Optional<LocalDate> productionDate() {
        return Optional.ofNullable(productionDate);
    }

    /**
     * Returns the expiry date: the last day on which the lot may be used (see {@link ExpiryRule}).
     *
     * @return the date, or empty if the lot does not expire
     */
    public Optional<LocalDate> expiryDate() {
        return Optional.ofNullable(expiryDate);
    }

    /**
     * Returns the best-before date, a quality date that does not make the lot expired.
     *
     * @return the date, or empty if none
     */
    public Optional<LocalDate> bestBeforeDate() {
        return Optional.ofNullable(bestBeforeDate);
    }

    /**
     * Returns the date the lot was received.
     *
     * @return the date, or empty if unknown (e.g. not yet received, or produced in house)
     */
    public Optional<LocalDate> receiptDate() {
        return Optional.ofNullable(receiptDate);
    }

    /**
     * Returns where the lot came from.
     *
     * @return the supplier and the supplier's lot number, or empty if unknown or produced in house
     */
    public Optional<LotOrigin> origin() {
        return Optional.ofNullable(origin);
    }

    /**
     * Returns the free-form attributes, in insertion order.
     *
     * @return an unmodifiable map
     */
    public Map<String, String> attributes() {
        return attributes;
    }

    /**
     * Returns a copy with the given production date.
     *
     * @param date the production date
     * @return the changed lot
     * @throws IllegalArgumentException if {@code date} is {@code null} or makes the dates inconsistent
     */
    public Lot withProductionDate(LocalDate date) {
        return toBuilder().productionDate(Checks.requireNonNull("productionDate", date)).build();
    }

    /**
     * Returns a copy with the given expiry date.
     *
     * @param date the expiry date, the last usable day
     * @return the changed lot
     * @throws IllegalArgumentException if {@code date} is {@code null} or makes the dates inconsistent
     */
    public Lot withExpiryDate(LocalDate date) {
        return toBuilder().expiryDate(Checks.requireNonNull("expiryDate", date)).build();
    }

    /**
     * Returns a copy with the given best-before date.
     *
     * @param date the best-before date
     * @return the changed lot
     * @throws IllegalArgumentException if {@code date} is {@code null} or makes the dates inconsistent
     */
    public Lot withBestBeforeDate(LocalDate date) {
        return toBuilder().bestBeforeDate(Checks.requireNonNull("bestBeforeDate", date)).build();
    }

    /**
     * Returns a copy with the given receipt date.
     *
     * @param date the receipt date
     * @return the changed lot
     * @throws IllegalArgumentException if {@code date} is {@code null} or makes the dates inconsistent
     */
    public Lot withReceiptDate(LocalDate date) {
        return toBuilder().receiptDate(Checks.requireNonNull("receiptDate", date)).build();
    }

    /**
     * Returns a copy with the given origin.
     *
     * @param newOrigin the supplier and supplier's lot number
     * @return the changed lot
     * @throws IllegalArgumentException if {@code newOrigin} is {@code null}
     */
    public Lot withOrigin(LotOrigin newOrigin) {
        return toBuilder().origin(Checks.requireNonNull("origin", newOrigin)).build();
    }

    /**
     * Returns a copy with the attribute {@code key} set to {@code value}; a new key goes last, an existing key
     * keeps its place.
     *
     * @param key the attribute's name; non-empty, no control characters
     * @param value the value; not {@code null}
     * @return the changed lot
     * @throws IllegalArgumentException if the key or value is not valid
     */
    public Lot withAttribute(String key, String value) {
        return toBuilder().attribute(key, value).build();
    }

    /**
     * Returns a copy without the attribute {@code key}; the same lot if it has no such attribute.
     *
     * @param key the attribute's name
     * @return the changed lot
     * @throws IllegalArgumentException if {@code key} is {@code null}
     */
    public Lot withoutAttribute(String key) {
        Checks.requireNonNull("key", key);
        if (!attributes.containsKey(key)) {
            return this;
        }
        LotBuilder b = toBuilder();
        b.attributes.remove(key);
        return b.build();
    }

    /**
     * Changes the status, checking the move against {@link LotStatus}'s table, and returns the changed lot with
     * the event that records the change. The lot itself is not changed (it is immutable); if the move is refused,
     * nothing is produced.
     *
     * @param to the new status
     * @param reason why; not blank
     * @param at when the change happens
     * @return the lot in its new status and the {@link StatusChange} event
     * @throws IllegalStatusTransitionException if the table does not allow moving from the current status to
     *     {@code to}
     * @throws IllegalArgumentException if an argument is {@code null} or {@code reason} is blank
     */
    public StatusChangeResult changeStatus(LotStatus to, String reason, Instant at) {
        StatusChange change = new StatusChange(id, status, to, reason, at);
        return new StatusChangeResult(withStatusUnchecked(to), change);
    }

    /**
     * Applies a recorded status change, e.g. when replaying a journal.
     *
     * @param change the event; it must be for this lot and start from its current status
     * @return the lot in the event's target status
     * @throws IllegalArgumentException if {@code change} is {@code null} or for another lot
     * @throws IllegalStatusTransitionException if the event does not start from this lot's status
     */
    public Lot apply(StatusChange change) {
        Checks.requireNonNull("change", change);
        if (!change.lotId().equals(id)) {
            throw new IllegalArgumentException(
                    "status change for lot %s cannot be applied to lot %s".formatted(change.lotId(), id));
        }
        if (change.from() != status) {
            throw new IllegalStatusTransitionException(id, status, change.to(),
                    "lot %s is %s, but the status change %s -> %s starts from %s"
                            .formatted(id, status, change.from(), change.to(), change.from()));
        }
        return withStatusUnchecked(change.to());
    }

    /**
     * Returns whether the lot is expired on {@code day}, by the one {@link ExpiryRule}: usable through its expiry
     * date, expired from the day after. A lot without an expiry date never expires.
     *
     * @param day the day asked about
     * @return {@code true} if the lot has an expiry date and {@code day} is after it
     * @throws IllegalArgumentException if {@code day} is {@code null}
     */
    public boolean isExpiredOn(LocalDate day) {
        Checks.requireNonNull("day", day);
        return expiryDate != null && ExpiryRule.isExpiredOn(expiryDate, day);
    }

    /**
     * Returns whether stock of this lot may be allocated on {@code day}: its status is allocatable
     * ({@link LotStatus#isAllocatable()}) and it is not expired on that day.
     *
     * @param day the day of the allocation
     * @return {@code true} if the lot may be allocated
     * @throws IllegalArgumentException if {@code day} is {@code null}
     */
    public boolean isAllocatableOn(LocalDate day) {
        return status.isAllocatable() && !isExpiredOn(day);
    }

    /**
     * Returns the lot's shelf life seen on {@code day}. It starts on the production date, or on the receipt date
     * when the production date is unknown, and ends on the expiry date.
     *
     * @param day the day looked at
     * @return the shelf life, or empty if the lot has no expiry date or neither a production nor a receipt date
     *     (or its receipt date, used as the start, is after its expiry date)
     * @throws IllegalArgumentException if {@code day} is {@code null}
     */
    public Optional<ShelfLife> shelfLifeOn(LocalDate day) {
        Checks.requireNonNull("day", day);
        LocalDate start = productionDate != null ? productionDate : receiptDate;
        if (expiryDate == null || start == null || start.isAfter(expiryDate)) {
            return Optional.empty();
        }
        return Optional.of(new ShelfLife(start, expiryDate, day));
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Lot other
                && id.equals(other.id)
                && status == other.status
                && Objects.equals(productionDate, other.productionDate)
                && Objects.equals(expiryDate, other.expiryDate)
                && Objects.equals(bestBeforeDate, other.bestBeforeDate)
                && Objects.equals(receiptDate, other.receiptDate)
                && Objects.equals(origin, other.origin)
                && attributes.equals(other.attributes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, status, productionDate, expiryDate, bestBeforeDate, receiptDate, origin, attributes);
    }

    /** Returns the identity, status and the values present, for logs and messages. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("Lot[").append(id).append(' ').append(status);
        appendIfPresent(s, "production", productionDate);
        appendIfPresent(s, "expiry", expiryDate);
        appendIfPresent(s, "bestBefore", bestBeforeDate);
        appendIfPresent(s, "receipt", receiptDate);
        appendIfPresent(s, "origin", origin);
        if (!attributes.isEmpty()) {
            s.append(" attributes=").append(attributes);
        }
        return s.append(']').toString();
    }

    private Lot withStatusUnchecked(LotStatus to) {
        return toBuilder().status(to).build();
    }

    private void requireNotBefore(String laterField, LocalDate later, String earlierField, LocalDate earlier) {
        if (later != null && earlier != null && later.isBefore(earlier)) {
            throw new IllegalArgumentException("lot %s: %s %s is before %s %s"
                    .formatted(id, laterField, later, earlierField, earlier));
        }
    }

    private static void appendIfPresent(StringBuilder s, String name, Object value) {
        if (value != null) {
            s.append(' ').append(name).append('=').append(value);
        }
    }
}
