package io.lotkit.fefo;

import static io.lotkit.fefo.Stock.DAY;
import static io.lotkit.fefo.Stock.id;
import static io.lotkit.fefo.Stock.qty;
import static io.lotkit.fefo.Stock.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lotkit.core.Lot;
import io.lotkit.core.LotStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class AllocationRulesTest {

    private static final Instant NOW = Instant.parse("2025-06-01T08:00:00Z");

    private static List<String> lots(AllocationResult result) {
        return result.lines().stream().map(l -> l.lot().lotNumber() + "@" + l.location() + "="
                + l.quantity().stripTrailingZeros().toPlainString()).toList();
    }

    private static Map<String, SkipReason> reasons(AllocationResult result) {
        return result.explanation().orElseThrow().considered().stream().filter(Consideration::skipped)
                .collect(Collectors.toMap(c -> c.lot().lotNumber() + "@" + c.location(), c -> c.reason().get(),
                        (a, b) -> a));
    }

    @Test
    void fefoTakesEarliestExpiryFirstAndSplitsWhenOneLotCannotCover() {
        Stock s = new Stock().lot("L2", 20, "B", 5).lot("L1", 10, "B", 3).lot("L3", 30, "B", 50);
        assertThat(lots(s.index.plan(request(7).build()))).containsExactly("L1@B=3", "L2@B=4");
    }

    @Test
    void expiryIsJudgedOnTheDateThatCountsNotToday() {
        Stock s = new Stock().lot("SOON", 5, "B", 10).lot("LATER", 60, "B", 10);
        AllocationRequest shipsInTenDays =
                AllocationRequest.builder(Stock.ITEM, qty(4), DAY.plusDays(10)).explain().build();
        AllocationResult result = s.index.plan(shipsInTenDays);
        assertThat(lots(result)).containsExactly("LATER@B=4");
        assertThat(reasons(result)).containsEntry("SOON@B", SkipReason.EXPIRED);
    }

    @Test
    void aLotIsUsableOnItsExpiryDateByTheCoreRule() {
        Stock s = new Stock().lot("EDGE", 0, "B", 10);
        assertThat(lots(s.index.plan(request(1).build()))).containsExactly("EDGE@B=1");
    }

    @Test
    void lotWithOnlyAnExpiryDateIsOrderedByIt() {
        Lot onlyExpiry = Lot.builder(id("ONLY-EXP")).status(LotStatus.RELEASED).expiryDate(DAY.plusDays(3)).build();
        Lot full = Lot.builder(id("FULL")).status(LotStatus.RELEASED).productionDate(DAY.minusDays(9))
                .receiptDate(DAY.minusDays(9)).expiryDate(DAY.plusDays(30)).build();
        Stock s = new Stock().lot(full, "B", 5).lot(onlyExpiry, "B", 5);
        assertThat(lots(s.index.plan(request(2).build()))).containsExactly("ONLY-EXP@B=2");
    }

    @Test
    void lotsThatNeverExpireComeLast() {
        Lot forever = Lot.builder(id("FOREVER")).status(LotStatus.RELEASED).build();
        Stock s = new Stock().lot(forever, "B", 5).lot("DATED", 300, "B", 5);
        assertThat(lots(s.index.plan(request(7).build()))).containsExactly("DATED@B=5", "FOREVER@B=2");
    }

    @Test
    void onlyReleasedLotsByDefaultAndOtherStatusesOnRequest() {
        Lot quarantined = Lot.builder(id("Q")).status(LotStatus.QUARANTINE).expiryDate(DAY.plusDays(1)).build();
        Stock s = new Stock().lot(quarantined, "B", 5).lot("R", 50, "B", 5);
        AllocationResult byDefault = s.index.plan(request(2).explain().build());
        assertThat(lots(byDefault)).containsExactly("R@B=2");
        assertThat(reasons(byDefault)).containsEntry("Q@B", SkipReason.STATUS);
        AllocationResult widened = s.index.plan(
                request(2).allowedStatuses(EnumSet.of(LotStatus.RELEASED, LotStatus.QUARANTINE)).build());
        assertThat(lots(widened)).containsExactly("Q@B=2");
    }

    @Test
    void aLotHeldAfterItsItemWasAllocatedFromIsSkippedUntilReleasedAgain() {
        Stock s = new Stock().lot("EARLY", 10, "B", 5).lot("LATE", 20, "B", 5);
        s.index.receive(id("EARLY"), "C", qty(5));
        assertThat(lots(s.index.plan(request(3).build()))).containsExactly("EARLY@B=3");

        s.index.changeStatus(id("EARLY"), LotStatus.ON_HOLD, "complaint", NOW, false);
        assertThat(lots(s.index.plan(request(3).build()))).containsExactly("LATE@B=3");
        assertThat(lots(s.index.plan(request(3).allowedStatuses(EnumSet.of(LotStatus.ON_HOLD)).build())))
                .containsExactly("EARLY@B=3");

        s.index.changeStatus(id("EARLY"), LotStatus.RELEASED, "cleared", NOW, false);
        assertThat(lots(s.index.reserve(request(8).build()))).containsExactly("EARLY@B=5", "EARLY@C=3");
        assertThat(lots(s.index.plan(request(3).build()))).containsExactly("EARLY@C=2", "LATE@B=1");
    }

    @Test
    void removalTimeStopsALotBeforeItExpires() {
        Stock s = new Stock().lot("NEAR", 5, "B", 5).lot("FAR", 50, "B", 5);
        s.index.setRemovalTime(Stock.ITEM, 7);
        AllocationResult result = s.index.plan(request(1).explain().build());
        assertThat(lots(result)).containsExactly("FAR@B=1");
        assertThat(reasons(result)).containsEntry("NEAR@B", SkipReason.PAST_REMOVAL_DATE);
    }

    @Test
    void minimumShelfLifeInDays() {
        Stock s = new Stock().lot("D29", 29, "B", 5).lot("D30", 30, "B", 5);
        AllocationResult result = s.index.plan(request(1).minimumShelfLife(MinimumShelfLife.days(30)).explain().build());
        assertThat(lots(result)).containsExactly("D30@B=1");
        assertThat(reasons(result)).containsEntry("D29@B", SkipReason.SHELF_LIFE_TOO_SHORT);
    }

    @Test
    void minimumShelfLifeAsPercentUsesTheCoreShelfLife() {
        // Produced 100 days before DAY: 10 days left of 110 is ~9.9 %, 200 days left of 300 is ~66 %.
        Stock s = new Stock().lot("SHORT", 10, "B", 5).lot("LONG", 200, "B", 5);
        Lot undated = Lot.builder(id("UNDATED")).status(LotStatus.RELEASED).expiryDate(DAY.plusDays(100)).build();
        s.lot(undated, "B", 5);
        AllocationResult result = s.index.plan(request(1).minimumShelfLife(MinimumShelfLife.percent(50)).explain().build());
        assertThat(lots(result)).containsExactly("LONG@B=1");
        assertThat(reasons(result)).containsEntry("SHORT@B", SkipReason.SHELF_LIFE_TOO_SHORT)
                .containsEntry("UNDATED@B", SkipReason.SHELF_LIFE_UNKNOWN);
    }

    @Test
    void noLotOlderThanTheLastShippedToTheCustomer() {
        Stock s = new Stock().lot("OLD", 10, "B", 10).lot("NEW", 40, "B", 10).lot("NEWER", 50, "B", 10);
        AllocationResult first = s.index.reserve(request(12).customer("C1").build());
        s.index.pickAll(first.reservation().orElseThrow());
        // Shipped OLD (all 10) and NEW (2): the customer must now get nothing expiring before NEW.
        s.index.adjust(id("OLD"), "B", qty(4), "found in count");
        AllocationResult next = s.index.plan(request(5).customer("C1").notOlderThanLastShipped().explain().build());
        assertThat(lots(next)).containsExactly("NEW@B=5");
        assertThat(reasons(next)).containsEntry("OLD@B", SkipReason.OLDER_THAN_LAST_SHIPPED);
        AllocationResult otherCustomer = s.index.plan(request(5).customer("C2").notOlderThanLastShipped().build());
        assertThat(lots(otherCustomer)).containsExactly("OLD@B=4", "NEW@B=1");
    }

    @Test
    void singleLotTakesTheFirstLotThatCoversTheLine() {
        Stock s = new Stock().lot("A1", 10, "B", 3).lot("A2", 20, "B", 8).lot("A3", 30, "B", 20);
        AllocationResult result = s.index.plan(request(6).singleLot().explain().build());
        assertThat(lots(result)).containsExactly("A2@B=6");
        assertThat(reasons(result)).containsEntry("A1@B", SkipReason.LOT_COUNT_RULE)
                .containsEntry("A3@B", SkipReason.LOT_COUNT_RULE);
    }

    @Test
    void singleLotAcrossLocationsOfThatLot() {
        Stock s = new Stock().lot("A1", 10, "B", 3).lot("A2", 20, "B", 4);
        s.index.receive(id("A2"), "C", qty(4));
        assertThat(lots(s.index.plan(request(6).singleLot().build()))).containsExactly("A2@B=4", "A2@C=2");
    }

    @Test
    void singleLotWithPartialFillTakesTheLargestLotAndAllOrNothingTakesNone() {
        Stock s = new Stock().lot("A1", 10, "B", 3).lot("A2", 20, "B", 5);
        AllocationResult partial = s.index.plan(request(9).singleLot().build());
        assertThat(lots(partial)).containsExactly("A2@B=5");
        assertThat(partial.shortfall()).isEqualByComparingTo("4");
        AllocationResult none = s.index.plan(request(9).singleLot().allOrNothing().build());
        assertThat(none.lines()).isEmpty();
        assertThat(none.shortfall()).isEqualByComparingTo("9");
    }

    @Test
    void atMostNLots() {
        Stock s = new Stock().lot("A1", 10, "B", 2).lot("A2", 20, "B", 2).lot("A3", 30, "B", 2);
        AllocationResult result = s.index.plan(request(6).maxLots(2).explain().build());
        assertThat(lots(result)).containsExactly("A1@B=2", "A2@B=2");
        assertThat(result.shortfall()).isEqualByComparingTo("2");
        assertThat(reasons(result)).containsEntry("A3@B", SkipReason.MAX_LOTS_REACHED);
    }

    @Test
    void fewestLotsPrefersTheOldestLotThatAloneFillsElseTheLargest() {
        Stock s = new Stock().lot("A1", 10, "B", 2).lot("A2", 20, "B", 9).lot("A3", 30, "B", 6).lot("A4", 40, "B", 5);
        assertThat(lots(s.index.plan(request(5).fewestLots().build()))).containsExactly("A2@B=5");
        // No lot holds 12: the two largest (9 and 6) do, taken in FEFO order.
        assertThat(lots(s.index.plan(request(12).fewestLots().build()))).containsExactly("A2@B=9", "A3@B=3");
    }

    @Test
    void requestedAndExcludedLots() {
        Stock s = new Stock().lot("A1", 10, "B", 5).lot("A2", 20, "B", 5).lot("A3", 30, "B", 5);
        AllocationResult requested = s.index.plan(request(3).lot("A3").explain().build());
        assertThat(lots(requested)).containsExactly("A3@B=3");
        assertThat(reasons(requested)).containsEntry("A1@B", SkipReason.NOT_REQUESTED_LOT);
        AllocationResult excluded = s.index.plan(request(7).exclude("A1").explain().build());
        assertThat(lots(excluded)).containsExactly("A2@B=5", "A3@B=2");
        assertThat(reasons(excluded)).containsEntry("A1@B", SkipReason.EXCLUDED);
        AllocationResult unknown = s.index.plan(request(3).lot("NOPE").build());
        assertThat(unknown.lines()).isEmpty();
    }

    @Test
    void packSizeMultiples() {
        Stock s = new Stock().lot("A1", 10, "B", 7).lot("A2", 20, "B", 3).lot("A3", 30, "B", 12);
        AllocationResult result = s.index.plan(request(15).packSize(qty(5)).explain().build());
        assertThat(lots(result)).containsExactly("A1@B=5", "A3@B=10");
        assertThat(reasons(result)).containsEntry("A2@B", SkipReason.BELOW_PACK_SIZE);
        assertThatThrownBy(() -> request(7).packSize(qty(5)).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("multiple of pack size");
    }

    @Test
    void allOrNothingExplainsWhyEligibleLotsWereNotTaken() {
        Stock s = new Stock().lot("A1", 10, "B", 2);
        AllocationResult result = s.index.reserve(request(5).allOrNothing().explain().build());
        assertThat(result.lines()).isEmpty();
        assertThat(result.reservation()).isEmpty();
        assertThat(reasons(result)).containsEntry("A1@B", SkipReason.LINE_NOT_FILLABLE);
        assertThat(s.index.position(id("A1"), "B").reserved()).isZero();
    }

    @Test
    void locationPreferenceWithinTheStrategyAndZoneFirst() {
        Stock s = new Stock().lot("A1", 10, "BULK-1", 5).lot("A2", 20, "PICK-1", 5);
        s.index.receive(id("A1"), "PICK-2", qty(5));
        LocationPreference pickFaces = LocationPreference.ranked(List.of("PICK-", "BULK-"));
        assertThat(lots(s.index.plan(request(7).locationPreference(pickFaces).build())))
                .containsExactly("A1@PICK-2=5", "A1@BULK-1=2");
        LocationPreference zoneFirst = LocationPreference.zoneFirst(List.of("PICK-", "BULK-"));
        assertThat(lots(s.index.plan(request(7).locationPreference(zoneFirst).build())))
                .containsExactly("A1@PICK-2=5", "A2@PICK-1=2");
    }

    @Test
    void fifoLifoAndCustomStrategiesWithStableTieBreaks() {
        Stock s = new Stock();
        s.lot(Lot.builder(id("P-OLD")).status(LotStatus.RELEASED).productionDate(DAY.minusDays(50))
                .receiptDate(DAY.minusDays(5)).expiryDate(DAY.plusDays(90)).build(), "B", 5);
        s.lot(Lot.builder(id("P-NEW")).status(LotStatus.RELEASED).productionDate(DAY.minusDays(30))
                .receiptDate(DAY.minusDays(20)).expiryDate(DAY.plusDays(30)).build(), "B", 5);
        s.lot(Lot.builder(id("P-TIE")).status(LotStatus.RELEASED).productionDate(DAY.minusDays(30))
                .receiptDate(DAY.minusDays(20)).expiryDate(DAY.plusDays(60)).build(), "B", 5);
        assertThat(first(s, AllocationStrategy.FEFO)).isEqualTo("P-NEW");
        assertThat(first(s, AllocationStrategy.FIFO_BY_PRODUCTION)).isEqualTo("P-OLD");
        // P-NEW and P-TIE were received the same day: the lot number breaks the tie.
        assertThat(first(s, AllocationStrategy.FIFO_BY_RECEIPT)).isEqualTo("P-NEW");
        assertThat(first(s, AllocationStrategy.LIFO)).isEqualTo("P-OLD");
        AllocationStrategy byNumberDescending = AllocationStrategy.custom("by number, descending",
                Comparator.comparing((Lot lot) -> lot.id().lotNumber()).reversed());
        assertThat(first(s, byNumberDescending)).isEqualTo("P-TIE");
    }

    private static String first(Stock s, AllocationStrategy strategy) {
        return s.index.plan(request(1).strategy(strategy).build()).lines().get(0).lot().lotNumber();
    }

    @Test
    void explanationListsEveryLotAndLocationInStrategyOrder() {
        Stock s = new Stock().lot("A1", -1, "B", 5).lot("A2", 20, "B", 5).lot("A3", 30, "B", 5);
        s.index.changeStatus(id("A3"), LotStatus.ON_HOLD, "complaint", NOW, false);
        AllocationResult result = s.index.plan(request(2).explain().build());
        List<Consideration> considered = result.explanation().orElseThrow().considered();
        assertThat(considered).extracting(c -> c.lot().lotNumber()).containsExactly("A1", "A2", "A3");
        assertThat(considered).extracting(Consideration::reason).containsExactly(
                Optional.of(SkipReason.EXPIRED), Optional.empty(), Optional.of(SkipReason.STATUS));
        assertThat(considered.get(1).allocated()).isEqualByComparingTo("2");
    }

    @Test
    void unknownItemIsAShortfallNotAnError() {
        AllocationResult result = new Stock().index.plan(AllocationRequest.builder("NONE", qty(3), DAY).build());
        assertThat(result.lines()).isEmpty();
        assertThat(result.shortfall()).isEqualByComparingTo("3");
    }

    @Test
    void quantitiesFinerThanTheScaleAreRefusedNotRounded() {
        Stock s = new Stock().lot("A1", 10, "B", 5);
        assertThatThrownBy(() -> s.index.plan(request(1).build().withQuantity(new BigDecimal("0.0001"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("more than 3 decimal places");
        assertThat(lots(s.index.plan(request(1).build().withQuantity(new BigDecimal("0.125")))))
                .containsExactly("A1@B=0.125");
    }

    @Test
    void builderFailsFastOnContradictions() {
        assertThatThrownBy(() -> request(1).singleLot().maxLots(2).build()).hasMessageContaining("at most one");
        assertThatThrownBy(() -> request(1).notOlderThanLastShipped().build()).hasMessageContaining("customer");
        assertThatThrownBy(() -> request(1).lot("X").exclude("X").build()).hasMessageContaining("both");
        assertThatThrownBy(() -> AllocationRequest.builder(null, qty(1), DAY)).hasMessageContaining("item");
        assertThatThrownBy(() -> AllocationRequest.builder("A", qty(0), DAY)).hasMessageContaining("positive");
        assertThatThrownBy(() -> AllocationRequest.builder("A", qty(1), null)).hasMessageContaining("date");
        assertThatThrownBy(() -> request(1).maxLots(0)).hasMessageContaining("at least 1");
    }
}
