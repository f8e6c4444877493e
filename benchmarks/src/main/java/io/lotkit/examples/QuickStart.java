package io.lotkit.examples;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.lotkit.core.Lot;
import io.lotkit.core.LotId;
import io.lotkit.core.LotOrigin;
import io.lotkit.core.LotStatus;
import io.lotkit.core.Quantity;
import io.lotkit.core.ShelfLife;
import io.lotkit.core.StatusChangeResult;
import io.lotkit.core.format.LotContext;
import io.lotkit.core.format.LotNumberFormat;
import io.lotkit.core.format.ParsedLotNumber;
import io.lotkit.core.journal.FileJournal;
import io.lotkit.core.json.JacksonEventCodec;
import io.lotkit.core.sequence.LotNumberGenerator;
import io.lotkit.core.sequence.ResetScope;
import io.lotkit.core.sequence.SequenceEvent;
import io.lotkit.core.sequence.SequenceMode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A short tour of lot-core, and the README's main job: issues a day's lot numbers for two production lines through
 * the durable file journal, parses one back into its fields, and walks the lot through its statuses.
 *
 * <p>Run it twice: the second run rebuilds the counters from the journal and continues the numbering.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.lotkit.examples.QuickStart [data-directory]
 * </pre>
 */
public final class QuickStart {

    /** The production day of the tour, fixed so that runs compare. */
    static final LocalDate PRODUCTION_DAY = LocalDate.of(2026, 11, 22);

    private QuickStart() {
    }

    /**
     * Runs the tour.
     *
     * @param args optionally the data directory (default {@code lotkit-data})
     * @throws IOException if the journal's directory cannot be created
     */
    public static void main(String[] args) throws IOException {
        run(Path.of(args.length > 0 ? args[0] : "lotkit-data"), System.out);
    }

    /**
     * Runs the tour with its journal in {@code dataDirectory}, printing to {@code out}.
     *
     * @param dataDirectory where the sequence journal lives
     * @param out where to print
     * @return the lot numbers issued by this run
     * @throws IOException if the directory cannot be created
     */
    static List<String> run(Path dataDirectory, PrintStream out) throws IOException {
        Files.createDirectories(dataDirectory);
        Path journalFile = dataDirectory.resolve("lot-number-sequences.jsonl");
        LotNumberFormat format = LotNumberFormat.compile("yyDDD{line:2,digits}{seq:4}{check:gs1}");
        out.println("Lot-number pattern " + format.pattern() + " (at most " + format.maxLength() + " characters)");

        List<String> issued = new ArrayList<>();
        try (FileJournal<SequenceEvent> journal = FileJournal.open(journalFile,
                JacksonEventCodec.of(new ObjectMapper(), SequenceEvent.class))) {
            boolean resumed = journal.nextPosition() > 0;
            out.println((resumed ? "Resuming from " : "Starting a new journal at ") + journalFile
                    + " (" + journal.nextPosition() + " events)");
            LotNumberGenerator generator = LotNumberGenerator.builder()
                    .format(format)
                    .journal(journal)
                    .resetScope(ResetScope.perDay().andPerField("line"))
                    .mode(SequenceMode.GAP_FREE)
                    .build();
            for (String line : List.of("01", "02")) {
                LotContext context = LotContext.builder().date(PRODUCTION_DAY).line(line).build();
                for (int run = 0; run < 3; run++) {
                    issued.add(generator.next(context));
                }
                out.println("Line " + line + " on " + PRODUCTION_DAY + ": "
                        + String.join(", ", issued.subList(issued.size() - 3, issued.size())));
            }
        }

        String lotNumber = issued.get(issued.size() - 1);
        ParsedLotNumber parsed = format.parse(lotNumber);
        out.println("Parsed " + lotNumber + ": line " + parsed.field("line").orElseThrow() + ", run "
                + parsed.sequence().getAsLong() + ", check digit " + parsed.checkCharacter().orElseThrow());

        Lot lot = Lot.builder(LotId.of("09501101020917", lotNumber))
                .productionDate(PRODUCTION_DAY)
                .expiryDate(PRODUCTION_DAY.plusDays(90))
                .origin(LotOrigin.of("own production", lotNumber))
                .build();
        StatusChangeResult released = lot.changeStatus(LotStatus.RELEASED, "QC passed",
                Instant.parse("2026-11-23T06:00:00Z"));
        StatusChangeResult held = released.lot().changeStatus(LotStatus.ON_HOLD, "customer complaint",
                Instant.parse("2026-12-01T09:30:00Z"));
        out.println("Status: " + lot.status() + " -> " + released.lot().status() + " -> " + held.lot().status()
                + " (" + held.change().reason() + ")");
        ShelfLife shelfLife = held.lot().shelfLifeOn(LocalDate.of(2026, 12, 1)).orElseThrow();
        out.println("On 2026-12-01: " + shelfLife.remainingDays() + " days of shelf life left ("
                + shelfLife.remainingPercent() + "%), allocatable: " + held.lot().isAllocatableOn(LocalDate.of(2026, 12, 1)));
        out.println("A pallet of it: " + Quantity.parse("480 EA").plus(Quantity.parse("24 EA")));
        return issued;
    }
}
