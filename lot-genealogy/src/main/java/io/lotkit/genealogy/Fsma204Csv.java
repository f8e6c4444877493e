package io.lotkit.genealogy;

import java.io.UncheckedIOException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes the FSMA 204 electronic sortable spreadsheet: CSV (RFC 4180) with a header row and one row per critical
 * tracking event and traceability lot — a receipt, a shipment or an adjustment gives one row, a transformation one
 * row per lot it produced (with its input lots in the {@code Input Lots} column) — and the key data elements as
 * columns. Dates are ISO-8601 in UTC; quantities are exact plain decimals.
 *
 * <p>Give it the events of a trace ({@link GenealogyGraph#events(Trace)}) or of a date range
 * ({@link GenealogyGraph#events(java.time.Instant, java.time.Instant)}).
 *
 * <p>Immutable and thread-safe (it has no state).
 */
public final class Fsma204Csv {

    /** The columns, in order, with their header text. */
    private enum Column {
        EVENT("Critical Tracking Event"), DATE("Event Date"), TIME("Event Time"), LOT_CODE("Traceability Lot Code"),
        ITEM("Item"), DESCRIPTION("Product Description"), QUANTITY("Quantity"), UNIT("Unit of Measure"),
        LOT_CODE_SOURCE("Traceability Lot Code Source"), SHIP_FROM("Ship-From Location"),
        SHIP_TO("Ship-To Location"), RECEIVING_LOCATION("Receiving Location"), LOCATION("Event Location"),
        PREVIOUS_SOURCE("Immediate Previous Source"), SUBSEQUENT_RECIPIENT("Immediate Subsequent Recipient"),
        SUPPLIER_LOT("Supplier Lot Code"), INPUT_LOTS("Input Lots"), REASON("Adjustment Reason"),
        DOCUMENT_TYPE("Reference Document Type"), DOCUMENT_NUMBER("Reference Document Number");

        final String header;

        Column(String header) {
            this.header = header;
        }
    }

    /** The header row, in column order. */
    public static final List<String> COLUMNS =
            Arrays.stream(Column.values()).map(column -> column.header).toList();

    private Fsma204Csv() {
    }

    /**
     * Writes the spreadsheet for some events.
     *
     * @param events the events, in the order of the rows
     * @param out where the CSV text goes
     * @throws IllegalArgumentException if an argument is {@code null} or an event is {@code null} (naming its index)
     * @throws UncheckedIOException if {@code out} fails
     */
    public static void write(List<? extends GenealogyEvent> events, Appendable out) {
        Checks.notNull("events", events);
        Checks.notNull("out", out);
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i) == null) {
                throw new IllegalArgumentException("events[" + i + "] must not be null");
            }
        }
        Csv csv = new Csv(out);
        csv.row(COLUMNS);
        for (GenealogyEvent event : events) {
            for (Map<Column, String> row : rows(event)) {
                csv.row(cells(row));
            }
        }
    }

    /**
     * Returns the spreadsheet for some events as text.
     *
     * @param events the events, in the order of the rows
     * @return the CSV text
     * @throws IllegalArgumentException if {@code events} is {@code null} or contains {@code null}
     */
    public static String toCsv(List<? extends GenealogyEvent> events) {
        StringBuilder text = new StringBuilder();
        write(events, text);
        return text.toString();
    }

    private static List<Map<Column, String>> rows(GenealogyEvent event) {
        List<Map<Column, String>> rows = new ArrayList<>();
        if (event instanceof Receive r) {
            Map<Column, String> row = row("Receiving", event, r.received());
            row.put(Column.LOT_CODE_SOURCE, r.lotCodeSource());
            row.put(Column.SHIP_FROM, r.shipFrom());
            row.put(Column.RECEIVING_LOCATION, r.receivingLocation());
            row.put(Column.LOCATION, r.receivingLocation());
            row.put(Column.PREVIOUS_SOURCE, r.supplier());
            row.put(Column.SUPPLIER_LOT, r.supplierLot());
            rows.add(row);
        } else if (event instanceof Ship s) {
            Map<Column, String> row = row("Shipping", event, s.shipped());
            row.put(Column.LOT_CODE_SOURCE, s.lotCodeSource());
            row.put(Column.SHIP_FROM, s.shipFrom());
            row.put(Column.SHIP_TO, s.shipTo());
            row.put(Column.LOCATION, s.shipFrom());
            row.put(Column.SUBSEQUENT_RECIPIENT, s.customer());
            rows.add(row);
        } else if (event instanceof Adjust a) {
            Map<Column, String> row = row("Adjustment", event, null);
            row.put(Column.LOT_CODE, a.lot().lotNumber());
            row.put(Column.ITEM, a.lot().item());
            // Signed, so that a sort or sum over the column reads the adjustment the right way.
            row.put(Column.QUANTITY, (a.reason().increases() ? "" : "-") + a.quantity().value().toPlainString());
            row.put(Column.UNIT, a.quantity().unit().code());
            row.put(Column.LOCATION, a.location());
            row.put(Column.REASON, a.reason().name());
            rows.add(row);
        } else {
            Transform t = (Transform) event;
            String inputs = t.inputs().stream()
                    .map(in -> in.lot() + " " + in.quantity().value().toPlainString() + " "
                            + in.quantity().unit().code())
                    .collect(Collectors.joining("; "));
            for (LotQuantity output : t.outputs()) {
                Map<Column, String> row = row("Transformation", event, output);
                row.put(Column.LOT_CODE_SOURCE, t.location());
                row.put(Column.LOCATION, t.location());
                row.put(Column.INPUT_LOTS, inputs);
                rows.add(row);
            }
        }
        return rows;
    }

    private static Map<Column, String> row(String kind, GenealogyEvent event, LotQuantity line) {
        Map<Column, String> row = new EnumMap<>(Column.class);
        row.put(Column.EVENT, kind);
        row.put(Column.DATE, event.time().atOffset(ZoneOffset.UTC).toLocalDate().toString());
        row.put(Column.TIME, event.time().toString());
        if (line != null) {
            row.put(Column.LOT_CODE, line.lot().lotNumber());
            row.put(Column.ITEM, line.lot().item());
            row.put(Column.DESCRIPTION, line.productDescription());
            row.put(Column.QUANTITY, line.quantity().value().toPlainString());
            row.put(Column.UNIT, line.quantity().unit().code());
        }
        row.put(Column.DOCUMENT_TYPE, event.reference().type());
        row.put(Column.DOCUMENT_NUMBER, event.reference().number());
        return row;
    }

    private static List<String> cells(Map<Column, String> row) {
        List<String> cells = new ArrayList<>(Column.values().length);
        for (Column column : Column.values()) {
            cells.add(row.getOrDefault(column, ""));
        }
        return cells;
    }
}
