package io.lotkit.drill;

import io.lotkit.core.LotId;
import io.lotkit.core.format.LotContext;
import io.lotkit.core.format.LotNumberFormat;
import io.lotkit.core.sequence.LotNumberGenerator;
import io.lotkit.core.sequence.ResetScope;
import io.lotkit.core.sequence.SequenceEvent;
import io.lotkit.core.sequence.SequenceMode;
import io.lotkit.core.spi.Journal;
import java.io.PrintStream;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Step 1: plans the year's production runs (working days Monday to Saturday, spread over the lines) and issues
 * each run's lot number from lot-core's generator, whose counters live in a durable journal, so no number is ever
 * issued twice, within a run or across runs.
 */
final class ProductionPlan {

    /**
     * The production day, the line, the line's run number and a GS1 check digit. The run number counts every run
     * the line ever made (the date is printed, not counted), so a later year continues where the journal left it.
     */
    static final String LOT_PATTERN = "yyDDD{line:1,digits}{seq:5}{check:gs1}";

    /** Lot numbers are reserved from the journal in blocks, so a large year does not force the disk per number. */
    static final int BLOCK_SIZE = 100;

    /**
     * One production run.
     *
     * @param number the production order number
     * @param day the day it runs
     * @param line the line it runs on
     * @param product what it makes
     * @param jars how many jars, in whole cases
     * @param lot the finished lot it makes
     */
    record Run(String number, LocalDate day, String line, Plant.Product product, int jars, LotId lot) {
    }

    private ProductionPlan() {
    }

    static LotNumberGenerator generator(Journal<SequenceEvent> journal) {
        return LotNumberGenerator.builder()
                .format(LotNumberFormat.compile(LOT_PATTERN))
                .journal(journal)
                .resetScope(ResetScope.never().andPerField(LotContext.LINE))
                .mode(SequenceMode.GAP_TOLERANT)
                .blockSize(BLOCK_SIZE)
                .build();
    }

    static int lineCount(int runs) {
        return Math.min(9, Math.max(3, runs / 2500));
    }

    static List<Run> plan(int year, int runs, Random random, LotNumberGenerator generator, PrintStream out) {
        List<LocalDate> workingDays = new ArrayList<>();
        for (LocalDate day = LocalDate.of(year, 1, 1); day.getYear() == year; day = day.plusDays(1)) {
            if (day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                workingDays.add(day);
            }
        }
        int lines = lineCount(runs);
        Progress progress = new Progress("lot numbers", runs, out);
        List<Run> plan = new ArrayList<>(runs);
        for (int i = 0; i < runs; i++) {
            LocalDate day = workingDays.get((int) ((long) i * workingDays.size() / runs));
            String line = Integer.toString(1 + i % lines);
            Plant.Product product = Plant.PRODUCTS.get(random.nextInt(Plant.PRODUCTS.size()));
            int jars = Plant.CASE_SIZE * (150 + random.nextInt(300));
            String lotNumber = generator.next(LotContext.builder().date(day).line(line).build());
            plan.add(new Run("PO-%d-%06d".formatted(year, i + 1), day, line, product, jars,
                    LotId.of(product.gtin(), lotNumber)));
            progress.done(i + 1);
        }
        return plan;
    }
}
