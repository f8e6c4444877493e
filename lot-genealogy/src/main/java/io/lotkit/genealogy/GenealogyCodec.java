package io.lotkit.genealogy;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.lotkit.core.json.JacksonEventCodec;
import io.lotkit.core.json.LotkitModule;
import io.lotkit.core.spi.EventCodec;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * The JSON codec of genealogy events, for a journal that stores events as text (such as lot-core's file journal):
 * each event is one JSON object whose {@code "type"} names its kind, times are ISO-8601 instants and quantities are
 * exact decimals.
 *
 * <p>Immutable and thread-safe.
 */
public final class GenealogyCodec {

    private static final EventCodec<GenealogyEvent> JSON = JacksonEventCodec.of(mapper(), GenealogyEvent.class);

    private GenealogyCodec() {
    }

    /**
     * Returns the JSON codec of genealogy events.
     *
     * @return the codec, shared
     */
    public static EventCodec<GenealogyEvent> json() {
        return JSON;
    }

    static ObjectMapper mapper() {
        SimpleModule times = new SimpleModule("lotkit-genealogy-instants");
        times.addSerializer(Instant.class, new InstantWriter());
        times.addDeserializer(Instant.class, new InstantReader());
        return new ObjectMapper()
                .registerModule(new LotkitModule())
                .registerModule(times)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES);
    }

    /** Writes an instant as its ISO-8601 text, keeping every digit of the fraction. */
    private static final class InstantWriter extends JsonSerializer<Instant> {
        @Override
        public void serialize(Instant value, JsonGenerator generator, SerializerProvider provider)
                throws IOException {
            generator.writeString(value.toString());
        }
    }

    /** Reads an ISO-8601 instant, reporting a malformed one as a mapping error with its text. */
    private static final class InstantReader extends JsonDeserializer<Instant> {
        @Override
        public Instant deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = parser.getValueAsString();
            if (text == null) {
                return (Instant) context.handleUnexpectedToken(Instant.class, parser);
            }
            try {
                return Instant.parse(text);
            } catch (DateTimeParseException e) {
                return (Instant) context.handleWeirdStringValue(Instant.class, text, "not an ISO-8601 instant");
            }
        }
    }
}
