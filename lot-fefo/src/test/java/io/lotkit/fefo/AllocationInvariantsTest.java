package io.lotkit.fefo;

import static io.lotkit.fefo.Stock.DAY;
import static org.assertj.core.api.Assertions.assertThat;

import io.lotkit.core.ExpiryRule;
import io.lotkit.core.Lot;
import io.lotkit.core.LotBuilder;
import io.lotkit.core.LotId;
import io.lotkit.core.LotStatus;
import io.lotkit.core.ShelfLife;
import io.lotkit.core.journal.InMemoryJournal;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/**
 * Invariants over random stock and random sequences of operations: stock never goes negative and reserved stock
 * is exactly what open reservations hold; plan and reserve agree; every line obeys the request's rules (checked
 * with lot-core's own rules as the oracle); FEFO order holds; explaining does not change the answer; and the
 * journal replays to the same state.
 */
class AllocationInvariantsTest {

    private static final String[] LOCATIONS = {"PICK-1", "BULK-1", "BULK-2"};
    private static final Instant NOW = Instant.parse("2025-06-01T00:00:00Z");

    /** A lot: expiry offset from DAY (or none), production offset, status, and stock per location. */
    record LotSpec(Integer expiresIn, int producedBefore, LotStatus status, int[] stock) {
    }

    /** One operation, its arguments drawn as small numbers and interpreted against the state. */
    record Action(int kind, int a, int b, int c, int d) {
    }

    @Provide
    Arbitrary<LotSpec> lots() {
        return Combinators.combine(
                        Arbitraries.integers().between(-5, 90).injectNull(0.1),
                        Arbitraries.integers().between(0, 200),
                        Arbitraries.of(LotStatus.RELEASED, LotStatus.RELEASED, LotStatus.RELEASED, LotStatus.ON_HOLD,
                                LotStatus.QUARANTINE),
                        Arbitraries.integers().between(0, 12).array(int[].class).ofSize(LOCATIONS.length))
                .as(LotSpec::new);
    }

    @Provide
    Arbitrary<Action> actions() {
        return Combinators.combine(Arbitraries.integers().between(0, 9), Arbitraries.integers().between(0, 63),
                Arbitraries.integers().between(0, 63), Arbitraries.integers().between(0, 63),
                Arbitraries.integers().between(0, 63)).as(Action::new);
    }

