package io.lotkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LotTest {

    private static final LotId ID = LotId.of("4012345000009", "L-0042");
    private static final LocalDate JAN_15 = LocalDate.of(2024, 1, 15);

    @Test
    void theSameLotNumberForTwoItemsIsTwoLots() {
        Lot a = Lot.of(LotId.of("ITEM-A", "L1"));
        Lot b = Lot.of(LotId.of("ITEM-B", "L1"));
        assertThat(a).isNotEqualTo(b);
        assertThat(a.id().compareTo(b.id())).isNegative();
    }

    @Test
    void aNewLotIsQuarantinedWithNothingElse() {
        Lot lot = Lot.of(ID);
        assertThat(lot.status()).isEqualTo(LotStatus.QUARANTINE);
        assertThat(lot.productionDate()).isEmpty();
        assertThat(lot.expiryDate()).isEmpty();
        assertThat(lot.bestBeforeDate()).isEmpty();
        assertThat(lot.receiptDate()).isEmpty();
        assertThat(lot.origin()).isEmpty();
        assertThat(lot.attributes()).isEmpty();
        assertThat(lot).hasToString("Lot[4012345000009/L-0042 QUARANTINE]");
    }

    @Test
    void withersReturnChangedCopiesAndLeaveTheOriginalAlone() {
        Lot lot = Lot.of(ID);
        Lot changed = lot.withProductionDate(JAN_15).withExpiryDate(JAN_15.plusDays(365))
                .withBestBeforeDate(JAN_15.plusDays(300)).withReceiptDate(JAN_15.plusDays(3))
                .withOrigin(LotOrigin.of("ACME", " 0042/a "));

        assertThat(lot).isEqualTo(Lot.of(ID));
        assertThat(changed.productionDate()).contains(JAN_15);
        assertThat(changed.expiryDate()).contains(LocalDate.of(2025, 1, 14));
        assertThat(changed.origin().orElseThrow().supplierLotNumber()).isEqualTo(" 0042/a ");
        assertThat(changed.toBuilder().build()).isEqualTo(changed).hasSameHashCodeAs(changed);
        assertThat(changed.toBuilder().expiryDate(null).build().expiryDate()).isEmpty();
    }

    @Test
    void attributesKeepTheirOrderAndCannotBeChangedFromOutside() {
        Lot lot = Lot.of(ID).withAttribute("zeta", "1").withAttribute("alpha", "2").withAttribute("mid", "");
        assertThat(lot.attributes().keySet()).containsExactly("zeta", "alpha", "mid");
        assertThat(lot.withAttribute("zeta", "9").attributes().keySet()).containsExactly("zeta", "alpha", "mid");
        assertThat(lot.withoutAttribute("alpha").attributes()).containsExactly(Map.entry("zeta", "1"),
                Map.entry("mid", ""));
        assertThat(lot.withoutAttribute("absent")).isSameAs(lot);
        assertThatThrownBy(() -> lot.attributes().put("x", "y")).isInstanceOf(UnsupportedOperationException.class);

        Map<String, String> source = new LinkedHashMap<>(Map.of("k", "v"));
        Lot copied = Lot.builder(ID).attributes(source).build();
        source.put("k2", "v2");
        assertThat(copied.attributes()).containsOnlyKeys("k");
    }

    @Test
    void invalidAttributesAreRefusedWithoutHalfApplying() {
        Map<String, String> bad = new LinkedHashMap<>();
        bad.put("ok", "1");
        bad.put("", "2");
        LotBuilder builder = Lot.builder(ID).attribute("kept", "yes");
        assertThatThrownBy(() -> builder.attributes(bad)).hasMessage("attribute key must not be empty");
        assertThat(builder.build().attributes()).containsExactly(Map.entry("kept", "yes"));
        assertThatThrownBy(() -> Lot.of(ID).withAttribute("k", null))
                .hasMessage("value of attribute \"k\" must not be null");
    }

    @Test
    void contradictoryDatesAreRefusedNamingTheFields() {
        Lot produced = Lot.of(ID).withProductionDate(JAN_15);
        assertThatThrownBy(() -> produced.withExpiryDate(JAN_15.minusDays(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("lot 4012345000009/L-0042: expiryDate 2024-01-14 is before productionDate 2024-01-15");
        assertThatThrownBy(() -> produced.withBestBeforeDate(JAN_15.minusDays(1)))
                .hasMessageContaining("bestBeforeDate 2024-01-14 is before productionDate");
        assertThatThrownBy(() -> produced.withReceiptDate(JAN_15.minusDays(1)))
                .hasMessageContaining("receiptDate 2024-01-14 is before productionDate");
        assertThatThrownBy(() -> Lot.of(ID).withBestBeforeDate(JAN_15).withExpiryDate(JAN_15.minusDays(1)))
                .hasMessageContaining("expiryDate 2024-01-14 is before bestBeforeDate 2024-01-15");
        assertThat(produced.withExpiryDate(JAN_15).expiryDate()).contains(JAN_15);
        assertThat(Lot.of(ID).withExpiryDate(JAN_15).withReceiptDate(JAN_15.plusDays(9)).receiptDate()).isPresent();
    }

    @Test
    void nullsAreRefusedByName() {
        assertThatThrownBy(() -> Lot.of(null)).hasMessage("id must not be null");
        assertThatThrownBy(() -> Lot.of(ID).withExpiryDate(null)).hasMessage("expiryDate must not be null");
        assertThatThrownBy(() -> Lot.of(ID).withOrigin(null)).hasMessage("origin must not be null");
        assertThatThrownBy(() -> Lot.builder(ID).status(null)).hasMessage("status must not be null");
        assertThatThrownBy(() -> LotOrigin.of("ACME", "")).hasMessage("supplierLotNumber must not be empty");
        assertThatThrownBy(() -> LotId.of("A", "L\n1"))
                .hasMessage("lotNumber contains a control character (U+000A) at index 1");
    }

    @Test
    void onlyAReleasedUnexpiredLotIsAllocatable() {
        Lot quarantined = Lot.of(ID).withExpiryDate(JAN_15);
        Lot released = quarantined.changeStatus(LotStatus.RELEASED, "QC passed", java.time.Instant.EPOCH).lot();
        assertThat(quarantined.isAllocatableOn(JAN_15)).isFalse();
        assertThat(released.isAllocatableOn(JAN_15)).isTrue();
        assertThat(released.isAllocatableOn(JAN_15.plusDays(1))).isFalse();
    }
}
