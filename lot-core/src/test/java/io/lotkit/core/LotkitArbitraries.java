package io.lotkit.core;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** jqwik generators for the domain types, shared by the core and JSON tests. */
public final class LotkitArbitraries {

    private LotkitArbitraries() {
    }

    /** Codes of a few units, including lower case and punctuation, never whitespace. */
    public static Arbitrary<UnitOfMeasure> units() {
        return Arbitraries.of("KG", "EA", "L", "kg", "m²", "PCE/12").map(UnitOfMeasure::of);
    }

    /** Non-negative amounts with 0 to 6 fraction digits (trailing zeros included), up to about 10^12. */
    public static Arbitrary<BigDecimal> amounts() {
        return Arbitraries.integers().between(0, 6).flatMap(scale ->
                Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("1000000000000")).ofScale(scale));
    }

    /** Quantities in one unit. */
    public static Arbitrary<Quantity> quantities(UnitOfMeasure unit) {
        return amounts().map(amount -> Quantity.of(amount, unit));
    }

    /** Quantities in any unit. */
    public static Arbitrary<Quantity> quantities() {
        return Combinators.combine(amounts(), units()).as(Quantity::of);
    }

    /** Texts with letters, digits, spaces and punctuation, kept exactly (leading zeros and spaces included). */
    public static Arbitrary<String> identifiers() {
        return Arbitraries.strings().withChars("0123456789ABCxyz -/.é\"\\").ofMinLength(1).ofMaxLength(12);
    }

    /** Lot identities. */
    public static Arbitrary<LotId> lotIds() {
        return Combinators.combine(identifiers(), identifiers()).as(LotId::of);
    }

    /** Dates between 1999 and 2040, leap days included. */
    public static Arbitrary<LocalDate> dates() {
        return Arbitraries.longs().between(LocalDate.of(1999, 1, 1).toEpochDay(), LocalDate.of(2040, 12, 31).toEpochDay())
                .map(LocalDate::ofEpochDay);
    }

    /** Instants with nanosecond precision between 1999 and 2040. */
    public static Arbitrary<Instant> instants() {
        return Combinators.combine(
                        Arbitraries.longs().between(915_148_800L, 2_240_000_000L),
                        Arbitraries.integers().between(0, 999_999_999))
                .as(Instant::ofEpochSecond);
    }

    /**
     * Consistent lots: every optional part present or not, dates drawn as offsets from a production date so that
     * they are always consistent, any status, and a few attributes.
     */
    public static Arbitrary<Lot> lots() {
        Arbitrary<LotBuilder> withDates = Combinators.combine(
                        lotIds(), Arbitraries.of(LotStatus.class), dates(),
                        Arbitraries.integers().between(0, 2000), Arbitraries.integers().between(0, 2000),
                        Arbitraries.integers().between(0, 60), Arbitraries.integers().between(0, 15))
                .as((id, status, production, shelfDays, bestBeforeDays, receiptDays, presence) -> {
                    LocalDate expiry = production.plusDays(shelfDays);
                    return Lot.builder(id).status(status)
                            .productionDate((presence & 1) != 0 ? production : null)
                            .expiryDate((presence & 2) != 0 ? expiry : null)
                            .bestBeforeDate((presence & 4) != 0 ? production.plusDays(Math.min(bestBeforeDays, shelfDays)) : null)
                            .receiptDate((presence & 8) != 0 ? production.plusDays(receiptDays) : null);
                });
        Arbitrary<LotOrigin> origins = Combinators.combine(identifiers(), identifiers()).as(LotOrigin::of);
        return Combinators.combine(withDates, origins.injectNull(0.3),
                        Arbitraries.maps(identifiers(), Arbitraries.strings().ofMaxLength(8)).ofMaxSize(4))
                .as((builder, origin, attributes) -> builder.origin(origin).attributes(attributes).build());
    }
}
