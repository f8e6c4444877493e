package io.lotkit.genealogy;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lotkit.core.LotId;
import io.lotkit.core.Quantity;
import io.lotkit.core.UnitOfMeasure;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Writes genealogy events as an EPCIS 2.0 JSON-LD document that validates against the official EPCIS 2.0 JSON
 * schema: {@link Receive} and {@link Ship} as ObjectEvents (business steps {@code receiving} and {@code shipping}),
 * {@link Transform} as a TransformationEvent, {@link Adjust} as an ObjectEvent ({@code destroying},
 * {@code sampling} or {@code cycle_counting}). Lots are lot-level classes written as GS1 Digital Link URIs
 * ({@code https://id.gs1.org/01/{gtin}/10/{lot}}), quantities as exact JSON numbers with a UN/ECE Rec 20 unit.
 *
 * <p>EPCIS needs GS1 keys where Lotkit's events carry host codes, so the writer maps them:
 * <ul>
 *   <li>an item must be a GTIN (8, 12, 13 or 14 digits with a valid check digit), or be mapped to one with
 *       {@link #withGtin(String, String)};</li>
 *   <li>a unit must be a common UN/ECE Rec 20 code ({@code KGM}, {@code GRM}, {@code LTR}, {@code MLT},
 *       {@code LBR}, {@code TNE}, {@code H87}, {@code C62}, {@code CS}, {@code MTR}), a well-known alias of one
 *       ({@code KG}, {@code G}, {@code L}, {@code ML}, {@code LB}, {@code T}, {@code EA}, {@code PCS},
 *       {@code CASE}), or be mapped with {@link #withUnitCode(UnitOfMeasure, String)};</li>
 *   <li>a location or party that is a 13-digit GLN becomes its Digital Link, one that is already an absolute URI
 *       stays as it is, and any other name becomes a {@code urn:lotkit:location:} or {@code urn:lotkit:party:}
 *       URN with the name percent-encoded; reference documents become {@code urn:lotkit:document:} URNs.</li>
 * </ul>
 * An event that cannot be mapped is refused with an {@link IllegalArgumentException} naming its index and the
 * value, never written half-way.
 *
 * <p>Immutable and thread-safe.
 */
public final class EpcisWriter {

    private static final String CONTEXT = "https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld";
    private static final Pattern UNECE_CODE = Pattern.compile("[A-Z0-9]{2,3}");
    private static final Map<String, String> KNOWN_UNITS = knownUnits();
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(SerializationFeature.INDENT_OUTPUT);

    private final Map<UnitOfMeasure, String> unitCodes;
    private final Map<String, String> gtins;

    private EpcisWriter(Map<UnitOfMeasure, String> unitCodes, Map<String, String> gtins) {
        this.unitCodes = unitCodes;
        this.gtins = gtins;
    }

    /**
     * Returns a writer with no mappings beyond GTIN items and the common unit codes.
     *
     * @return the writer
     */
    public static EpcisWriter create() {
        return new EpcisWriter(Map.of(), Map.of());
    }

    /**
     * Returns a copy that writes a unit with a UN/ECE Rec 20 code.
     *
     * @param unit the host's unit
     * @param uneceCode its UN/ECE Rec 20 code, 2 or 3 upper-case letters or digits (e.g. {@code KGM})
     * @return the new writer
     * @throws IllegalArgumentException if an argument is {@code null} or the code is malformed
     */
    public EpcisWriter withUnitCode(UnitOfMeasure unit, String uneceCode) {
        Checks.notNull("unit", unit);
        Checks.notNull("uneceCode", uneceCode);
        if (!UNECE_CODE.matcher(uneceCode).matches()) {
            throw new IllegalArgumentException(
                    "uneceCode must be 2 or 3 upper-case letters or digits: '" + uneceCode + "'");
        }
        Map<UnitOfMeasure, String> copy = new HashMap<>(unitCodes);
        copy.put(unit, uneceCode);
        return new EpcisWriter(Map.copyOf(copy), gtins);
    }

    /**
     * Returns a copy that writes the lots of an item under a GTIN.
     *
     * @param item the host's item code
     * @param gtin its GTIN-8, -12, -13 or -14
     * @return the new writer
     * @throws IllegalArgumentException if an argument is {@code null} or {@code gtin} is not a valid GTIN
     */
    public EpcisWriter withGtin(String item, String gtin) {
        Checks.notNull("item", item);
        Checks.notNull("gtin", gtin);
        String gtin14 = DigitalLinks.gtin14(gtin);
        if (gtin14 == null) {
            throw new IllegalArgumentException("gtin is not a GTIN with a valid check digit: '" + gtin + "'");
        }
        Map<String, String> copy = new HashMap<>(gtins);
        copy.put(item, gtin14);
        return new EpcisWriter(unitCodes, Map.copyOf(copy));
    }

    /**
     * Writes an EPCIS 2.0 document holding some events.
     *
     * @param events the events, in document order
     * @param creationDate the document's creation date
     * @return the JSON-LD text
     * @throws IllegalArgumentException if an argument or event is {@code null}, or an event's item or unit cannot
     *     be mapped (naming the event's index)
     */
    public String toJson(List<? extends GenealogyEvent> events, Instant creationDate) {
        Checks.notNull("events", events);
        Checks.notNull("creationDate", creationDate);
        ObjectNode document = JSON.createObjectNode();
        document.putArray("@context").add(CONTEXT);
        document.put("type", "EPCISDocument");
        document.put("schemaVersion", "2.0");
        document.put("creationDate", creationDate.toString());
        ArrayNode eventList = document.putObject("epcisBody").putArray("eventList");
        for (int i = 0; i < events.size(); i++) {
            GenealogyEvent event = events.get(i);
            if (event == null) {
                throw new IllegalArgumentException("events[" + i + "] must not be null");
            }
            try {
                eventList.add(event(event));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("events[" + i + "]: " + e.getMessage(), e);
            }
        }
        try {
            return JSON.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree could not be written", e);
        }
    }

    private ObjectNode event(GenealogyEvent event) {
        ObjectNode node = JSON.createObjectNode();
        boolean transformation = event instanceof Transform;
        node.put("type", transformation ? "TransformationEvent" : "ObjectEvent");
        node.put("eventTime", event.time().toString());
        node.put("eventTimeZoneOffset", "+00:00");
        if (!transformation) {
            node.put("action", "OBSERVE");
        }
        if (event instanceof Receive r) {
            node.put("bizStep", "receiving");
            node.put("disposition", "in_progress");
            location(node, r.receivingLocation());
            node.putArray("quantityList").add(quantity(r.received().lot(), r.received().quantity()));
            ArrayNode sources = node.putArray("sourceList");
            sources.addObject().put("type", "owning_party").put("source", DigitalLinks.party(r.supplier()));
            sources.addObject().put("type", "location").put("source", DigitalLinks.location(r.shipFrom()));
            node.putArray("destinationList").addObject().put("type", "location")
                    .put("destination", DigitalLinks.location(r.receivingLocation()));
        } else if (event instanceof Ship s) {
            node.put("bizStep", "shipping");
            node.put("disposition", "in_transit");
            location(node, s.shipFrom());
            node.putArray("quantityList").add(quantity(s.shipped().lot(), s.shipped().quantity()));
            node.putArray("sourceList").addObject().put("type", "location")
                    .put("source", DigitalLinks.location(s.shipFrom()));
            ArrayNode destinations = node.putArray("destinationList");
            destinations.addObject().put("type", "owning_party")
                    .put("destination", DigitalLinks.party(s.customer()));
            destinations.addObject().put("type", "location").put("destination", DigitalLinks.location(s.shipTo()));
        } else if (event instanceof Adjust a) {
            node.put("bizStep", switch (a.reason()) {
                case SCRAP -> "destroying";
                case SAMPLE -> "sampling";
                case COUNT_LOSS, COUNT_GAIN -> "cycle_counting";
            });
            node.put("disposition", a.reason() == AdjustReason.SCRAP ? "destroyed" : "in_progress");
            location(node, a.location());
            node.putArray("quantityList").add(quantity(a.lot(), a.quantity()));
        } else {
            Transform t = (Transform) event;
            ArrayNode inputs = node.putArray("inputQuantityList");
            t.inputs().forEach(line -> inputs.add(quantity(line.lot(), line.quantity())));
            ArrayNode outputs = node.putArray("outputQuantityList");
            t.outputs().forEach(line -> outputs.add(quantity(line.lot(), line.quantity())));
            node.put("bizStep", "commissioning");
            node.put("disposition", "in_progress");
            location(node, t.location());
        }
        ObjectNode transaction = node.putArray("bizTransactionList").addObject();
        String type = transactionType(event.reference().type());
        if (type != null) {
            transaction.put("type", type);
        }
        transaction.put("bizTransaction", DigitalLinks.document(event.reference()));
        return node;
    }

    private static void location(ObjectNode node, String location) {
        String uri = DigitalLinks.location(location);
        node.putObject("readPoint").put("id", uri);
        node.putObject("bizLocation").put("id", uri);
    }

    private ObjectNode quantity(LotId lot, Quantity quantity) {
        String gtin = gtins.containsKey(lot.item()) ? gtins.get(lot.item()) : DigitalLinks.gtin14(lot.item());
        if (gtin == null) {
            throw new IllegalArgumentException("item '" + lot.item()
                    + "' is not a GTIN; map it with EpcisWriter.withGtin(item, gtin)");
        }
        ObjectNode node = JSON.createObjectNode();
        node.put("epcClass", DigitalLinks.lotClass(gtin, lot.lotNumber()));
        node.put("quantity", quantity.value());
        node.put("uom", unitCode(quantity.unit()));
        return node;
    }

    private String unitCode(UnitOfMeasure unit) {
        String code = unitCodes.containsKey(unit) ? unitCodes.get(unit) : KNOWN_UNITS.get(unit.code());
        if (code == null) {
            throw new IllegalArgumentException("unit '" + unit.code()
                    + "' has no UN/ECE Rec 20 code; map it with EpcisWriter.withUnitCode(unit, code)");
        }
        return code;
    }

    /** Maps the common reference document types to the CBV business transaction types. */
    private static String transactionType(String documentType) {
        String type = documentType.toLowerCase(Locale.ROOT).replace(" ", "").replace("-", "");
        return switch (type) {
            case "bol", "billoflading" -> "bol";
            case "inv", "invoice" -> "inv";
            case "po", "purchaseorder" -> "po";
            case "prodorder", "productionorder", "workorder" -> "prodorder";
            case "desadv", "asn", "despatchadvice", "dispatchadvice" -> "desadv";
            case "recadv", "receivingadvice" -> "recadv";
            case "rma" -> "rma";
            default -> null;
        };
    }

    private static Map<String, String> knownUnits() {
        Map<String, String> units = new HashMap<>();
        for (String code : List.of("KGM", "GRM", "LTR", "MLT", "LBR", "TNE", "H87", "C62", "CS", "MTR")) {
            units.put(code, code);
        }
        units.putAll(Map.of("KG", "KGM", "G", "GRM", "L", "LTR", "ML", "MLT", "LB", "LBR", "T", "TNE", "EA", "H87",
                "PCS", "H87", "CASE", "CS"));
        return Map.copyOf(units);
    }
}
