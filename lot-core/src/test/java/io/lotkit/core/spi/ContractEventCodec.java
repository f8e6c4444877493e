package io.lotkit.core.spi;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.lotkit.core.json.JacksonEventCodec;

/**
 * The codec of the journal contract kit: JSON through {@link JacksonEventCodec}, except that it refuses to encode
 * a {@linkplain ContractEvent#poison() poisoned} event, which lets a test make one event of a batch fail.
 *
 * <p>Safe for concurrent use.
 */
public final class ContractEventCodec implements EventCodec<ContractEvent> {

    private final EventCodec<ContractEvent> json = JacksonEventCodec.of(new ObjectMapper(), ContractEvent.class);

    /** Creates the codec. */
    public ContractEventCodec() {
    }

    /**
     * Encodes an event as JSON.
     *
     * @param event the event
     * @return its JSON
     * @throws IllegalArgumentException if the event is poisoned
     */
    @Override
    public String encode(ContractEvent event) {
        if (event.poison()) {
            throw new IllegalArgumentException("event " + event.id() + " is poisoned and cannot be encoded");
        }
        return json.encode(event);
    }

    /**
     * Decodes an event from JSON.
     *
     * @param text the JSON
     * @return the event
     * @throws IllegalArgumentException if the text is not an encoded event
     */
    @Override
    public ContractEvent decode(String text) {
        return json.decode(text);
    }
}
