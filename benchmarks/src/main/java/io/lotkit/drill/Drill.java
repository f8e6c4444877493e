package io.lotkit.drill;

import io.lotkit.core.LotId;
import io.lotkit.core.format.ParsedLotNumber;
import io.lotkit.core.sequence.LotNumberGenerator;
import io.lotkit.core.spi.JournalException;
import io.lotkit.fefo.StockIndex;
import io.lotkit.genealogy.GenealogyGraph;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;

/**
 * The drill: a plant's year played on seeded data through every Lotkit module, in one command.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.lotkit.drill.Drill [--dir drill-output] [--seed n] [--large]
 * </pre>
 *
 * <ol>
 *   <li>plans the year's production runs and issues their lot numbers (lot-core's generator and file journal);</li>
 *   <li>reads the supplier pallets' GS1 labels in three forms and rejects the bad reads (lot-gs1);</li>
 *   <li>receives, produces and ships, allocating raw materials and customer orders FEFO under shelf-life and
 *       customer rules (lot-fefo, journaled);</li>
 *   <li>records the genealogy of it all in the durable file journal (lot-genealogy);</li>
 *   <li>recalls one supplier lot: forward trace to finished lots and customers, FSMA 204 CSV, EPCIS JSON-LD and DOT
 *       files;</li>
 *   <li>prints a summary with counts and timings.</li>
 * </ol>
 *
 * <p><b>Running again.</b> A second run with the same directory resumes from the journals: it rebuilds the lot-number
 * counters, the stock and the genealogy by replay, then plays the <em>next</em> year on top (new lot numbers, the
 * generator continuing from its journal), and recalls the same supplier lot as the first run. Each year ends by
 * writing off what is left in stock, so a later year touches none of an earlier year's lots and the recall — its
 * digest — stays the same. A directory whose journals hold a year that did not finish is refused.
 *
 * <p><b>Thread-safety:</b> not applicable to callers (a main class); two runs on one directory at once are refused by
 * the file journals' locks.
 */
public final class Drill {

    /** The year the first run plays; each later run plays the year after the last one journaled. */
    static final int FIRST_YEAR = 2026;

    /** How many rejected scans are printed one by one; the rest are counted. */
    private static final int REJECTIONS_SHOWN = 8;

    /**
     * What one run did, for tests and callers.
     *
     * @param year the year played
     * @param resumedEvents how many journal events the run resumed from (0 for a first run)
     * @param lotNumbers the lot numbers this run issued
     * @param rejections the scans the dock rejected, each with its reason
     * @param recall the recall
     * @param unbalancedLots the lots whose mass balance does not add up
     */
    record Outcome(int year, long resumedEvents, List<String> lotNumbers, List<Receiving.Rejection> rejections,
            Recall.Result recall, int unbalancedLots) {
    }

