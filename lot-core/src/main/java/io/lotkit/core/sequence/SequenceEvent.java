package io.lotkit.core.sequence;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;

/**
 * A change to a generator's counters, written to the journal before it is applied in memory and replayed on
 * start. A scope is identified by a list: the period key first (a number derived from the date parts the format
 * prints, {@code "0"} when the sequence never resets), then the value of each scope field in scope order.
 *
 * <p>Implementations are immutable and thread-safe.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = SequenceReserved.class, name = "reserved"),
    @JsonSubTypes.Type(value = ManualNumberRegistered.class, name = "manual")
})
public sealed interface SequenceEvent permits SequenceReserved, ManualNumberRegistered {

    /**
     * Returns the scope the event belongs to.
     *
     * @return the period key followed by the scope field values
     */
    List<String> scope();
}
