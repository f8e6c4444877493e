package io.lotkit.fefo;

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
import io.lotkit.core.spi.EventCodec;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * The JSON form of stock events. Dates are written as ISO-8601 text by a small module of our own, so the module
 * needs no Jackson add-on; quantities are read back as exact decimals.
 */
final class StockEventJson {

    private static final EventCodec<StockEvent> CODEC = JacksonEventCodec.of(mapper(), StockEvent.class);

    private StockEventJson() {
    }

    static EventCodec<StockEvent> codec() {
        return CODEC;
    }

    private static ObjectMapper mapper() {
        SimpleModule dates = new SimpleModule("lotkit-fefo-dates");
        dates.addSerializer(LocalDate.class, new JsonSerializer<>() {
            @Override
            public void serialize(LocalDate value, JsonGenerator out, SerializerProvider provider) throws IOException {
                out.writeString(value.toString());
            }
        });
        dates.addDeserializer(LocalDate.class, new JsonDeserializer<>() {
            @Override
            public LocalDate deserialize(JsonParser in, DeserializationContext context) throws IOException {
                String text = in.getValueAsString();
                try {
                    return LocalDate.parse(text);
                } catch (DateTimeParseException e) {
                    return (LocalDate) context.handleWeirdStringValue(LocalDate.class, text, e.getMessage());
                }
            }
        });
        ObjectMapper mapper = new ObjectMapper();
        mapper.registerModule(dates);
        mapper.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
        mapper.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        return mapper;
    }
}
