package io.lotkit.core;

import static io.lotkit.core.LotStatus.CONSUMED;
import static io.lotkit.core.LotStatus.EXPIRED;
import static io.lotkit.core.LotStatus.ON_HOLD;
import static io.lotkit.core.LotStatus.QUARANTINE;
import static io.lotkit.core.LotStatus.RECALLED;
import static io.lotkit.core.LotStatus.REJECTED;
import static io.lotkit.core.LotStatus.RELEASED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class LotStatusTest {

    /** The table as documented in LotStatus's Javadoc, written out independently of the implementation. */
    private static final Map<LotStatus, Set<LotStatus>> DOCUMENTED = Map.of(
            QUARANTINE, Set.of(RELEASED, ON_HOLD, REJECTED, RECALLED, EXPIRED),
            RELEASED, Set.of(ON_HOLD, RECALLED, EXPIRED, CONSUMED),
            ON_HOLD, Set.of(RELEASED, QUARANTINE, REJECTED, RECALLED, EXPIRED),
            EXPIRED, Set.of(QUARANTINE, REJECTED, RECALLED),
            REJECTED, Set.of(),
            RECALLED, Set.of(),
            CONSUMED, Set.of());

    private static final LotId LOT = LotId.of("4012345000009", "L-0042");
    private static final Instant AT = Instant.parse("2024-03-01T08:30:00Z");

    @Property(generation = GenerationMode.EXHAUSTIVE)
    void everyPairFollowsTheDocumentedTable(@ForAll LotStatus from, @ForAll LotStatus to) {
        Lot lot = Lot.builder(LOT).status(from).build();
        boolean legal = DOCUMENTED.get(from).contains(to);

        assertThat(from.canMoveTo(to)).isEqualTo(legal);
        if (legal) {
            StatusChangeResult result = lot.changeStatus(to, "quality decision", AT);
            assertThat(result.lot().status()).isEqualTo(to);
            assertThat(result.change()).isEqualTo(new StatusChange(LOT, from, to, "quality decision", AT));
            assertThat(lot.apply(result.change())).isEqualTo(result.lot());
        } else {
            assertThatThrownBy(() -> lot.changeStatus(to, "quality decision", AT))
                    .isInstanceOfSatisfying(IllegalStatusTransitionException.class, e -> {
                        assertThat(e.lotId()).isEqualTo(LOT);
                        assertThat(e.from()).isEqualTo(from);
                        assertThat(e.to()).isEqualTo(to);
                        assertThat(e).hasMessageContaining(LOT.toString()).hasMessageContaining(from + " to " + to);
                    });
            assertThatThrownBy(() -> new StatusChange(LOT, from, to, "replayed", AT))
                    .isInstanceOf(IllegalStatusTransitionException.class);
        }
    }

    @Test
    void allowedNextIsTheDocumentedTableAndTerminalMeansNoWayOut() {
        for (LotStatus status : LotStatus.values()) {
            assertThat(status.allowedNext()).isEqualTo(DOCUMENTED.get(status));
            assertThat(status.isTerminal()).isEqualTo(DOCUMENTED.get(status).isEmpty());
        }
        assertThat(Set.of(LotStatus.values())).filteredOn(LotStatus::isTerminal)
                .containsExactlyInAnyOrder(REJECTED, RECALLED, CONSUMED);
    }

    @Test
    void onlyReleasedIsAllocatable() {
        assertThat(Set.of(LotStatus.values())).filteredOn(LotStatus::isAllocatable).containsExactly(RELEASED);
    }

    @Test
    void blankOrMissingReasonIsRefusedAndTheLotIsUnchanged() {
        Lot lot = Lot.of(LOT);
        assertThatThrownBy(() -> lot.changeStatus(RELEASED, "  \t", AT))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("reason must not be blank");
        assertThatThrownBy(() -> lot.changeStatus(RELEASED, null, AT))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("reason must not be null");
        assertThatThrownBy(() -> lot.changeStatus(null, "ok", AT))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("to must not be null");
        assertThatThrownBy(() -> lot.changeStatus(RELEASED, "ok", null))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("at must not be null");
        assertThat(lot.status()).isEqualTo(QUARANTINE);
    }

    @Test
    void applyRefusesAnEventForAnotherLotOrFromAnotherStatus() {
        Lot lot = Lot.of(LOT);
        StatusChange otherLot = new StatusChange(LotId.of("4012345000009", "L-0043"), QUARANTINE, RELEASED, "QC", AT);
        StatusChange fromReleased = new StatusChange(LOT, RELEASED, ON_HOLD, "complaint", AT);

        assertThatThrownBy(() -> lot.apply(otherLot)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("L-0043").hasMessageContaining("L-0042");
        assertThatThrownBy(() -> lot.apply(fromReleased)).isInstanceOf(IllegalStatusTransitionException.class)
                .hasMessageContaining("is QUARANTINE").hasMessageContaining("starts from RELEASED");
    }

    @Test
    void aLotCanGoOnHoldAndBackAndTheEventsReplayToTheSameLot() {
        Lot received = Lot.of(LOT);
        StatusChangeResult released = received.changeStatus(RELEASED, "QC passed", AT);
        StatusChangeResult held = released.lot().changeStatus(ON_HOLD, "customer complaint", AT.plusSeconds(60));
        StatusChangeResult again = held.lot().changeStatus(RELEASED, "complaint unfounded", AT.plusSeconds(120));

        Lot replayed = received.apply(released.change()).apply(held.change()).apply(again.change());
        assertThat(replayed).isEqualTo(again.lot());
        assertThat(again.change().reason()).isEqualTo("complaint unfounded");
        assertThat(again.change().at()).isEqualTo(AT.plusSeconds(120));
    }
}
