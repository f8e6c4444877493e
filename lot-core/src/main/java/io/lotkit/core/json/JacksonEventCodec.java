package io.lotkit.core.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.lotkit.core.spi.EventCodec;

/**
 * An {@link EventCodec} that writes events as JSON with a Jackson {@link ObjectMapper}. Polymorphic event
 * hierarchies need type information (for example {@code @JsonTypeInfo} on their base type, or a mix-in).
 *
 * <p><b>Thread-safety:</b> safe for concurrent use once created, as Jackson's readers and writers are.
 *
 * @param <E> the event type
 */
public final class JacksonEventCodec<E> implements EventCodec<E> {

    private final JavaType type;
    private final ObjectReader reader;
    private final ObjectWriter writer;

    private JacksonEventCodec(ObjectMapper mapper, JavaType type) {
        this.type = type;
        this.reader = mapper.readerFor(type);
        this.writer = mapper.writerFor(type);
    }

    /**
     * Creates a codec for events of a type, using a mapper configured by the caller.
     *
     * @param mapper the mapper; it is not changed
     * @param type the event type, usually the base type of a sealed event hierarchy
     * @param <E> the event type
     * @return the codec
     * @throws IllegalArgumentException if an argument is {@code null}
     */
    public static <E> JacksonEventCodec<E> of(ObjectMapper mapper, Class<E> type) {
        if (mapper == null || type == null) {
            throw new IllegalArgumentException("mapper and type must not be null");
        }
        return new JacksonEventCodec<>(mapper, mapper.constructType(type));
    }

    @Override
    public String encode(E event) {
        try {
            return writer.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot encode " + type + ": " + e.getOriginalMessage(), e);
        }
    }

    @Override
    public E decode(String text) {
        try {
            E event = reader.readValue(text);
            if (event == null) {
                throw new IllegalArgumentException("cannot decode " + type + " from JSON null");
            }
            return event;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot decode " + type + ": " + e.getOriginalMessage(), e);
        }
    }
}
