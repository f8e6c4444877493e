package io.lotkit.genealogy;

import io.lotkit.core.LotId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Input lots consumed to make output lots (the FSMA 204 "transformation" critical tracking event; an EPCIS
 * TransformationEvent). It covers production, blending, repacking, relabelling, splits and merges.
 *
 * <p>In the graph every input becomes a parent of every output; the edge carries the quantity of the input that
 * the transformation consumed.
 *
 * <p>Immutable and thread-safe.
 *
 * @param time when the transformation was completed
 * @param inputs the lots consumed, with the quantities consumed; not empty, no lot twice
 * @param outputs the lots produced, with the quantities produced; not empty, no lot twice, none also an input
 * @param location the location of the transformation, which is where the outputs' lot codes were assigned
 * @param reference the business document, e.g. the production order
 */
public record Transform(Instant time, List<LotQuantity> inputs, List<LotQuantity> outputs, String location,
        ReferenceDocument reference) implements GenealogyEvent {

    /**
     * Validates the parts and copies the lists.
     *
     * @param time when the transformation was completed
     * @param inputs the lots consumed
     * @param outputs the lots produced
     * @param location the location of the transformation
     * @param reference the business document
     * @throws IllegalArgumentException if a part is {@code null}, a list is empty or contains {@code null}, a lot
     *     appears twice among the inputs or outputs, or the location is blank
     */
    public Transform {
        Checks.notNull("time", time);
        inputs = Checks.nonEmptyList("inputs", inputs);
        outputs = Checks.nonEmptyList("outputs", outputs);
        Checks.text("location", location);
        Checks.notNull("reference", reference);
        Set<LotId> seen = new HashSet<>();
        requireDistinct("inputs", inputs, seen);
        requireDistinct("outputs", outputs, seen);
    }

    private static void requireDistinct(String field, List<LotQuantity> lines, Set<LotId> seen) {
        for (int i = 0; i < lines.size(); i++) {
            if (!seen.add(lines.get(i).lot())) {
                throw new IllegalArgumentException(
                        field + "[" + i + "] repeats lot " + lines.get(i).lot() + " already named in this transform");
            }
        }
    }

    @Override
    public List<LotId> lots() {
        List<LotId> lots = new ArrayList<>(inputs.size() + outputs.size());
        inputs.forEach(line -> lots.add(line.lot()));
        outputs.forEach(line -> lots.add(line.lot()));
        return List.copyOf(lots);
    }
}
