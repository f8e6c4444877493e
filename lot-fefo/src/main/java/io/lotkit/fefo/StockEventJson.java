package io.lotkit.fefo;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lotkit.core.json.JacksonEventCodec;
import io.lotkit.core.json.LotkitModule;
import io.lotkit.core.spi.EventCodec;

/**
 * The JSON form of stock events: lot-core's {@link LotkitModule} writes the core types (lots, statuses, status
 * changes), and quantities are read back as exact decimals.
 */
final class StockEventJson {

    private static final EventCodec<StockEvent> CODEC = JacksonEventCodec.of(mapper(), StockEvent.class);

    private StockEventJson() {
    }

    static EventCodec<StockEvent> codec() {
        return CODEC;
    }

    private static ObjectMapper mapper() {
        ObjectMapper mapper = new ObjectMapper();
        mapper.registerModule(new LotkitModule());
        mapper.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
        mapper.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        mapper.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        return mapper;
    }
}
