package io.lotkit.core.journal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.lotkit.core.spi.EventCodec;
import io.lotkit.core.spi.JournalException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Turns the events of one append into the comma-separated JSON values of a record's {@code events} array, and
 * proves each of them readable before anything is written.
 *
 * <p>For each event the codec's text must be exactly one JSON value, and must decode again: an event that could
 * not be replayed would otherwise be acknowledged now and break every later start. Line breaks in the text can
 * only be whitespace between JSON tokens (JSON strings escape them), so they become spaces, which keeps one
 * record per line without changing the value.
 *
 * <p>Immutable and thread-safe, if the codec is; appenders encode concurrently, outside the journal's lock.
 */
final class EventEncoder<E> {

    private final EventCodec<E> codec;
    private final JsonFactory json;

    EventEncoder(EventCodec<E> codec, JsonFactory json) {
        this.codec = codec;
        this.json = json;
    }

    /**
     * Encodes the events of one append.
     *
     * @param events the events, already checked to be non-empty and free of {@code null}
     * @return the events' JSON values in UTF-8, separated by commas
     * @throws JournalException naming the event's index if an event cannot be encoded or would not decode
     */
    byte[] encode(List<? extends E> events) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * events.size());
        for (int i = 0; i < events.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.writeBytes(encodeOne(events.get(i), i));
        }
        return out.toByteArray();
    }

    private byte[] encodeOne(E event, int index) {
        String text;
        try {
            text = codec.encode(event);
        } catch (RuntimeException e) {
            throw new JournalException("events[" + index + "] cannot be encoded: " + e.getMessage(), e);
        }
        if (text == null) {
            throw new JournalException("events[" + index + "]: the codec encoded it as null");
        }
        String line = text.replace('\n', ' ').replace('\r', ' ').strip();
        String notOneValue = checkOneJsonValue(line);
        if (notOneValue != null) {
            throw new JournalException("events[" + index + "]: the codec's text is not one JSON value ("
                    + notOneValue + "): " + abbreviate(line));
        }
        checkDecodes(line, index);
        return line.getBytes(StandardCharsets.UTF_8);
    }

    private String checkOneJsonValue(String text) {
        try (JsonParser parser = json.createParser(text)) {
            JsonToken token = parser.nextToken();
            if (token == null) {
                return "no value";
            }
            parser.skipChildren();
            if (parser.nextToken() != null) {
                return "more than one value";
            }
            return null;
        } catch (IOException e) {
            return e.getMessage();
        }
    }

    private void checkDecodes(String text, int index) {
        E decoded;
        try {
            decoded = codec.decode(text);
        } catch (RuntimeException e) {
            throw new JournalException("events[" + index + "] would not decode again, so it could not be replayed: "
                    + e.getMessage(), e);
        }
        if (decoded == null) {
            throw new JournalException("events[" + index + "] decodes to null, so it could not be replayed");
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 200 ? text : text.substring(0, 200) + "...";
    }
}
