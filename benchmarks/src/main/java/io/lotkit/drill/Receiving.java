package io.lotkit.drill;

import io.lotkit.core.LotId;
import io.lotkit.gs1.Gs1Error;
import io.lotkit.gs1.Gs1Message;
import io.lotkit.gs1.Gs1ParseResult;
import io.lotkit.gs1.Gs1Parser;
import io.lotkit.gs1.Measure;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Step 2: reads the dock's scans with lot-gs1's strict parser. A scan is accepted when it parses and carries
 * everything receiving needs (a known raw material's GTIN, the supplier's lot, the expiry and the net weight);
 * otherwise it is rejected with the parser's error (index, AI, reason) or the missing field named.
 */
final class Receiving {

    /**
     * A pallet accepted at the dock.
     *
     * @param day the day it arrived
     * @param raw the raw material
     * @param lot the lot: the GTIN and the supplier's lot number
     * @param expiry its expiry date
     * @param kg its net weight in kilograms
     * @param form how its label was read
     */
    record Pallet(LocalDate day, Plant.RawMaterial raw, LotId lot, LocalDate expiry, BigDecimal kg, String form) {
    }

    /**
     * A scan refused at the dock.
     *
     * @param scan the scan
     * @param reason why, naming where
     */
    record Rejection(SupplierScans.Scan scan, String reason) {
    }

    /**
     * The dock's verdict on every scan.
     *
     * @param pallets the pallets accepted, in scan order
     * @param rejections the scans refused, in scan order
     */
    record Outcome(List<Pallet> pallets, List<Rejection> rejections) {
    }

    private final Gs1Parser parser = Gs1Parser.builder().build();

    Outcome read(List<SupplierScans.Scan> scans, Progress progress) {
        List<Pallet> pallets = new ArrayList<>();
        List<Rejection> rejections = new ArrayList<>();
        int done = 0;
        for (SupplierScans.Scan scan : scans) {
            Gs1ParseResult result = parser.tryParse(scan.text());
            if (!result.isOk()) {
                Gs1Error first = result.errors().get(0);
                rejections.add(new Rejection(scan, first.toString()));
            } else {
                String missing = missing(result.orElseThrow());
                if (missing != null) {
                    rejections.add(new Rejection(scan, missing));
                } else {
                    pallets.add(pallet(scan, result.orElseThrow()));
                }
            }
            progress.done(++done);
        }
        return new Outcome(pallets, rejections);
    }

    /** Names what a well-formed label lacks for receiving, or returns {@code null} if it has everything. */
    private static String missing(Gs1Message label) {
        String gtin = label.gtin().orElseThrow().value();
        if (Plant.rawMaterial(gtin) == null) {
            return "GTIN " + gtin + " is not a raw material of this plant";
        }
        if (label.lot().isEmpty()) {
            return "no lot number (AI 10): a pallet cannot be received without its supplier's lot";
        }
        if (label.expiry().isEmpty()) {
            return "no expiry date (AI 17)";
        }
        if (netWeight(label).isEmpty()) {
            return "no net weight in kilograms (AI 310n)";
        }
        return null;
    }

    private static Pallet pallet(SupplierScans.Scan scan, Gs1Message label) {
        Plant.RawMaterial raw = Plant.rawMaterial(label.gtin().orElseThrow().value());
        return new Pallet(scan.day(), raw, label.lotId().orElseThrow(), label.expiry().orElseThrow().date(),
                netWeight(label).orElseThrow(), scan.form());
    }

    /** AI 310n: net weight in kilograms with n decimals; the label holds one of them. */
    private static Optional<BigDecimal> netWeight(Gs1Message label) {
        for (int decimals = 0; decimals <= 5; decimals++) {
            Optional<Measure> measure = label.measure("310" + decimals);
            if (measure.isPresent()) {
                return Optional.of(measure.get().value());
            }
        }
        return Optional.empty();
    }
}
