package io.lotkit.fefo;

import io.lotkit.core.LotStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Builds an {@link AllocationRequest}. Each setter checks its argument at once; {@link #build()} checks the
 * combination.
 *
 * <p>Not thread-safe.
 */
public final class AllocationRequestBuilder {

    final String item;
    BigDecimal quantity;
    final LocalDate date;
    String customer;
    AllocationStrategy strategy = AllocationStrategy.FEFO;
    Set<LotStatus> allowedStatuses = EnumSet.of(LotStatus.RELEASED);
    LocationPreference locationPreference = LocationPreference.NONE;
    MinimumShelfLife minimumShelfLife = MinimumShelfLife.NONE;
    boolean notOlderThanLastShipped;
    boolean singleLot;
    boolean fewestLots;
    int maxLots;
    String requestedLot;
    Set<String> excludedLots = new LinkedHashSet<>();
    BigDecimal packSize;
    boolean partialFill = true;
    boolean explain;
    int priority;

    AllocationRequestBuilder(String item, BigDecimal quantity, LocalDate date) {
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
    public AllocationRequestBuilder customer(String customer) {
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
    public AllocationRequestBuilder strategy(AllocationStrategy strategy) {
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
    public AllocationRequestBuilder allowedStatuses(Set<LotStatus> statuses) {
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
    public AllocationRequestBuilder locationPreference(LocationPreference preference) {
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
    public AllocationRequestBuilder minimumShelfLife(MinimumShelfLife minimum) {
        this.minimumShelfLife = Checks.notNull("minimum", minimum);
        return this;
    }

    /**
     * Skips lots that expire before the last lot of the item shipped (picked) for the customer. Needs a
     * customer.
     *
     * @return this builder
     */
    public AllocationRequestBuilder notOlderThanLastShipped() {
        this.notOlderThanLastShipped = true;
        return this;
    }

    /**
     * Fills the line from one lot only: the first lot in the strategy's order that can fill it alone.
     *
     * @return this builder
     */
    public AllocationRequestBuilder singleLot() {
        this.singleLot = true;
        return this;
    }

    /**
     * Fills the line from as few lots as possible: the first lot in the strategy's order that fills it alone,
     * else the largest lots first.
     *
     * @return this builder
     */
    public AllocationRequestBuilder fewestLots() {
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
    public AllocationRequestBuilder maxLots(int n) {
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
    public AllocationRequestBuilder lot(String lotNumber) {
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
    public AllocationRequestBuilder exclude(String lotNumber) {
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
    public AllocationRequestBuilder packSize(BigDecimal size) {
        this.packSize = Checks.positive("size", size);
        return this;
    }

    /**
     * Allocates nothing unless the whole quantity can be allocated.
     *
     * @return this builder
     */
    public AllocationRequestBuilder allOrNothing() {
        this.partialFill = false;
        return this;
    }

    /**
     * Asks for an {@link Explanation} in the result (slower: every lot of the item is visited).
     *
     * @return this builder
     */
    public AllocationRequestBuilder explain() {
        this.explain = true;
        return this;
    }

    /**
     * Sets the priority in a wave: higher first.
     *
     * @param priority the priority
     * @return this builder
     */
    public AllocationRequestBuilder priority(int priority) {
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
