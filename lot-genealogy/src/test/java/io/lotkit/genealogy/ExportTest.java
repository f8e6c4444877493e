package io.lotkit.genealogy;

import static io.lotkit.genealogy.Fixtures.KG;
import static io.lotkit.genealogy.Fixtures.day;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.lotkit.core.LotId;
import io.lotkit.core.Quantity;
import io.lotkit.core.UnitOfMeasure;
import io.lotkit.core.journal.InMemoryJournal;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The FSMA 204 spreadsheet, the EPCIS 2.0 document and the diagrams of a trace. */
class ExportTest {

    private static final Path EPCIS_SCHEMA = Path.of("/work/shared/epcis/EPCIS-JSON-Schema.json");
    private static final String FLOUR = "4006381333931";
    private static final String MIX = "09506000134352";

    private static LotId flour(String lot) {
        return LotId.of(FLOUR, lot);
    }

    private static LotId mix(String lot) {
        return LotId.of(MIX, lot);
    }

    private static LotQuantity line(LotId lot, String kg, String description) {
        return LotQuantity.of(lot, Quantity.of(new BigDecimal(kg), KG), description);
    }

    /** Flour received, blended with a return of itself (a cycle), split into two lots, one shipped. */
    private static GenealogyGraph plant() {
        GenealogyGraph graph = GenealogyGraph.open(InMemoryJournal.create(GenealogyCodec.json()));
        graph.record(new Receive(day(0), line(flour("F/1 α"), "1000.5", "Flour, \"type 550\""), "Mill, Inc.",
                "M-77", "0614141000005", "Plant 1", "Mill, Inc.", ReferenceDocument.of("BOL", "B-1")));
        graph.record(new Transform(day(1), List.of(line(flour("F/1 α"), "600", "Flour, \"type 550\"")),
                List.of(line(mix("M1"), "300", "Mix"), line(mix("M2"), "300", "Mix")), "Plant 1",
                ReferenceDocument.of("Production order", "PO-1")));
        graph.record(new Ship(day(2), line(mix("M1"), "250", "Mix"), "Acme", "Plant 1", "https://acme.example/dc",
                "Plant 1", ReferenceDocument.of("Invoice", "INV 9")));
        graph.record(new Adjust(day(3), mix("M2"), Quantity.of(new BigDecimal("0.25"), KG), AdjustReason.SAMPLE,
                "Lab", ReferenceDocument.of("Sample note", "S-1")));
        graph.record(new Transform(day(4), List.of(line(mix("M2"), "10", "Mix")),
                List.of(line(flour("F/1 α"), "10", "Flour, \"type 550\"")), "Plant 1",
                ReferenceDocument.of("Rework order", "RW-1")));
        return graph;
    }

    @Test
    void fsmaSpreadsheetHasOneRowPerEventAndLotWithQuotedFields() {
        GenealogyGraph graph = plant();
        List<GenealogyEvent> events = graph.events(graph.forward(flour("F/1 α")));
        String csv = Fsma204Csv.toCsv(events);

        List<List<String>> rows = CsvReader.parse(csv);
        assertThat(rows.get(0)).isEqualTo(Fsma204Csv.COLUMNS);
        assertThat(rows).hasSize(1 + 1 + 2 + 1 + 1 + 1);
        assertThat(rows).allSatisfy(row -> assertThat(row).hasSize(Fsma204Csv.COLUMNS.size()));
        List<String> receiving = rows.get(1);
        assertThat(receiving.subList(0, 8)).containsExactly("Receiving", "2025-03-01", "2025-03-01T08:00:00Z",
                "F/1 α", FLOUR, "Flour, \"type 550\"", "1000.5", "KG");
        assertThat(receiving.get(13)).isEqualTo("Mill, Inc.");
        assertThat(csv).contains("\"Flour, \"\"type 550\"\"\"").contains("\r\n");
        assertThat(rows.get(2).get(16)).isEqualTo(FLOUR + "/F/1 α 600 KG");
        assertThat(rows.get(5)).contains("-0.25", "SAMPLE");
    }

    @Test
    void fsmaSpreadsheetForADateRange() {
        GenealogyGraph graph = plant();
        List<List<String>> rows = CsvReader.parse(Fsma204Csv.toCsv(graph.events(day(1), day(3))));
        assertThat(rows).extracting(row -> row.get(0))
                .containsExactly("Critical Tracking Event", "Transformation", "Transformation", "Shipping");
    }

    @Property(tries = 200)
    void csvFieldsRoundTrip(@ForAll List<@net.jqwik.api.constraints.Size(max = 3) List<String>> fields) {
        List<List<String>> rows = new ArrayList<>();
        for (List<String> row : fields) {
            if (!row.isEmpty() && !(row.size() == 1 && row.get(0).isEmpty())) {
                rows.add(row);
            }
        }
        StringBuilder out = new StringBuilder();
        Csv csv = new Csv(out);
        rows.forEach(csv::row);
        assertThat(CsvReader.parse(out.toString())).isEqualTo(rows);
    }

