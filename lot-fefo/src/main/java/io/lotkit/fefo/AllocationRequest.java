package io.lotkit.fefo;

import io.lotkit.core.LotStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * An order line to allocate: the item, the quantity, the date that counts (the ship or delivery date, against
 * which expiry and shelf life are judged, never "today"), the customer, the strategy, and the rules the lots must
 * meet. Built with {@link #builder(String, BigDecimal, LocalDate)}; the builder fails fast on a contradiction.
 *
 * <p>Rules (all optional): allowed statuses (released only, by default); a minimum remaining shelf life; no lot
 * older than the last one shipped to the customer; a single lot, at most N lots, or the fewest lots; a specific
 * lot; excluded lots; a pack size the quantities must be multiples of; partial fill (the default) or
 * all-or-nothing. Expiry on the date that counts always applies, by lot-core's expiry rule.
 *
 * <p>Immutable and thread-safe.
 */
public final class AllocationRequest {

    private final String item;
    private final BigDecimal quantity;
    private final LocalDate date;
    private final String customer;
    private final AllocationStrategy strategy;
    private final Set<LotStatus> allowedStatuses;
    private final long allowedStatusMask;
    private final LocationPreference locationPreference;
    private final MinimumShelfLife minimumShelfLife;
    private final boolean notOlderThanLastShipped;
    private final boolean singleLot;
    private final boolean fewestLots;
    private final int maxLots;
    private final String requestedLot;
    private final Set<String> excludedLots;
    private final BigDecimal packSize;
    private final boolean partialFill;
    private final boolean explain;
    private final int priority;
    /** The item code's hash, so that finding the item's stock need not read the code. */
    private final int itemHash;
    /** See {@link #plainRules()}. */
    private final boolean plainRules;
    /** The minimum shelf life's days, kept here so that the hot path reads them without the record. */
    private final int minimumShelfLifeDays;

    AllocationRequest(AllocationRequestBuilder b) {
        this.item = b.item;
        this.itemHash = b.item.hashCode();
        this.quantity = b.quantity;
        this.date = b.date;
        this.customer = b.customer;
        this.strategy = b.strategy;
        this.allowedStatuses = Collections.unmodifiableSet(EnumSet.copyOf(b.allowedStatuses));
        long mask = 0;
        for (LotStatus status : b.allowedStatuses) {
            mask |= 1L << status.ordinal();
        }
        this.allowedStatusMask = mask;
        this.locationPreference = b.locationPreference;
        this.minimumShelfLife = b.minimumShelfLife;
        this.notOlderThanLastShipped = b.notOlderThanLastShipped;
        this.singleLot = b.singleLot;
        this.fewestLots = b.fewestLots;
        this.maxLots = b.maxLots;
        this.requestedLot = b.requestedLot;
        this.excludedLots = Collections.unmodifiableSet(new LinkedHashSet<>(b.excludedLots));
        this.packSize = b.packSize;
        this.partialFill = b.partialFill;
        this.explain = b.explain;
        this.priority = b.priority;
        this.plainRules = mask == 1L << LotStatus.RELEASED.ordinal() && requestedLot == null && excludedLots.isEmpty()
                && packSize == null && !explain && !singleLot && !fewestLots && minimumShelfLife.percent() == 0
                && !(notOlderThanLastShipped && customer != null);
        this.minimumShelfLifeDays = minimumShelfLife.days();
    }

    /**
     * Starts a request for a quantity of an item, judged on a date.
     *
     * @param item the item code
     * @param quantity the quantity, positive, in the item's unit
     * @param date the date that counts: the ship or delivery date
     * @return a builder with the defaults: FEFO, released lots only, partial fill, no other rule
     * @throws IllegalArgumentException if an argument is {@code null}, the item is empty or the quantity is not
     *     positive
     */
    public static AllocationRequestBuilder builder(String item, BigDecimal quantity, LocalDate date) {
        return new AllocationRequestBuilder(item, quantity, date);
    }

    /**
     * Returns a copy of this request with another quantity, all else equal.
     *
     * @param newQuantity the quantity, positive
     * @return the request
     * @throws IllegalArgumentException if the quantity is not positive or not a multiple of the pack size
     */
    public AllocationRequest withQuantity(BigDecimal newQuantity) {
        AllocationRequestBuilder b = toBuilder();
        b.quantity = Checks.positive("quantity", newQuantity);
        return b.build();
    }

    /**
     * Returns a builder holding this request's values.
     *
     * @return the builder
     */
    public AllocationRequestBuilder toBuilder() {
        AllocationRequestBuilder b = new AllocationRequestBuilder(item, quantity, date);
        b.customer = customer;
        b.strategy = strategy;
        b.allowedStatuses = EnumSet.copyOf(allowedStatuses);
        b.locationPreference = locationPreference;
        b.minimumShelfLife = minimumShelfLife;
        b.notOlderThanLastShipped = notOlderThanLastShipped;
        b.singleLot = singleLot;
        b.fewestLots = fewestLots;
        b.maxLots = maxLots;
        b.requestedLot = requestedLot;
        b.excludedLots = new LinkedHashSet<>(excludedLots);
        b.packSize = packSize;
        b.partialFill = partialFill;
        b.explain = explain;
        b.priority = priority;
        return b;
    }

    /** @return the item code */
    public String item() {
        return item;
    }

    /** @return the quantity requested */
    public BigDecimal quantity() {
        return quantity;
    }

    /** @return the date that counts, against which expiry and shelf life are judged */
    public LocalDate date() {
        return date;
    }

    /** @return the customer, if given */
    public Optional<String> customer() {
        return Optional.ofNullable(customer);
    }

    int itemHash() {
        return itemHash;
    }

    String customerOrNull() {
        return customer;
    }

    /** @return the strategy */
    public AllocationStrategy strategy() {
        return strategy;
    }

    /** @return the statuses a lot may have to be allocated */
    public Set<LotStatus> allowedStatuses() {
        return allowedStatuses;
    }

    long allowedStatusMask() {
        return allowedStatusMask;
    }

    /**
     * Whether the only rules are those a {@link StockHead} can answer for: released lots only, the date rules in
     * days (expiry, removal time, a minimum shelf life in days), any strategy, location preference, partial fill or
     * lot limit; no lot requested or excluded, no pack size, no single or fewest lots, no shelf-life percentage, no
     * last-shipped rule, no explanation.
     */
    boolean plainRules() {
        return plainRules;
    }

    int minimumShelfLifeDays() {
        return minimumShelfLifeDays;
    }

    /** @return the location preference */
    public LocationPreference locationPreference() {
        return locationPreference;
    }

    /** @return the minimum remaining shelf life */
    public MinimumShelfLife minimumShelfLife() {
        return minimumShelfLife;
    }

    /** @return whether lots expiring before the last lot shipped to the customer are skipped */
    public boolean notOlderThanLastShipped() {
        return notOlderThanLastShipped;
    }

    /** @return whether the line must be filled from a single lot */
    public boolean singleLot() {
        return singleLot;
    }

    /** @return whether the line is filled from as few lots as possible */
    public boolean fewestLots() {
        return fewestLots;
    }

    /** @return the most lots the line may be filled from, 0 for no limit */
    public int maxLots() {
        return maxLots;
    }

    /** @return the lot number the line must be filled from, if one is requested */
    public Optional<String> requestedLot() {
        return Optional.ofNullable(requestedLot);
    }

    /** @return the lot numbers that must not be allocated */
    public Set<String> excludedLots() {
        return excludedLots;
    }

    /** @return the pack size every allocated quantity must be a multiple of, if any */
    public Optional<BigDecimal> packSize() {
        return Optional.ofNullable(packSize);
    }

    /** @return whether a partly filled line is allocated ({@code false}: all or nothing) */
    public boolean partialFill() {
        return partialFill;
    }

    /** @return whether the result carries an {@link Explanation} */
    public boolean explain() {
        return explain;
    }

    /** @return the priority in a wave: higher first, equal priorities in the order given */
    public int priority() {
        return priority;
    }

    /** Returns a short description for logs. */
    @Override
    public String toString() {
        return "AllocationRequest[%s x %s on %s, %s%s]".formatted(item, quantity.toPlainString(), date, strategy,
                customer == null ? "" : ", customer " + customer);
    }
}
