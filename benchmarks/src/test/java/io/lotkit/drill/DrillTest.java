package io.lotkit.drill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lotkit.core.LotId;
import io.lotkit.core.Quantity;
import io.lotkit.core.format.LotNumberFormat;
import io.lotkit.core.format.ParsedLotNumber;
import io.lotkit.core.journal.FileJournal;
import io.lotkit.genealogy.Fsma204Csv;
import io.lotkit.genealogy.GenealogyCodec;
import io.lotkit.genealogy.GenealogyEvent;
import io.lotkit.genealogy.LotQuantity;
import io.lotkit.genealogy.Receive;
import io.lotkit.genealogy.ReferenceDocument;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the drill in-process at a small size, twice in one directory, and checks what a second run promises. */
class DrillTest {

    private static final int RUNS = 40;

    @Test
    void aSecondRunPlaysTheNextYearWithNewLotNumbersAndTheSameRecall(@TempDir Path dir) throws Exception {
        ByteArrayOutputStream firstOut = new ByteArrayOutputStream();
        Drill.Outcome first = Drill.run(options(dir, 7), print(firstOut));
        ByteArrayOutputStream secondOut = new ByteArrayOutputStream();
        Drill.Outcome second = Drill.run(options(dir, 7), print(secondOut));

        assertThat(first.year()).isEqualTo(Drill.FIRST_YEAR);
        assertThat(first.resumedEvents()).isZero();
        assertThat(first.lotNumbers()).hasSize(RUNS).doesNotHaveDuplicates();
        assertThat(second.year()).isEqualTo(Drill.FIRST_YEAR + 1);
        assertThat(second.resumedEvents()).isPositive();
        assertThat(second.lotNumbers()).hasSize(RUNS).doesNotHaveDuplicates()
                .doesNotContainAnyElementsOf(first.lotNumbers());
        assertThat(sequencesByLine(second.lotNumbers())).allSatisfy((line, sequences) ->
                assertThat(sequences.first()).as("line %s continues its sequence", line)
                        .isGreaterThan(sequencesByLine(first.lotNumbers()).get(line).last()));
        assertThat(second.recall().lot()).isEqualTo(first.recall().lot());
        assertThat(second.recall().digest()).isEqualTo(first.recall().digest());
        assertThat(first.recall().tracedLots()).isPositive();
        assertThat(first.unbalancedLots()).isZero();
        assertThat(second.unbalancedLots()).isZero();

        assertThat(firstOut.toString(StandardCharsets.UTF_8)).contains("Starting with empty journals")
                .contains("recall digest sha256:" + first.recall().digest());
        assertThat(secondOut.toString(StandardCharsets.UTF_8))
                .contains("Resumed from %,d events".formatted(second.resumedEvents()))
                .contains("recall digest sha256:" + first.recall().digest());
    }

    @Test
    void theRecallIsExportedAsFsma204CsvEpcisJsonAndDot(@TempDir Path dir) throws Exception {
        Recall.Result recall = Drill.run(options(dir, 11), print(new ByteArrayOutputStream())).recall();

        List<String> csv = Files.readAllLines(recall.csv(), StandardCharsets.UTF_8);
        assertThat(csv.get(0)).startsWith(Fsma204Csv.COLUMNS.get(0)).contains(Fsma204Csv.COLUMNS.get(1));
        // Every transformation of the drill makes one lot, so each event gives exactly one row.
        assertThat(csv).hasSize(1 + recall.events());
        assertThat(csv.subList(1, csv.size())).anyMatch(row -> row.contains(recall.lot().lotNumber()));

        JsonNode epcis = new ObjectMapper().readTree(recall.epcis().toFile());
        assertThat(epcis.path("type").asText()).isEqualTo("EPCISDocument");
        assertThat(epcis.path("epcisBody").path("eventList").size()).isEqualTo(recall.events());

        assertThat(Files.readString(recall.dot())).startsWith("digraph").contains(recall.lot().lotNumber());
    }

