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

    private AllocationRequest(Builder b) {
        this.item = b.item;
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
    public static Builder builder(String item, BigDecimal quantity, LocalDate date) {
        return new Builder(item, quantity, date);
    }

    /**
     * Returns a copy of this request with another quantity, all else equal.
     *
     * @param newQuantity the quantity, positive
     * @return the request
     * @throws IllegalArgumentException if the quantity is not positive or not a multiple of the pack size
     */
    public AllocationRequest withQuantity(BigDecimal newQuantity) {
        Builder b = toBuilder();
        b.quantity = Checks.positive("quantity", newQuantity);
        return b.build();
    }

    /**
     * Returns a builder holding this request's values.
     *
     * @return the builder
     */
    public Builder toBuilder() {
        Builder b = new Builder(item, quantity, date);
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

    /**
     * Builds an {@link AllocationRequest}. Each setter checks its argument at once; {@link #build()} checks the
     * combination.
     *
     * <p>Not thread-safe.
     */
    public static final class Builder {

        private final String item;
        private BigDecimal quantity;
        private final LocalDate date;
        private String customer;
        private AllocationStrategy strategy = AllocationStrategy.FEFO;
        private Set<LotStatus> allowedStatuses = EnumSet.of(LotStatus.RELEASED);
        private LocationPreference locationPreference = LocationPreference.NONE;
        private MinimumShelfLife minimumShelfLife = MinimumShelfLife.NONE;
        private boolean notOlderThanLastShipped;
        private boolean singleLot;
        private boolean fewestLots;
        private int maxLots;
        private String requestedLot;
        private Set<String> excludedLots = new LinkedHashSet<>();
        private BigDecimal packSize;
        private boolean partialFill = true;
        private boolean explain;
        private int priority;

        private Builder(String item, BigDecimal quantity, LocalDate date) {
            this.item = Checks.text("item", item);
            this.quantity = Checks.positive("quantity", quantity);
            this.date = Checks.notNull("date", date);
        }

        /**
         * Sets the customer, for the last-shipped rule and the record.
         *
         * @param customer the customer code
         * @return this builder
         * @throws IllegalArgumentException if {@code customer} is {@code null} or empty
         */
        public Builder customer(String customer) {
            this.customer = Checks.text("customer", customer);
            return this;
        }

        /**
         * Sets the strategy (FEFO by default).
         *
         * @param strategy the strategy
         * @return this builder
         * @throws IllegalArgumentException if {@code strategy} is {@code null}
         */
        public Builder strategy(AllocationStrategy strategy) {
            this.strategy = Checks.notNull("strategy", strategy);
            return this;
        }

        /**
         * Sets the statuses a lot may have (only {@link LotStatus#RELEASED} by default).
         *
         * @param statuses the statuses, at least one
         * @return this builder
         * @throws IllegalArgumentException if the set is {@code null}, empty or contains {@code null}
         */
        public Builder allowedStatuses(Set<LotStatus> statuses) {
            Checks.notNull("statuses", statuses);
            if (statuses.isEmpty()) {
                throw new IllegalArgumentException("statuses must not be empty");
            }
            for (LotStatus status : statuses) {
                Checks.notNull("statuses element", status);
            }
            this.allowedStatuses = EnumSet.copyOf(statuses);
            return this;
        }

        /**
         * Sets the location preference.
         *
         * @param preference the preference
         * @return this builder
         * @throws IllegalArgumentException if {@code preference} is {@code null}
         */
        public Builder locationPreference(LocationPreference preference) {
            this.locationPreference = Checks.notNull("preference", preference);
            return this;
        }

        /**
         * Sets the minimum remaining shelf life on the date that counts.
         *
         * @param minimum the minimum
         * @return this builder
         * @throws IllegalArgumentException if {@code minimum} is {@code null}
         */
        public Builder minimumShelfLife(MinimumShelfLife minimum) {
            this.minimumShelfLife = Checks.notNull("minimum", minimum);
            return this;
        }

        /**
         * Skips lots that expire before the last lot of the item shipped (picked) for the customer. Needs a
         * customer.
         *
         * @return this builder
         */
        public Builder notOlderThanLastShipped() {
            this.notOlderThanLastShipped = true;
            return this;
        }

        /**
         * Fills the line from one lot only: the first lot in the strategy's order that can fill it alone.
         *
         * @return this builder
         */
        public Builder singleLot() {
            this.singleLot = true;
            return this;
        }

        /**
         * Fills the line from as few lots as possible: the first lot in the strategy's order that fills it alone,
         * else the largest lots first.
         *
         * @return this builder
         */
        public Builder fewestLots() {
            this.fewestLots = true;
            return this;
        }

        /**
         * Fills the line from at most {@code n} lots, in the strategy's order.
         *
         * @param n the most lots, at least 1
         * @return this builder
         * @throws IllegalArgumentException if {@code n} is less than 1
         */
        public Builder maxLots(int n) {
            if (n < 1) {
                throw new IllegalArgumentException("maxLots must be at least 1: " + n);
            }
            this.maxLots = n;
            return this;
        }

        /**
         * Fills the line from this lot only.
         *
         * @param lotNumber the lot number, of the request's item
         * @return this builder
         * @throws IllegalArgumentException if {@code lotNumber} is {@code null} or empty
         */
        public Builder lot(String lotNumber) {
            this.requestedLot = Checks.text("lotNumber", lotNumber);
            return this;
        }

        /**
         * Never allocates this lot.
         *
         * @param lotNumber the lot number, of the request's item
         * @return this builder
         * @throws IllegalArgumentException if {@code lotNumber} is {@code null} or empty
         */
        public Builder exclude(String lotNumber) {
            excludedLots.add(Checks.text("lotNumber", lotNumber));
            return this;
        }

        /**
         * Allocates only multiples of a pack size, on every line; the quantity must be a multiple too.
         *
         * @param size the pack size, positive
         * @return this builder
         * @throws IllegalArgumentException if {@code size} is {@code null} or not positive
         */
        public Builder packSize(BigDecimal size) {
            this.packSize = Checks.positive("size", size);
            return this;
        }

        /**
         * Allocates nothing unless the whole quantity can be allocated.
         *
         * @return this builder
         */
        public Builder allOrNothing() {
            this.partialFill = false;
            return this;
        }

        /**
         * Asks for an {@link Explanation} in the result (slower: every lot of the item is visited).
         *
         * @return this builder
         */
        public Builder explain() {
            this.explain = true;
            return this;
        }

        /**
         * Sets the priority in a wave: higher first.
         *
         * @param priority the priority
         * @return this builder
         */
        public Builder priority(int priority) {
            this.priority = priority;
            return this;
        }

        /**
         * Builds the request.
         *
         * @return the request
         * @throws IllegalArgumentException if rules contradict each other: more than one of single lot, fewest
         *     lots and at most N lots; the last-shipped rule without a customer; a requested lot that is also
         *     excluded; or a quantity that is not a multiple of the pack size
         */
        public AllocationRequest build() {
            int lotRules = (singleLot ? 1 : 0) + (fewestLots ? 1 : 0) + (maxLots > 0 ? 1 : 0);
            if (lotRules > 1) {
                throw new IllegalArgumentException("choose at most one of singleLot, fewestLots and maxLots");
            }
            if (notOlderThanLastShipped && customer == null) {
                throw new IllegalArgumentException("notOlderThanLastShipped needs a customer");
            }
            if (requestedLot != null && excludedLots.contains(requestedLot)) {
                throw new IllegalArgumentException("lot " + requestedLot + " is both requested and excluded");
            }
            if (packSize != null && quantity.remainder(packSize).signum() != 0) {
                throw new IllegalArgumentException("quantity %s is not a multiple of pack size %s"
                        .formatted(quantity.toPlainString(), packSize.toPlainString()));
            }
            return new AllocationRequest(this);
        }
    }
}
