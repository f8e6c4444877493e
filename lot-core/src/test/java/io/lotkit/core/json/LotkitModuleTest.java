package io.lotkit.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.lotkit.core.IllegalStatusTransitionException;
import io.lotkit.core.Lot;
import io.lotkit.core.LotId;
import io.lotkit.core.LotOrigin;
import io.lotkit.core.LotStatus;
import io.lotkit.core.LotkitArbitraries;
import io.lotkit.core.NegativeQuantityException;
import io.lotkit.core.Quantity;
import io.lotkit.core.StatusChange;
import io.lotkit.core.UnitOfMeasure;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class LotkitModuleTest {

    private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new LotkitModule());

    @Provide
    Arbitrary<Lot> lots() {
        return LotkitArbitraries.lots();
    }

    @Provide
    Arbitrary<Quantity> quantities() {
        return LotkitArbitraries.quantities();
    }

    @Provide
    Arbitrary<StatusChange> changes() {
        return Combinators.combine(LotkitArbitraries.lotIds(), LotkitArbitraries.instants(),
                        net.jqwik.api.Arbitraries.of(LotStatus.class).filter(s -> !s.isTerminal()),
                        net.jqwik.api.Arbitraries.strings().ofMinLength(1).ofMaxLength(20).filter(s -> !s.isBlank()))
                .as((id, at, from, reason) ->
                        new StatusChange(id, from, from.allowedNext().iterator().next(), reason, at));
    }

    private static <T> T roundTrip(T value, Class<T> type) throws JsonProcessingException {
        return MAPPER.readValue(MAPPER.writeValueAsString(value), type);
    }

    @Property(tries = 200)
    void lotsRoundTrip(@ForAll("lots") Lot lot) throws JsonProcessingException {
        Lot back = roundTrip(lot, Lot.class);
        assertThat(back).isEqualTo(lot);
        assertThat(back.attributes().keySet()).containsExactlyElementsOf(lot.attributes().keySet());
        assertThat(roundTrip(lot.id(), LotId.class)).isEqualTo(lot.id());
        assertThat(roundTrip(lot.status(), LotStatus.class)).isEqualTo(lot.status());
        if (lot.origin().isPresent()) {
            assertThat(roundTrip(lot.origin().get(), LotOrigin.class)).isEqualTo(lot.origin().get());
        }
    }

    @Property(tries = 300)
    void quantitiesRoundTripWithTheirScale(@ForAll("quantities") Quantity quantity) throws JsonProcessingException {
        Quantity back = roundTrip(quantity, Quantity.class);
        assertThat(back).isEqualTo(quantity);
        assertThat(back.value().scale()).isEqualTo(quantity.value().scale());
        assertThat(roundTrip(quantity.unit(), UnitOfMeasure.class)).isEqualTo(quantity.unit());
    }

    @Property(tries = 200)
    void statusChangesRoundTrip(@ForAll("changes") StatusChange change) throws JsonProcessingException {
        assertThat(roundTrip(change, StatusChange.class)).isEqualTo(change);
    }

    @Test
    void writesTheDocumentedForms() throws JsonProcessingException {
        Lot lot = Lot.builder(LotId.of("4012345000009", "L-0042")).status(LotStatus.RELEASED)
                .productionDate(LocalDate.of(2024, 2, 29)).origin(LotOrigin.of("ACME", "a 17/3"))
                .attribute("colour", "red").build();
        assertThat(MAPPER.writeValueAsString(lot)).isEqualTo("{\"id\":{\"item\":\"4012345000009\",\"lotNumber\":"
                + "\"L-0042\"},\"status\":\"RELEASED\",\"productionDate\":\"2024-02-29\",\"origin\":{\"supplier\":"
                + "\"ACME\",\"supplierLotNumber\":\"a 17/3\"},\"attributes\":{\"colour\":\"red\"}}");
        assertThat(MAPPER.writeValueAsString(Quantity.parse("12.500 KG")))
                .isEqualTo("{\"value\":\"12.500\",\"unit\":\"KG\"}");
        assertThat(MAPPER.writeValueAsString(new StatusChange(lot.id(), LotStatus.RELEASED, LotStatus.ON_HOLD,
                "complaint", Instant.parse("2024-01-16T08:30:00Z"))))
                .isEqualTo("{\"lotId\":{\"item\":\"4012345000009\",\"lotNumber\":\"L-0042\"},\"from\":\"RELEASED\","
                        + "\"to\":\"ON_HOLD\",\"reason\":\"complaint\",\"at\":\"2024-01-16T08:30:00Z\"}");
        assertThat(MAPPER.writeValueAsString(UnitOfMeasure.of("KG"))).isEqualTo("\"KG\"");
    }

    @Test
    void missingOrMisshapenFieldsAreNamed() throws JsonProcessingException {
        assertThatThrownBy(() -> MAPPER.readValue("{\"unit\":\"KG\"}", Quantity.class))
                .isInstanceOf(MismatchedInputException.class)
                .hasMessageStartingWith("Quantity.value: required field is missing");
        assertThatThrownBy(() -> MAPPER.readValue("{\"value\":12.5,\"unit\":\"KG\"}", Quantity.class))
                .isInstanceOf(MismatchedInputException.class)
                .hasMessageContaining("Quantity.value: expected the amount as a JSON string");
        assertThatThrownBy(() -> MAPPER.readValue("\"KG\"", Quantity.class))
                .hasMessageStartingWith("Quantity: expected a JSON object for Quantity, got string");
        assertThatThrownBy(() -> MAPPER.readValue("{\"id\":{\"item\":\"A\"},\"status\":\"RELEASED\"}", Lot.class))
                .hasMessageStartingWith("Lot.id.lotNumber: required field is missing");
        assertThatThrownBy(() -> MAPPER.readValue(
                "{\"id\":{\"item\":\"A\",\"lotNumber\":\"1\"},\"status\":\"RELEASED\",\"attributes\":{\"k\":1}}",
                Lot.class))
                .hasMessageStartingWith("Lot.attributes.k: expected a JSON string, got number");
        assertThatThrownBy(() -> MAPPER.readValue("{\"value\":\"1\",\"unit\":\"KG\",\"extra\":1}", Quantity.class))
                .hasMessageStartingWith("Quantity: unknown field \"extra\"");
        ObjectMapper lenient = new ObjectMapper().registerModule(new LotkitModule())
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        assertThat(lenient.readValue("{\"value\":\"1\",\"unit\":\"KG\",\"extra\":1}", Quantity.class))
                .isEqualTo(Quantity.parse("1 KG"));
    }

    @Test
    void valuesTheDomainRefusesAreWrappedWithTheirPathAndCause() {
        assertThatThrownBy(() -> MAPPER.readValue("{\"value\":\"-1.5\",\"unit\":\"KG\"}", Quantity.class))
                .isInstanceOf(ValueInstantiationException.class)
                .hasMessageStartingWith("Quantity.value: invalid Quantity: quantity must not be negative")
                .hasCauseInstanceOf(NegativeQuantityException.class);
        assertThatThrownBy(() -> MAPPER.readValue("{\"value\":\"12,5\",\"unit\":\"KG\"}", Quantity.class))
                .hasMessageStartingWith("Quantity.value: invalid Quantity: \"12,5\" is not a decimal number");
        assertThatThrownBy(() -> MAPPER.readValue("{\"value\":\"1\",\"unit\":\"K G\"}", Quantity.class))
                .hasMessageStartingWith("Quantity.unit: invalid UnitOfMeasure: unit code \"K G\" contains whitespace");
        assertThatThrownBy(() -> MAPPER.readValue("{\"value\":\"1" + "0".repeat(500) + "\",\"unit\":\"KG\"}",
                Quantity.class)).hasMessageContaining("at most 116 allowed");
        assertThatThrownBy(() -> MAPPER.readValue("{\"id\":{\"item\":\"A\",\"lotNumber\":\"1\"},\"status\":\"FINE\"}",
                Lot.class)).hasMessageStartingWith("Lot.status: invalid LotStatus: \"FINE\" is not one of [QUARANTINE");
        assertThatThrownBy(() -> MAPPER.readValue("{\"id\":{\"item\":\"A\",\"lotNumber\":\"1\"},\"status\":\"RELEASED\","
                + "\"productionDate\":\"2024-02-30\"}", Lot.class))
                .hasMessageStartingWith("Lot.productionDate: invalid LocalDate: \"2024-02-30\" is not an ISO-8601 date");
        assertThatThrownBy(() -> MAPPER.readValue("{\"id\":{\"item\":\"A\",\"lotNumber\":\"1\"},\"status\":\"RELEASED\","
                + "\"productionDate\":\"2024-02-10\",\"expiryDate\":\"2024-02-01\"}", Lot.class))
                .isInstanceOf(ValueInstantiationException.class)
                .hasMessageStartingWith("Lot: invalid Lot: lot A/1: expiryDate 2024-02-01 is before productionDate")
                .hasCauseInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MAPPER.readValue("{\"lotId\":{\"item\":\"A\",\"lotNumber\":\"1\"},\"from\":\"CONSUMED\","
                + "\"to\":\"RELEASED\",\"reason\":\"oops\",\"at\":\"2024-01-16T08:30:00Z\"}", StatusChange.class))
                .hasMessageContaining("StatusChange: invalid StatusChange: lot A/1 cannot move from CONSUMED to RELEASED")
                .hasCauseInstanceOf(IllegalStatusTransitionException.class);
        assertThatThrownBy(() -> MAPPER.readValue("{\"lotId\":{\"item\":\"A\",\"lotNumber\":\"1\"},\"from\":\"QUARANTINE\","
                + "\"to\":\"RELEASED\",\"reason\":\"ok\",\"at\":\"yesterday\"}", StatusChange.class))
                .hasMessageStartingWith("StatusChange.at: invalid Instant: \"yesterday\" is not an ISO-8601 instant");
    }

    @Test
    void oneMapperServesManyThreads() throws Exception {
        List<Lot> lots = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            lots.add(Lot.builder(LotId.of("ITEM-" + (i % 7), "L" + i)).expiryDate(LocalDate.of(2025, 1, 1).plusDays(i))
                    .attribute("n", Integer.toString(i)).build());
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                results.add(pool.submit(() -> {
                    for (Lot lot : lots) {
                        if (!roundTrip(lot, Lot.class).equals(lot)) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> result : results) {
                assertThat(result.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