    @Test
    void epcisDocumentValidatesAgainstTheOfficialSchema() throws Exception {
        GenealogyGraph graph = plant();
        String json = EpcisWriter.create().toJson(graph.events(graph.forward(flour("F/1 α"))), day(9));

        assertThat(schemaErrors(json)).isEmpty();
        assertThat(schemaErrors(json.replace("\"KGM\"", "\"kg\""))).as("the validator is not vacuous")
                .isNotEmpty();
        assertThat(schemaErrors(json.replace("https://id.gs1.org/414/", "not a uri/"))).isNotEmpty();
        JsonNode document = new ObjectMapper().readTree(json);
        JsonNode events = document.path("epcisBody").path("eventList");
        assertThat(events).extracting(e -> e.path("type").asText()).containsExactly("ObjectEvent",
                "TransformationEvent", "ObjectEvent", "ObjectEvent", "TransformationEvent");
        assertThat(events.get(0).path("quantityList").get(0).path("epcClass").asText())
                .isEqualTo("https://id.gs1.org/01/04006381333931/10/F%2F1%20%CE%B1");
        assertThat(events.get(0).path("quantityList").get(0).path("uom").asText()).isEqualTo("KGM");
        assertThat(events.get(0).path("quantityList").get(0).path("quantity").decimalValue())
                .isEqualByComparingTo("1000.5");
        assertThat(events.get(0).path("sourceList").get(1).path("source").asText())
                .isEqualTo("https://id.gs1.org/414/0614141000005");
        assertThat(events.get(2).path("destinationList").get(1).path("destination").asText())
                .isEqualTo("https://acme.example/dc");
        assertThat(events.get(1).path("outputQuantityList")).hasSize(2);
    }

    @Provide
    net.jqwik.api.Arbitrary<List<GenealogyEvent>> streams() {
        return RandomEvents.streams(false);
    }

    @Property(tries = 30)
    void epcisDocumentsOfRandomStreamsValidate(@ForAll("streams") List<GenealogyEvent> events) throws Exception {
        EpcisWriter writer = EpcisWriter.create().withGtin("ITEM-A", FLOUR).withGtin("ITEM-B", MIX);
        assertThat(schemaErrors(writer.toJson(events, day(40)))).isEmpty();
    }

    @Test
    void epcisRefusesWhatItCannotMapAndNamesTheEvent() {
        List<GenealogyEvent> events = List.of(Fixtures.receive("F1", "1", "Mill", 0));
        assertThatThrownBy(() -> EpcisWriter.create().toJson(events, day(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("events[0]: item 'F' is not a GTIN; map it with EpcisWriter.withGtin(item, gtin)");
        UnitOfMeasure drum = UnitOfMeasure.of("drum");
        Receive inDrums = new Receive(day(0), LotQuantity.of(flour("X"), Quantity.of(1, drum), "Oil"), "Mill", "S",
                "Dock", "Plant", "Mill", ReferenceDocument.of("BOL", "1"));
        assertThatThrownBy(() -> EpcisWriter.create().toJson(List.of(inDrums), day(1)))
                .hasMessage("events[0]: unit 'drum' has no UN/ECE Rec 20 code; map it with "
                        + "EpcisWriter.withUnitCode(unit, code)");
        assertThat(EpcisWriter.create().withUnitCode(drum, "DR").toJson(List.of(inDrums), day(1)))
                .contains("\"uom\" : \"DR\"");
        assertThatThrownBy(() -> EpcisWriter.create().withGtin("A", "4006381333932"))
                .hasMessage("gtin is not a GTIN with a valid check digit: '4006381333932'");
    }

    @Test
    void diagramsShowEveryLotAndEdgeWithEscapedLabels() {
        GenealogyGraph graph = plant();
        Trace trace = graph.forward(flour("F/1 α"));

        String dot = TraceDiagram.dot(trace);
        assertThat(dot).startsWith("digraph trace {").contains("n0 [label=\"" + FLOUR + "/F/1 α\", style=filled")
                .contains("n0 -> n1 [label=\"600 KG\"]").contains("n1 -> n0 [label=\"10 KG\"]").endsWith("}\n");
        String mermaid = TraceDiagram.mermaid(trace);
        assertThat(mermaid).startsWith("flowchart LR\n").contains("n0 -->|\"600 KG\"| n1")
                .contains("style n0 fill:#ffd27f");
        Trace quoted = GenealogyPropertiesTest.live(List.of(Fixtures.transform(0, "Q\"1", "1", "R<2>", "1")))
                .forward(Fixtures.lot("Q\"1"));
        assertThat(TraceDiagram.dot(quoted)).contains("label=\"Q/Q\\\"1\"");
        assertThat(TraceDiagram.mermaid(quoted)).contains("[\"Q/Q#quot;1\"]").contains("[\"R/R#lt;2#gt;\"]");
    }

    @Test
    void digitalLinksEncodeLotsAndCheckGtins() {
        assertThat(DigitalLinks.percentEncode("AB-1._~ /%é")).isEqualTo("AB-1._~%20%2F%25%C3%A9");
        assertThat(DigitalLinks.gtin14("4006381333931")).isEqualTo("04006381333931");
        assertThat(DigitalLinks.gtin14("4006381333932")).isNull();
        assertThat(DigitalLinks.gtin14("ABC")).isNull();
        assertThat(DigitalLinks.location("Plant 1")).isEqualTo("urn:lotkit:location:Plant%201");
    }

    private static Set<ValidationMessage> schemaErrors(String json) throws Exception {
        Assumptions.assumeTrue(Files.exists(EPCIS_SCHEMA), "the EPCIS schema is not present");
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7);
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        try (InputStream in = Files.newInputStream(EPCIS_SCHEMA)) {
            JsonSchema schema = factory.getSchema(in, config);
            return schema.validate(new ObjectMapper().readTree(json));
        }
    }
}