    @Property(tries = 150)
    void invariantsHoldOverRandomOperations(
            @ForAll @Size(min = 1, max = 8) List<@From("lots") LotSpec> specs,
            @ForAll @Size(max = 30) List<@From("actions") Action> actions) {
        InMemoryJournal<StockEvent> journal = InMemoryJournal.create();
        StockIndex index = StockIndex.open(journal);
        List<Lot> lots = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            LotSpec spec = specs.get(i);
            LocalDate produced = DAY.minusDays(spec.producedBefore());
            LotBuilder builder = Lot.builder(LotId.of(Stock.ITEM, "L" + i)).status(spec.status()).receiptDate(produced);
            if (i % 3 != 2) {
                builder.productionDate(produced);
            }
            if (spec.expiresIn() != null) {
                builder.expiryDate(DAY.plusDays(spec.expiresIn()));
            }
            if (spec.expiresIn() != null && DAY.plusDays(spec.expiresIn()).isBefore(produced)) {
                builder.productionDate(null).receiptDate(null);
            }
            Lot lot = builder.build();
            lots.add(lot);
            index.registerLot(lot);
            for (int loc = 0; loc < LOCATIONS.length; loc++) {
                if (spec.stock()[loc] > 0) {
                    index.receive(lot.id(), LOCATIONS[loc], BigDecimal.valueOf(spec.stock()[loc]));
                }
            }
        }
        Model model = new Model();
        for (Action action : actions) {
            apply(index, lots, model, action);
            checkStock(index, model);
        }
        assertThat(StockIndex.open(journal).describe()).isEqualTo(index.describe());
    }

    /** What the test remembers: open reservations (with their customer) and the last expiry shipped per customer. */
    static final class Model {
        final List<ReservationId> open = new ArrayList<>();
        final Map<String, LocalDate> lastShipped = new HashMap<>();
    }

    private void apply(StockIndex index, List<Lot> lots, Model model, Action action) {
        switch (action.kind()) {
            case 0, 1, 2, 3, 4 -> allocate(index, model, action);
            case 5 -> {
                if (!model.open.isEmpty()) {
                    index.release(model.open.remove(action.a() % model.open.size()));
                }
            }
            case 6 -> {
                if (!model.open.isEmpty()) {
                    ReservationId id = model.open.get(action.a() % model.open.size());
                    Reservation r = index.reservation(id).orElseThrow();
                    for (AllocationLine line : index.pickAll(id)) {
                        Optional<LocalDate> expiry = index.lot(line.lot()).orElseThrow().expiryDate();
                        if (r.customer().isPresent() && expiry.isPresent()) {
                            model.lastShipped.merge(r.customer().get(), expiry.get(),
                                    (x, y) -> x.isAfter(y) ? x : y);
                        }
                    }
                    model.open.remove(id);
                }
            }
            case 7 -> index.receive(lots.get(action.a() % lots.size()).id(), LOCATIONS[action.b() % 3],
                    BigDecimal.valueOf(1 + action.c() % 10));
            case 8 -> {
                Lot lot = lots.get(action.a() % lots.size());
                LotStatus current = index.lot(lot.id()).orElseThrow().status();
                LotStatus[] targets = current.allowedNext().toArray(new LotStatus[0]);
                if (targets.length > 0) {
                    java.util.Arrays.sort(targets);
                    index.changeStatus(lot.id(), targets[action.b() % targets.length], "test", NOW,
                            action.c() % 2 == 0);
                    model.open.removeIf(id -> index.reservation(id).isEmpty());
                }
            }
            default -> {
                Lot lot = lots.get(action.a() % lots.size());
                StockPosition position = index.position(lot.id(), LOCATIONS[action.b() % 3]);
                long available = position.available().longValue();
                if (available > 0) {
                    index.adjust(lot.id(), position.location(), BigDecimal.valueOf(-(1 + action.c() % available)),
                            "count");
                }
            }
        }
    }

    private void allocate(StockIndex index, Model model, Action action) {
        AllocationRequest request = request(action, model);
        List<StockPosition> before = index.positions(Stock.ITEM);
        AllocationResult plan = index.plan(request);
        AllocationResult explained = index.plan(request.toBuilder().explain().build());
        assertThat(explained.lines()).as("explaining does not change the answer").isEqualTo(plan.lines());
        AllocationResult reserved = index.reserve(request);
        assertThat(reserved.lines()).as("plan and reserve agree").isEqualTo(plan.lines());
        reserved.reservation().ifPresent(model.open::add);
        checkRules(index, request, before, reserved, model);
    }

    private static AllocationRequest request(Action action, Model model) {
        int quantity = 1 + action.a() % 30;
        AllocationRequestBuilder b = AllocationRequest.builder(Stock.ITEM, BigDecimal.valueOf(quantity),
                DAY.plusDays(action.b() % 20));
        int rules = action.c();
        if ((rules & 1) != 0) {
            b.minimumShelfLife(new MinimumShelfLife(action.d() % 40, (rules & 8) != 0 ? action.d() % 60 : 0));
        }
        switch ((rules >> 1) & 3) {
            case 1 -> b.singleLot();
            case 2 -> b.fewestLots();
            case 3 -> b.maxLots(1 + action.d() % 3);
            default -> { }
        }
        if ((rules & 16) != 0) {
            b.allOrNothing();
        }
        if ((rules & 32) != 0) {
            b.customer("C" + action.d() % 2).notOlderThanLastShipped();
        } else if (action.d() % 5 == 0) {
            b.exclude("L" + action.a() % 4);
        } else if (action.d() % 7 == 0) {
            b.lot("L" + action.a() % 4);
        }
        AllocationStrategy[] strategies = {AllocationStrategy.FEFO, AllocationStrategy.FEFO,
            AllocationStrategy.FIFO_BY_RECEIPT, AllocationStrategy.FIFO_BY_PRODUCTION, AllocationStrategy.LIFO};
        b.strategy(strategies[(action.d() / 3) % strategies.length]);
        if (action.kind() == 3) {
            b.locationPreference(LocationPreference.ranked(List.of("PICK-")));
        }
        if (action.kind() == 4 && quantity % 2 == 0) {
            b.packSize(BigDecimal.valueOf(2));
        }
        return b.build();
    }

    private static void checkRules(StockIndex index, AllocationRequest request, List<StockPosition> before,
            AllocationResult result, Model model) {
        BigDecimal total = BigDecimal.ZERO;
        List<String> lotsTaken = new ArrayList<>();
        LocalDate latestTaken = null;
        for (AllocationLine line : result.lines()) {
            Lot lot = index.lot(line.lot()).orElseThrow();
            assertThat(eligible(lot, request, model)).as("line %s is eligible", line).isTrue();
            StockPosition was = before.stream().filter(p -> p.lot().equals(line.lot())
                    && p.location().equals(line.location())).findFirst().orElseThrow();
            assertThat(line.quantity()).isLessThanOrEqualTo(was.available());
            request.packSize().ifPresent(pack ->
                    assertThat(line.quantity().remainder(pack)).isEqualByComparingTo(BigDecimal.ZERO));
            total = total.add(line.quantity());
            if (!lotsTaken.contains(lot.id().lotNumber())) {
                lotsTaken.add(lot.id().lotNumber());
            }
            LocalDate expiry = lot.expiryDate().orElse(LocalDate.MAX);
            latestTaken = latestTaken == null || expiry.isAfter(latestTaken) ? expiry : latestTaken;
        }
        assertThat(total.add(result.shortfall())).isEqualByComparingTo(request.quantity());
        if (!request.partialFill()) {
            assertThat(result.lines().isEmpty() || result.filled()).isTrue();
        }
        if (request.singleLot()) {
            assertThat(lotsTaken).hasSizeLessThanOrEqualTo(1);
        }
        if (request.maxLots() > 0) {
            assertThat(lotsTaken).hasSizeLessThanOrEqualTo(request.maxLots());
        }
        boolean plainFefo = !request.singleLot() && !request.fewestLots() && request.maxLots() == 0
                && request.packSize().isEmpty() && request.partialFill()
                && request.strategy() == AllocationStrategy.FEFO;
        if (plainFefo && latestTaken != null) {
            // No eligible stock left available expires before the latest lot taken.
            for (StockPosition after : index.positions(Stock.ITEM)) {
                Lot lot = index.lot(after.lot()).orElseThrow();
                if (after.available().signum() > 0 && eligible(lot, request, model)) {
                    assertThat(lot.expiryDate().orElse(LocalDate.MAX)).as("FEFO: %s left available", after)
                            .isAfterOrEqualTo(latestTaken);
                }
            }
        }
    }

    /** The rules, judged with lot-core's own methods, independently of the index. */
    private static boolean eligible(Lot lot, AllocationRequest request, Model model) {
        LocalDate day = request.date();
        if (!request.allowedStatuses().contains(lot.status()) || lot.isExpiredOn(day)) {
            return false;
        }
        if (request.requestedLot().isPresent() && !request.requestedLot().get().equals(lot.id().lotNumber())) {
            return false;
        }
        if (request.excludedLots().contains(lot.id().lotNumber())) {
            return false;
        }
        if (lot.expiryDate().isEmpty()) {
            return true;
        }
        MinimumShelfLife minimum = request.minimumShelfLife();
        if (ExpiryRule.remainingDays(lot.expiryDate().get(), day) < minimum.days()) {
            return false;
        }
        if (minimum.percent() > 0) {
            Optional<ShelfLife> shelfLife = lot.shelfLifeOn(day);
            if (shelfLife.isEmpty()
                    || shelfLife.get().remainingPercent().compareTo(BigDecimal.valueOf(minimum.percent())) < 0) {
                return false;
            }
        }
        if (request.notOlderThanLastShipped()) {
            LocalDate last = model.lastShipped.get(request.customer().orElseThrow());
            return last == null || !lot.expiryDate().get().isBefore(last);
        }
        return true;
    }

    private static void checkStock(StockIndex index, Model model) {
        Map<String, BigDecimal> held = new HashMap<>();
        for (ReservationId id : model.open) {
            for (AllocationLine line : index.reservation(id).orElseThrow().lines()) {
                held.merge(line.lot() + "@" + line.location(), line.quantity(), BigDecimal::add);
            }
        }
        for (StockPosition p : index.positions(Stock.ITEM)) {
            assertThat(p.onHand().signum()).as("on hand of %s", p).isGreaterThanOrEqualTo(0);
            assertThat(p.available().signum()).as("available of %s", p).isGreaterThanOrEqualTo(0);
            assertThat(p.reserved()).as("reserved of %s is what open reservations hold", p)
                    .isEqualByComparingTo(held.getOrDefault(p.lot() + "@" + p.location(), BigDecimal.ZERO));
            assertThat(p.reserved().add(p.available())).isEqualByComparingTo(p.onHand());
        }
    }
}
