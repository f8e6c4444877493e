package io.lotkit.drill;

import io.lotkit.core.LotId;
import io.lotkit.genealogy.EpcisWriter;
import io.lotkit.genealogy.Fsma204Csv;
import io.lotkit.genealogy.GenealogyEvent;
import io.lotkit.genealogy.GenealogyGraph;
import io.lotkit.genealogy.RecallScope;
import io.lotkit.genealogy.Shipment;
import io.lotkit.genealogy.TraceDiagram;
import io.lotkit.genealogy.TracedLot;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeSet;

/**
 * Step 5: recalls one supplier lot. Traces it forward to every finished lot made from it and every customer that
 * received one, writes the FSMA 204 spreadsheet, the EPCIS 2.0 JSON-LD document and a Graphviz DOT picture of the
 * trace, and computes a digest of the sorted traced lots, customers and shipments, so that two runs can be compared.
 */
final class Recall {

    /**
     * What the recall found and wrote.
     *
     * @param lot the recalled lot
     * @param tracedLots the lots made from it
     * @param customers the customers that received any of them
     * @param shipments the shipments to recall
     * @param events the critical tracking events behind the trace
     * @param digest SHA-256 of the sorted traced lots, customers and shipments, in hexadecimal
     * @param csv the FSMA 204 spreadsheet
     * @param epcis the EPCIS 2.0 JSON-LD document
     * @param dot the Graphviz DOT rendering
     * @param nanos how long the trace took (without the exports)
     */
    record Result(LotId lot, int tracedLots, int customers, int shipments, int events, String digest, Path csv,
            Path epcis, Path dot, long nanos) {
    }

    private Recall() {
    }

    static Result run(GenealogyGraph graph, LotId lot, Path dir) {
        long start = System.nanoTime();
        RecallScope scope = graph.recallScope(lot);
        long nanos = System.nanoTime() - start;
        List<GenealogyEvent> events = graph.events(scope.trace());
        String name = "recall-" + (lot.item() + "-" + lot.lotNumber()).replaceAll("[^A-Za-z0-9-]", "_");
        Path csv = write(dir.resolve(name + "-fsma204.csv"), Fsma204Csv.toCsv(events));
        Path epcis = write(dir.resolve(name + "-epcis.jsonld"),
                EpcisWriter.create().toJson(events, Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS)));
        Path dot = write(dir.resolve(name + "-trace.dot"), TraceDiagram.dot(scope.trace()));
        return new Result(lot, scope.trace().size(), scope.customers().size(), scope.shipments().size(), events.size(),
                digest(scope), csv, epcis, dot, nanos);
    }

    /** Sorted, so that the digest depends only on what the recall reaches, never on the order it was found in. */
    static String digest(RecallScope scope) {
        TreeSet<String> lines = new TreeSet<>();
        lines.add("origin " + scope.trace().origin());
        for (TracedLot traced : scope.trace().lots()) {
            lines.add("lot " + traced.lot() + " depth " + traced.depth());
        }
        for (Shipment shipment : scope.shipments()) {
            lines.add("shipment " + shipment.customer() + " " + shipment.lot() + " " + shipment.quantity() + " "
                    + shipment.time());
        }
        scope.customers().forEach(customer -> lines.add("customer " + customer.customer()));
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String line : new ArrayList<>(lines)) {
                sha.update((line + "\n").getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    private static Path write(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