    /** The directory holds journals the drill cannot continue from; the message says why. */
    static final class RefusedDirectoryException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        RefusedDirectoryException(String message) {
            super(message);
        }
    }

    private Drill() {
    }

    /**
     * Runs the drill; exits with 2 on a bad command line and 1 if the directory cannot be used (not continuable,
     * locked by another run, or not writable).
     *
     * @param args the options; {@code --help} lists them
     */
    public static void main(String[] args) {
        DrillOptions options;
        try {
            options = DrillOptions.parse(args);
        } catch (DrillOptions.HelpRequested e) {
            System.out.println(DrillOptions.USAGE);
            return;
        } catch (DrillOptions.UsageException e) {
            System.err.println("drill: " + e.getMessage());
            System.err.println(DrillOptions.USAGE);
            System.exit(2);
            return;
        }
        try {
            run(options, System.out);
        } catch (RefusedDirectoryException | JournalException | IOException e) {
            // A directory that cannot be continued, is locked by another run, or cannot be written: say so plainly.
            System.err.println("drill: " + e.getMessage());
            System.exit(1);
        }
    }

    static Outcome run(DrillOptions options, PrintStream out) throws IOException {
        long started = System.nanoTime();
        Files.createDirectories(options.dir());
        try (DrillJournals journals = new DrillJournals(options.dir(), options.forceEveryAppend())) {
            List<DrillJournals.PlayedYear> played = journals.playedYears();
            checkResumable(options.dir(), journals, played);
            int year = played.isEmpty() ? FIRST_YEAR : played.get(played.size() - 1).year() + 1;
            long resumed = journals.libraryEvents();
            out.printf("Lotkit drill — %s, seed %d, %,d production runs, journals in %s%n", Plant.NAME,
                    options.seed(), options.productionRuns(), options.dir().toAbsolutePath());
            if (played.isEmpty()) {
                out.printf("Starting with empty journals: playing the year %d.%n", year);
            } else {
                out.printf("Resumed from %,d events (lot numbers %,d, stock %,d, genealogy %,d);"
                        + " years already played: %s; playing %d on top.%n", resumed, journals.sequences.nextPosition(),
                        journals.stock.nextPosition(), journals.genealogy.nextPosition(),
                        played.stream().map(p -> Integer.toString(p.year())).collect(Collectors.joining(", ")), year);
            }

            if (!played.isEmpty()) {
                out.printf("Replaying the journals …%n");
            }
            long t = System.nanoTime();
            LotNumberGenerator generator = ProductionPlan.generator(journals.sequences);
            long sequenceReplay = System.nanoTime() - t;
            StockIndex stock = StockIndex.open(journals.stock);
            long stockReplay = System.nanoTime() - t - sequenceReplay;
            GenealogyGraph graph = GenealogyGraph.open(journals.genealogy);
            long genealogyReplay = System.nanoTime() - t - sequenceReplay - stockReplay;
            if (!played.isEmpty()) {
                out.printf("State rebuilt by replay: lot-number counters in %s (they continue from their journal),"
                        + " stock in %s, genealogy of %,d lots and %,d edges in %s.%n", ms(sequenceReplay),
                        ms(stockReplay), graph.lotCount(), graph.edgeCount(), ms(genealogyReplay));
            }
            Random random = new Random(options.seed() * 31 + year);

            out.printf("%n[1/6] Lot numbers (lot-core): pattern %s, one sequence per line, gap-tolerant blocks of %d%n",
                    ProductionPlan.LOT_PATTERN, ProductionPlan.BLOCK_SIZE);
            t = System.nanoTime();
            List<ProductionPlan.Run> plan = ProductionPlan.plan(year, options.productionRuns(), random, generator, out);
            long planNanos = System.nanoTime() - t;
            List<String> lotNumbers = plan.stream().map(run -> run.lot().lotNumber()).toList();
            ProductionPlan.Run lastRun = plan.get(plan.size() - 1);
            ParsedLotNumber parsed = generator.format().parse(lastRun.lot().lotNumber());
            out.printf("      %,d runs on %d lines, lot numbers %s … %s, issued in %s%n", plan.size(),
                    ProductionPlan.lineCount(plan.size()), lotNumbers.get(0), lastRun.lot().lotNumber(), ms(planNanos));
            out.printf("      %s parses back as line %s, run %d of that line since the journal began, check digit %s%n",
                    lastRun.lot().lotNumber(), parsed.field("line").orElseThrow(), parsed.sequence().getAsLong(),
                    parsed.checkCharacter().orElseThrow());

            out.printf("%n[2/6] Supplier pallets (lot-gs1): reading the dock's scans%n");
            t = System.nanoTime();
            List<SupplierScans.Scan> scans = SupplierScans.make(year, plan, random,
                    new Progress("runs supplied", (long) plan.size() * Plant.RAW_MATERIALS.size(), out));
            long labelNanos = System.nanoTime() - t;
            out.printf("      %,d pallet labels made with Gs1MessageBuilder in %s (deliveries timed to the plan)%n",
                    scans.size(), ms(labelNanos));
            t = System.nanoTime();
            Receiving.Outcome dock = new Receiving().read(scans, new Progress("scans read", scans.size(), out));
            long dockNanos = System.nanoTime() - t;
            printDock(dock, scans.size(), dockNanos, out);

            out.printf("%n[3/6] Receiving, production and shipping (lot-fefo), [4/6] genealogy (lot-genealogy)%n");
            List<CustomerOrders.Order> orders = CustomerOrders.plan(year, plan, random);
            PlantYear.Result result = new PlantYear(year, stock, graph).play(dock.pallets(), plan, orders, out);
            int unbalanced = graph.unbalancedLots().size();
            printYear(result, graph, journals, unbalanced, out);

            LotId recallLot = played.isEmpty() ? chooseRecallLot(dock.pallets(), graph, random)
                    : LotId.of(played.get(0).recallItem(), played.get(0).recallLot());
            out.printf("%n[5/6] Recall of supplier lot %s (%s)%n", recallLot,
                    Plant.rawMaterial(recallLot.item()).name());
            Recall.Result recall = Recall.run(graph, recallLot, options.dir());
            out.printf("      forward trace in %s: %,d finished lots, %,d customers, %,d shipments to recall%n",
                    ms(recall.nanos()), recall.tracedLots(), recall.customers(), recall.shipments());
            out.printf("      FSMA 204 CSV (%,d events): %s%n", recall.events(), recall.csv().toAbsolutePath());
            out.printf("      EPCIS 2.0 JSON-LD:        %s%n", recall.epcis().toAbsolutePath());
            out.printf("      Graphviz DOT:             %s%n", recall.dot().toAbsolutePath());
            out.printf("      recall digest sha256:%s%n", recall.digest());

            journals.years.append(new DrillJournals.PlayedYear(year, options.seed(), options.productionRuns(),
                    recallLot.item(), recallLot.lotNumber(), journals.sequences.nextPosition(),
                    journals.stock.nextPosition(), journals.genealogy.nextPosition()));

            out.printf("%n[6/6] Summary of %d%n", year);
            out.printf("      lot numbers issued   %,8d  in %s%n", lotNumbers.size(), ms(planNanos));
            out.printf("      scans read           %,8d  in %s (%,d rejected)%n", scans.size(), ms(dockNanos),
                    dock.rejections().size());
            out.printf("      pallets received     %,8d  in %s%n", result.receipts(), ms(result.receivingNanos()));
            out.printf("      production runs      %,8d  in %s (%,d short of material)%n", result.runs(),
                    ms(result.productionNanos()), result.runsShort());
            out.printf("      order lines          %,8d  in %s (%,d shipped short), %,d shipments%n",
                    result.orderLines(), ms(result.shippingNanos()), result.orderLinesShort(), result.shipments());
            out.printf("      journal events   %,12d  (this run appended %,d)%n", journals.libraryEvents(),
                    journals.libraryEvents() - resumed);
            out.printf("      total time        %s%n", ms(System.nanoTime() - started));
            out.printf("Run again with the same --dir to play %d on top; the recall digest stays the same.%n",
                    year + 1);
            return new Outcome(year, resumed, lotNumbers, dock.rejections(), recall, unbalanced);
        }
    }

    /** A directory is continued only if its journals end exactly where the last played year left them. */
    private static void checkResumable(Path dir, DrillJournals journals, List<DrillJournals.PlayedYear> played) {
        if (played.isEmpty()) {
            if (journals.libraryEvents() > 0) {
                throw new RefusedDirectoryException(dir + " holds journal events but no finished year of the drill"
                        + " (an interrupted first run?); remove the directory or choose another --dir");
            }
            return;
        }
        DrillJournals.PlayedYear last = played.get(played.size() - 1);
        if (journals.sequences.nextPosition() != last.sequenceEvents()
                || journals.stock.nextPosition() != last.stockEvents()
                || journals.genealogy.nextPosition() != last.genealogyEvents()) {
            throw new RefusedDirectoryException(("the journals in %s hold events after the end of %d (lot numbers %d,"
                    + " stock %d, genealogy %d; the year ended at %d, %d, %d): a later year was interrupted; remove"
                    + " the directory or choose another --dir").formatted(dir, last.year(),
                    journals.sequences.nextPosition(), journals.stock.nextPosition(), journals.genealogy.nextPosition(),
                    last.sequenceEvents(), last.stockEvents(), last.genealogyEvents()));
        }
    }

    /** A hazelnut lot that went into production: a supplier's recall of roasted nuts is the classic case. */
    private static LotId chooseRecallLot(List<Receiving.Pallet> pallets, GenealogyGraph graph, Random random) {
        List<LotId> candidates = new ArrayList<>();
        for (Receiving.Pallet pallet : pallets) {
            if (pallet.raw() == Plant.HAZELNUTS && !candidates.contains(pallet.lot())) {
                candidates.add(pallet.lot());
            }
        }
        Collections.shuffle(candidates, random);
        for (LotId candidate : candidates) {
            if (graph.forward(candidate).size() > 0) {
                return candidate;
            }
        }
        return candidates.get(0);
    }

    private static void printDock(Receiving.Outcome dock, int scans, long nanos, PrintStream out) {
        long bracketed = dock.pallets().stream().filter(p -> p.form().equals(SupplierScans.BRACKETED)).count();
        long scanner = dock.pallets().stream().filter(p -> p.form().equals(SupplierScans.SCANNER)).count();
        long link = dock.pallets().stream().filter(p -> p.form().equals(SupplierScans.DIGITAL_LINK)).count();
        out.printf("      %,d scans parsed in %s: %,d pallets accepted (%,d bracketed, %,d ]d2 scans,"
                + " %,d Digital Links), %,d rejected:%n", scans, ms(nanos), dock.pallets().size(), bracketed, scanner,
                link, dock.rejections().size());
        for (Receiving.Rejection rejection : dock.rejections().subList(0,
                Math.min(REJECTIONS_SHOWN, dock.rejections().size()))) {
            out.printf("      REJECTED %s %s%n               %s%n", rejection.scan().day(),
                    SupplierScans.printable(rejection.scan().text()), rejection.reason());
        }
        if (dock.rejections().size() > REJECTIONS_SHOWN) {
            out.printf("      … and %,d more rejected scans of the same kinds%n",
                    dock.rejections().size() - REJECTIONS_SHOWN);
        }
    }

    private static void printYear(PlantYear.Result result, GenealogyGraph graph, DrillJournals journals,
            int unbalanced, PrintStream out) {
        out.printf("      %,d pallets received; %,d production runs made (%,d short of material), raw materials"
                + " allocated FEFO%n", result.receipts(), result.runs(), result.runsShort());
        out.printf("      %,d customer order lines allocated FEFO with shelf-life and customer rules: %,d filled,"
                + " %,d short; %,d shipments%n", result.orderLines(), result.orderLines() - result.orderLinesShort(),
                result.orderLinesShort(), result.shipments());
        out.printf("      %,d stock positions written off at the year's end%n", result.writeOffs());
        out.printf("      genealogy: %,d lots, %,d edges, %,d events in %s%n", graph.lotCount(), graph.edgeCount(),
                graph.eventCount(), journals.genealogy.file().toAbsolutePath());
        out.printf("      mass balance: %s%n", unbalanced == 0 ? "every lot adds up (received or made = consumed +"
                + " shipped + written off)" : unbalanced + " lots do not add up");
    }

    private static String ms(long nanos) {
        return nanos >= 10_000_000_000L ? "%.1f s".formatted(nanos / 1e9) : "%,d ms".formatted(nanos / 1_000_000);
    }
}
