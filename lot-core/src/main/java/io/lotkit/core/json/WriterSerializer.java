package io.lotkit.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;

/**
 * A serializer that hands the value to a {@link ValueWriter}, so that each Lotkit type's JSON form is written in
 * one place, nested types included.
 *
 * <p>Immutable and thread-safe.
 */
final class WriterSerializer<T> extends StdSerializer<T> {

    private static final long serialVersionUID = 1L;

    /** Writes the value. */
    private final transient ValueWriter<T> writer;

    WriterSerializer(Class<T> type, ValueWriter<T> writer) {
        super(type);
        this.writer = writer;
    }

    @Override
    public void serialize(T value, JsonGenerator generator, SerializerProvider provider) throws IOException {
        writer.write(value, generator);
    }

    /**
     * Writes one Lotkit type as JSON.
     *
     * @param <T> the type written
     */
    @FunctionalInterface
    interface ValueWriter<T> {
        /** Writes {@code value}, which is not {@code null}. */
        void write(T value, JsonGenerator generator) throws IOException;
    }
}
