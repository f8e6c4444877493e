package io.lotkit.drill;

import io.lotkit.gs1.Gs1Message;
import io.lotkit.gs1.Gs1MessageBuilder;
import io.lotkit.gs1.Gs1Parser;
import io.lotkit.gs1.Gtin;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * Makes the year's supplier pallets as the receiving dock's scanner reads them: deliveries timed to cover the
 * production plan, one GS1 label per pallet (GTIN, supplier lot, expiry, net weight) read in one of three forms —
 * bracketed text typed from the label, raw {@code ]d2} DataMatrix scanner data with GS separators, or the GS1
 * Digital Link URI of a QR code — and a few bad reads mixed in: a wrong check digit, month 13, a label without its
 * lot, and a truncated read.
 */
final class SupplierScans {

    /**
     * A scanner read at the dock.
     *
     * @param day the day it was read
     * @param text what the scanner sent
     * @param form how it was read
     */
    record Scan(LocalDate day, String text, String form) {
    }

    static final String BRACKETED = "bracketed";
    static final String SCANNER = "]d2 scan";
    static final String DIGITAL_LINK = "Digital Link";

    private SupplierScans() {
    }

    /** The scans of the pallets that supply the plan, plus a bad read for about every 150 pallets (at least 4). */
    static List<Scan> make(int year, List<ProductionPlan.Run> runs, Random random, Progress progress) {
        List<Scan> scans = new ArrayList<>();
        List<Gs1Message> labels = new ArrayList<>();
        List<LocalDate> labelDays = new ArrayList<>();
        int planned = 0;
        for (Plant.RawMaterial raw : Plant.RAW_MATERIALS) {
            BigDecimal needed = BigDecimal.ZERO;
            BigDecimal covered = BigDecimal.ZERO;
            int lotCounter = 0;
            for (ProductionPlan.Run run : runs) {
                progress.done(++planned);
                BigDecimal perJar = run.product().kgPerJar().get(raw.gtin());
                if (perJar == null) {
                    continue;
                }
                needed = needed.add(perJar.multiply(BigDecimal.valueOf(run.jars())));
                // One pallet's worth of safety stock, so that a run never waits for a delivery.
                while (covered.compareTo(needed.add(BigDecimal.valueOf(800))) < 0) {
                    LocalDate day = run.day().minusDays(2 + random.nextInt(4));
                    day = day.getYear() < year ? LocalDate.of(year, 1, 1) : day;
                    String lot = "%s%02d-%05d".formatted(raw.lotPrefix(), year % 100, ++lotCounter);
                    LocalDate expiry = day.plusDays(raw.shelfLifeDays() - random.nextInt(20));
                    int pallets = 1 + random.nextInt(2);
                    for (int p = 0; p < pallets; p++) {
                        // 600.0 to 999.5 kg, in half kilograms as a pallet scale weighs.
                        BigDecimal kg = BigDecimal.valueOf(1200 + random.nextInt(800)).divide(BigDecimal.valueOf(2));
                        covered = covered.add(kg);
                        labels.add(Gs1Message.builder().gtin(Gtin.of(raw.gtin())).lot(lot).expiry(expiry)
                                .measure("310", kg).build());
                        labelDays.add(day);
                    }
                }
            }
        }
        for (int i = 0; i < labels.size(); i++) {
            scans.add(read(labels.get(i), labelDays.get(i), random.nextInt(3)));
        }
        int bad = Math.max(4, labels.size() / 150);
        for (int i = 0; i < bad; i++) {
            int which = random.nextInt(labels.size());
            scans.add(badRead(labels.get(which), labelDays.get(which), i % 4));
        }
        scans.sort(Comparator.comparing(Scan::day));
        return scans;
    }

    private static Scan read(Gs1Message label, LocalDate day, int form) {
        return switch (form) {
            case 0 -> new Scan(day, label.toBracketed(), BRACKETED);
            case 1 -> new Scan(day, scannerData(label), SCANNER);
            default -> new Scan(day, label.toDigitalLink().orElseThrow(), DIGITAL_LINK);
        };
    }

    /** The bad reads a dock really sees: a misread digit, a misprinted date, a label without lot, a cut-off read. */
    private static Scan badRead(Gs1Message label, LocalDate day, int kind) {
        String gtin = label.gtin().orElseThrow().value();
        String expiry = label.get("17").orElseThrow();
        return switch (kind) {
            case 0 -> {
                char wrong = (char) ('0' + (gtin.charAt(13) - '0' + 1) % 10);
                yield new Scan(day, label.toBracketed().replace(gtin, gtin.substring(0, 13) + wrong), BRACKETED);
            }
            case 1 -> new Scan(day, scannerData(label).replace("17" + expiry,
                    "17" + expiry.substring(0, 2) + "13" + expiry.substring(4)), SCANNER);
            case 2 -> {
                Gs1MessageBuilder withoutLot = Gs1Message.builder();
                label.elements().stream().filter(e -> !e.ai().equals("10"))
                        .forEach(e -> withoutLot.add(e.ai(), e.value()));
                yield new Scan(day, withoutLot.build().toBracketed(), BRACKETED);
            }
            default -> {
                String full = scannerData(label);
                yield new Scan(day, full.substring(0, 3 + 16 + 5), SCANNER);
            }
        };
    }

    /** DataMatrix scanner data: the AIM symbology identifier {@code ]d2} stands for the leading FNC1. */
    private static String scannerData(Gs1Message label) {
        return "]d2" + label.toDataString(Gs1Parser.GROUP_SEPARATOR, true).substring(1);
    }

    static String printable(String scan) {
        return scan.replace(String.valueOf(Gs1Parser.GROUP_SEPARATOR), "<GS>");
    }
}
