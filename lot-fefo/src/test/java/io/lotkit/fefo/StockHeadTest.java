package io.lotkit.fefo;

import static io.lotkit.fefo.Stock.DAY;
import static org.assertj.core.api.Assertions.assertThat;

import io.lotkit.core.Lot;
import io.lotkit.core.LotBuilder;
import io.lotkit.core.LotId;
import io.lotkit.core.LotStatus;
import io.lotkit.core.journal.InMemoryJournal;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * The head (see {@link StockHead}) never changes an answer: two indexes fed the same random operations, one
 * answering plain requests from its items' heads and one always taking the full path, give equal results for every
 * plan and reserve (lines, shortfall, reservation id), fail alike, and end in the same state.
 */
class StockHeadTest {

    private static final String[] LOCATIONS = {"PICK-1", "BULK-1", "BULK-2"};
    private static final Instant NOW = Instant.parse("2025-06-01T00:00:00Z");
    private static final AllocationStrategy[] STRATEGIES = {AllocationStrategy.FEFO, AllocationStrategy.FEFO,
        AllocationStrategy.FEFO, AllocationStrategy.FIFO_BY_RECEIPT, AllocationStrategy.LIFO};
    private static final LocationPreference[] PREFERENCES = {LocationPreference.NONE, LocationPreference.NONE,
        LocationPreference.ranked(List.of("PICK-")), LocationPreference.zoneFirst(List.of("BULK-"))};

    /** One operation, its arguments drawn as small numbers and interpreted against the state. */
    record Action(int kind, int a, int b, int c, int d) {
    }

    @Provide
    Arbitrary<Action> actions() {
        return Combinators.combine(Arbitraries.integers().between(0, 15), Arbitraries.integers().between(0, 63),
                Arbitraries.integers().between(0, 63), Arbitraries.integers().between(0, 63),
                Arbitraries.integers().between(0, 63)).as(Action::new);
    }

    /** Two indexes on the same operations: {@code heads} may answer from heads, {@code full} never does. */
    static final class Twin {
        final StockIndex heads = StockIndex.open(InMemoryJournal.create());
        final InMemoryJournal<StockEvent> fullJournal = InMemoryJournal.create();
        final StockIndex full = StockIndex.open(fullJournal).withoutHeads();
        final List<LotId> lots = new ArrayList<>();
        final List<ReservationId> open = new ArrayList<>();

        /** Runs the operation on both, asserts they answer (or fail) alike, and returns the head index's answer. */
        Object both(Function<StockIndex, Object> operation) {
            Object withHeads = outcome(heads, operation);
            Object withoutHeads = outcome(full, operation);
            assertThat(withHeads).isEqualTo(withoutHeads);
            return withHeads;
        }

        private static Object outcome(StockIndex index, Function<StockIndex, Object> operation) {
            try {
                return Objects.requireNonNullElse(operation.apply(index), "done");
            } catch (RuntimeException e) {
                return e.getClass().getSimpleName() + ": " + e.getMessage();
            }
        }

        /** Adds a lot with {@code (received >> location) % 9} units at each location. */
        void addLot(int number, int expiresIn, LotStatus status, int received) {
            LotBuilder builder = Lot.builder(LotId.of(Stock.ITEM, "L" + number)).status(status)
                    .productionDate(DAY.minusDays(100)).receiptDate(DAY.minusDays(number % 7));
            if (expiresIn >= 0) {
                builder.expiryDate(DAY.plusDays(expiresIn));
            }
            Lot lot = builder.build();
            lots.add(lot.id());
            both(index -> {
                index.registerLot(lot);
                return null;
            });
            for (int loc = 0; loc < LOCATIONS.length; loc++) {
                int quantity = (received >> loc) % 9;
                String location = LOCATIONS[loc];
                if (quantity > 0) {
                    both(index -> {
                        index.receive(lot.id(), location, BigDecimal.valueOf(quantity));
                        return null;
                    });
                }
            }
        }
    }

    @Property(tries = 250)
    void headsAnswerAsTheFullPathDoes(
            @ForAll @Size(min = 1, max = 6) List<@IntRange(min = 0, max = 511) Integer> lotSeeds,
            @ForAll @Size(max = 80) List<@From("actions") Action> actions) {
        Twin twin = new Twin();
        for (int seed : lotSeeds) {
            twin.addLot(twin.lots.size(), seed % 40 - 3, seed % 11 == 0 ? LotStatus.ON_HOLD : LotStatus.RELEASED,
                    seed * 37);
        }
        for (Action action : actions) {
            apply(twin, action);
        }
        assertThat(twin.heads.describe()).isEqualTo(twin.full.describe());
        assertThat(StockIndex.open(twin.fullJournal).describe()).isEqualTo(twin.heads.describe());
    }

