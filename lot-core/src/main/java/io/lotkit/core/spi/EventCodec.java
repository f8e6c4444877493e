package io.lotkit.core.spi;

/**
 * Turns events into text and back, for journals that store events outside the heap.
 *
 * <p>A codec must be a faithful round trip: {@code decode(encode(e))} equals {@code e}. The file journal requires
 * the text to be one JSON value, which it embeds in its JSON Lines; {@code io.lotkit.core.json.JacksonEventCodec}
 * provides such a codec for any Jackson-mappable event type.
 *
 * <p><b>Thread-safety:</b> implementations must be safe for concurrent use.
 *
 * @param <E> the event type
 */
public interface EventCodec<E> {

    /**
     * Encodes an event.
     *
     * @param event the event
     * @return its text form
     * @throws IllegalArgumentException if the event cannot be encoded
     */
    String encode(E event);

    /**
     * Decodes an event.
     *
     * @param text text produced by {@link #encode(Object)}
     * @return the event
     * @throws IllegalArgumentException if the text is not a valid encoding
     */
    E decode(String text);
}