    @Test
    void badScansAreRejectedWithTheirReason(@TempDir Path dir) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Drill.Outcome outcome = Drill.run(options(dir, 3), print(out));

        assertThat(outcome.rejections()).extracting(Receiving.Rejection::reason)
                .anyMatch(reason -> reason.contains("INCORRECT_CHECK_DIGIT") && reason.contains("AI (01)"))
                .anyMatch(reason -> reason.contains("INVALID_MONTH") && reason.contains("AI (17)"))
                .anyMatch(reason -> reason.contains("no lot number (AI 10)"))
                .anyMatch(reason -> reason.contains("COMPONENT_LENGTH"));
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("REJECTED").contains("INVALID_MONTH");
    }

    @Test
    void theSameSeedPlaysTheSameYear(@TempDir Path dir) throws Exception {
        Drill.Outcome one = Drill.run(options(dir.resolve("one"), 5), print(new ByteArrayOutputStream()));
        Drill.Outcome two = Drill.run(options(dir.resolve("two"), 5), print(new ByteArrayOutputStream()));

        assertThat(two.lotNumbers()).isEqualTo(one.lotNumbers());
        assertThat(two.recall().lot()).isEqualTo(one.recall().lot());
        assertThat(two.recall().digest()).isEqualTo(one.recall().digest());
        assertThat(Files.readString(two.recall().csv())).isEqualTo(Files.readString(one.recall().csv()));
    }

    @Test
    void aDirectoryWithAnUnfinishedYearIsRefused(@TempDir Path dir) throws Exception {
        Drill.run(options(dir, 1), print(new ByteArrayOutputStream()));
        Files.delete(dir.resolve(DrillJournals.YEARS));

        assertThatThrownBy(() -> Drill.run(options(dir, 1), print(new ByteArrayOutputStream())))
                .isInstanceOf(Drill.RefusedDirectoryException.class)
                .hasMessageContaining("no finished year");
    }

    @Test
    void aDirectoryWithEventsAfterItsLastFinishedYearIsRefused(@TempDir Path dir) throws Exception {
        Drill.run(options(dir, 1), print(new ByteArrayOutputStream()));
        try (FileJournal<GenealogyEvent> genealogy = FileJournal.open(dir.resolve(DrillJournals.GENEALOGY),
                GenealogyCodec.json())) {
            LotId sugar = LotId.of(Plant.SUGAR.gtin(), "SM99-00001");
            genealogy.append(new Receive(Instant.parse("2027-01-04T06:00:00Z"),
                    LotQuantity.of(sugar, Quantity.of(500, Plant.KG), Plant.SUGAR.name()), Plant.SUGAR.supplier(),
                    sugar.lotNumber(), Plant.SUGAR.shipFrom(), Plant.RECEIVING_DOCK, Plant.SUGAR.shipFrom(),
                    ReferenceDocument.of("BOL", "SM-1")));
        }

        assertThatThrownBy(() -> Drill.run(options(dir, 1), print(new ByteArrayOutputStream())))
                .isInstanceOf(Drill.RefusedDirectoryException.class)
                .hasMessageContaining("hold events after the end of 2026")
                .hasMessageContaining("a later year was interrupted");
    }

    /** The run numbers of each line, from the lot numbers. */
    private static Map<String, TreeSet<Long>> sequencesByLine(List<String> lotNumbers) {
        LotNumberFormat format = LotNumberFormat.compile(ProductionPlan.LOT_PATTERN);
        Map<String, TreeSet<Long>> byLine = new TreeMap<>();
        for (String lotNumber : lotNumbers) {
            ParsedLotNumber parsed = format.parse(lotNumber);
            byLine.computeIfAbsent(parsed.field("line").orElseThrow(), line -> new TreeSet<>())
                    .add(parsed.sequence().getAsLong());
        }
        return byLine;
    }

    private static DrillOptions options(Path dir, long seed) {
        return new DrillOptions(dir, seed, RUNS, false);
    }

    private static PrintStream print(ByteArrayOutputStream out) {
        return new PrintStream(out, true, StandardCharsets.UTF_8);
    }
}