    private static void apply(Twin twin, Action action) {
        LotId lot = twin.lots.get(action.a() % twin.lots.size());
        String location = LOCATIONS[action.b() % LOCATIONS.length];
        switch (action.kind()) {
            case 0, 1, 2, 3, 4, 5 -> {
                AllocationRequest request = plainRequest(action);
                boolean plan = action.a() % 4 == 0;
                Object result = twin.both(index -> plan ? index.plan(request) : index.reserve(request));
                if (result instanceof AllocationResult r) {
                    r.reservation().ifPresent(twin.open::add);
                }
            }
            case 6 -> {
                AllocationRequest request = otherRequest(action);
                Object result = twin.both(index -> index.reserve(request));
                if (result instanceof AllocationResult r) {
                    r.reservation().ifPresent(twin.open::add);
                }
            }
            case 7 -> {
                if (!twin.open.isEmpty()) {
                    ReservationId id = twin.open.remove(action.a() % twin.open.size());
                    twin.both(index -> {
                        index.release(id);
                        return null;
                    });
                }
            }
            case 8 -> {
                if (!twin.open.isEmpty()) {
                    ReservationId id = twin.open.get(action.a() % twin.open.size());
                    if (action.b() % 2 == 0) {
                        twin.open.remove(id);
                        twin.both(index -> index.pickAll(id));
                    } else {
                        twin.both(index -> {
                            AllocationLine line = index.reservation(id).orElseThrow().lines().get(0);
                            index.pick(id, line.lot(), line.location(), BigDecimal.ONE);
                            return index.reservation(id);
                        });
                        twin.open.removeIf(open -> twin.heads.reservation(open).isEmpty());
                    }
                }
            }
            case 9 -> twin.both(index -> {
                index.receive(lot, location, BigDecimal.valueOf(1 + action.c() % 6));
                return null;
            });
            case 10 -> twin.both(index -> {
                index.adjust(lot, location, BigDecimal.valueOf(action.c() % 2 == 0 ? -(1 + action.d() % 4) : 2),
                        "count");
                return null;
            });
            case 11 -> twin.both(index -> {
                index.move(lot, location, LOCATIONS[(action.b() + 1) % LOCATIONS.length],
                        BigDecimal.valueOf(1 + action.c() % 3));
                return null;
            });
            case 12 -> {
                twin.both(index -> {
                    LotStatus current = index.lot(lot).orElseThrow().status();
                    LotStatus to = current == LotStatus.RELEASED ? LotStatus.ON_HOLD : LotStatus.RELEASED;
                    return index.changeStatus(lot, to, "test", NOW, action.c() % 2 == 0);
                });
                twin.open.removeIf(open -> twin.heads.reservation(open).isEmpty());
            }
            case 13 -> twin.both(index -> {
                index.setRemovalTime(Stock.ITEM, action.c() % 4 == 0 ? 0 : action.c() % 12);
                return null;
            });
            default -> twin.addLot(twin.lots.size(), action.c() % 40 - 3, LotStatus.RELEASED, action.d() * 41);
        }
    }

    /** Plain rules: any strategy, preference, date, minimum days, customer, lot limit or all-or-nothing. */
    private static AllocationRequest plainRequest(Action action) {
        AllocationRequestBuilder b = AllocationRequest.builder(Stock.ITEM, BigDecimal.valueOf(1 + action.b() % 7),
                DAY.plusDays(action.c() % 3));
        b.strategy(STRATEGIES[action.d() % STRATEGIES.length]);
        b.locationPreference(PREFERENCES[(action.d() / 5) % PREFERENCES.length]);
        if (action.c() % 5 == 1) {
            b.minimumShelfLife(MinimumShelfLife.days(action.d() % 30));
        }
        if (action.c() % 7 == 2) {
            b.customer("C" + action.d() % 2);
        }
        if (action.d() % 9 == 3) {
            b.maxLots(1);
        }
        if (action.d() % 11 == 4) {
            b.allOrNothing();
        }
        return b.build();
    }

    /** Rules the head does not answer for. */
    private static AllocationRequest otherRequest(Action action) {
        AllocationRequestBuilder b = AllocationRequest.builder(Stock.ITEM, BigDecimal.valueOf(2 + 2 * (action.b() % 4)),
                DAY.plusDays(action.c() % 3));
        switch (action.d() % 7) {
            case 0 -> b.singleLot();
            case 1 -> b.fewestLots();
            case 2 -> b.packSize(BigDecimal.valueOf(2));
            case 3 -> b.exclude("L" + action.a() % 3);
            case 4 -> b.lot("L" + action.a() % 3);
            case 5 -> b.customer("C" + action.a() % 2).notOlderThanLastShipped();
            default -> b.allowedStatuses(java.util.EnumSet.of(LotStatus.RELEASED, LotStatus.ON_HOLD));
        }
        return b.build();
    }

    @Example
    void aSmallLineIsAnsweredFromTheHeadUntilTheHeadSlotRunsOut() {
        Twin twin = new Twin();
        twin.addLot(0, 10, LotStatus.RELEASED, 5); // 2 at BULK-1, 1 at BULK-2, 5 at PICK-1
        twin.addLot(1, 20, LotStatus.RELEASED, 1); // 1 at PICK-1
        for (int i = 0; i < 9; i++) {
            AllocationResult result = (AllocationResult) twin.both(index -> index.reserve(Stock.request(1).build()));
            assertThat(result.filled()).isTrue();
        }
        assertThat(twin.heads.positions(Stock.ITEM)).allMatch(p -> p.available().signum() == 0);
        assertThat(twin.both(index -> index.reserve(Stock.request(1).build()))).extracting("lines").asList()
                .isEmpty();
    }

    @Example
    void aReleasedSlotBeforeTheHeadTakesOverFromIt() {
        Twin twin = new Twin();
        twin.addLot(0, 10, LotStatus.RELEASED, 2); // 1 at BULK-1, 2 at PICK-1
        twin.addLot(1, 20, LotStatus.RELEASED, 8); // 4 at BULK-1, 2 at BULK-2, 8 at PICK-1
        AllocationResult first = (AllocationResult) twin.both(index -> index.reserve(Stock.request(3).build()));
        AllocationResult second = (AllocationResult) twin.both(index -> index.reserve(Stock.request(1).build()));
        assertThat(second.lines().get(0).lot()).isEqualTo(twin.lots.get(1)); // the head is now L1 at BULK-1
        twin.both(index -> {
            index.release(first.reservation().orElseThrow());
            return null;
        });
        AllocationResult again = (AllocationResult) twin.both(index -> index.plan(Stock.request(1).build()));
        assertThat(again.lines().get(0).lot()).isEqualTo(twin.lots.get(0));
    }
}
