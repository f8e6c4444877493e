package io.lotkit.core.json;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.lotkit.core.Lot;
import io.lotkit.core.LotId;
import io.lotkit.core.LotOrigin;
import io.lotkit.core.LotStatus;
import io.lotkit.core.Quantity;
import io.lotkit.core.StatusChange;
import io.lotkit.core.UnitOfMeasure;

/**
 * A Jackson module that reads and writes Lotkit's core types, so the domain types need no Jackson annotations.
 * Register it once: {@code new ObjectMapper().registerModule(new LotkitModule())}.
 *
 * <p>JSON forms:
 * <ul>
 *   <li>{@link UnitOfMeasure}: {@code "KG"}; {@link LotStatus}: {@code "RELEASED"};</li>
 *   <li>{@link Quantity}: {@code {"value":"12.500","unit":"KG"}}. The amount is a JSON <em>string</em> in plain
 *       notation, so that no reader (in Java or elsewhere) turns it into a binary floating-point number; a JSON
 *       number is refused. Value and scale round-trip exactly;</li>
 *   <li>{@link LotId}: {@code {"item":"...","lotNumber":"..."}}; {@link LotOrigin}:
 *       {@code {"supplier":"...","supplierLotNumber":"..."}};</li>
 *   <li>{@link StatusChange}: {@code {"lotId":{...},"from":"QUARANTINE","to":"RELEASED","reason":"...",
 *       "at":"2024-01-16T08:30:00Z"}};</li>
 *   <li>{@link Lot}: {@code {"id":{...},"status":"...","productionDate":"2024-01-15",...,"origin":{...},
 *       "attributes":{...}}}, absent dates and origin left out.</li>
 * </ul>
 * Dates are ISO-8601 strings ({@code 2024-02-29}), instants ISO-8601 in UTC ({@code 2024-02-29T10:15:30Z}).
 * The module handles them itself for these types and does not need (nor affect) {@code jackson-datatype-jsr310}.
 *
 * <p>Bad input is refused with a Jackson exception whose message names the field by its path, e.g.
 * {@code "Lot.expiryDate: invalid Lot: ..."} or {@code "Quantity.value: required field is missing"}: a
 * {@link com.fasterxml.jackson.databind.exc.MismatchedInputException} for a wrong shape (missing field, wrong JSON
 * type, an unknown field while {@code FAIL_ON_UNKNOWN_PROPERTIES} is on), or a
 * {@link com.fasterxml.jackson.databind.exc.ValueInstantiationException} whose cause is the domain's
 * {@link IllegalArgumentException} for a value the domain refuses (a negative quantity, an expiry date before the
 * production date, an illegal status change).
 *
 * <p>Thread-safety: the module and the serializers it registers are immutable and safe for concurrent use, as
 * is an {@code ObjectMapper} once configured.
 */
public final class LotkitModule extends SimpleModule {

    private static final long serialVersionUID = 1L;

    /** Creates the module with the serializers and deserializers for every Lotkit core value type. */
    public LotkitModule() {
        super("LotkitModule", Version.unknownVersion());
        register(UnitOfMeasure.class, ValueJson::writeUnit, ValueJson::readUnit);
        register(LotStatus.class, ValueJson::writeStatus, ValueJson::readStatus);
        register(Quantity.class, ValueJson::writeQuantity, ValueJson::readQuantity);
        register(LotId.class, ValueJson::writeLotId, ValueJson::readLotId);
        register(LotOrigin.class, ValueJson::writeOrigin, ValueJson::readOrigin);
        register(StatusChange.class, StatusChangeJson::write, StatusChangeJson::read);
        register(Lot.class, LotJson::write, LotJson::read);
    }

    private <T> void register(Class<T> type, WriterSerializer.ValueWriter<T> writer,
            TreeDeserializer.TreeReader<T> reader) {
        addSerializer(type, new WriterSerializer<>(type, writer));
        addDeserializer(type, new TreeDeserializer<>(type, reader));
    }
}
