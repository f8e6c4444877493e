package io.lotkit.genealogy;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.lotkit.core.LotId;
import java.time.Instant;
import java.util.List;

/**
 * A critical tracking event of the genealogy graph, after the FSMA 204 critical tracking events and EPCIS 2.0:
 * {@link Receive} (from a supplier), {@link Transform} (production, blending, repacking, relabelling, splits and
 * merges), {@link Ship} (to a customer) and {@link Adjust} (scrap, samples, count corrections).
 *
 * <p>Each event carries the key data elements the FSMA 204 record needs. Events are written through the journal
 * by {@link GenealogyGraph#record(GenealogyEvent)}; their JSON form (for a file journal) names the kind in a
 * {@code "type"} property.
 *
 * <p>Implementations are immutable and thread-safe.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = Receive.class, name = "receive"),
    @JsonSubTypes.Type(value = Transform.class, name = "transform"),
    @JsonSubTypes.Type(value = Ship.class, name = "ship"),
    @JsonSubTypes.Type(value = Adjust.class, name = "adjust")
})
public sealed interface GenealogyEvent permits Receive, Transform, Ship, Adjust {

    /**
     * Returns when the event happened (received, transformation completed, shipped, adjusted).
     *
     * @return the event time
     */
    Instant time();

    /**
     * Returns the business document behind the event.
     *
     * @return the reference document
     */
    ReferenceDocument reference();

    /**
     * Returns every lot the event names, inputs before outputs.
     *
     * @return the lots, never empty
     */
    List<LotId> lots();
}
