package io.lotkit.core.journal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/**
 * Reads the records {@link RecordFormat} writes. It checks the checksum first, then parses the line with Jackson's
 * streaming parser; each event is handed on as the byte span of its JSON value, located with the parser's offsets,
 * so no event is parsed into a tree and printed again just to reach its codec.
 *
 * <p>Immutable and thread-safe.
 */
final class RecordParser {

    /** Receives the raw JSON of each event of a record. */
    interface EventSpans {

        /**
         * Receives one event.
         *
         * @param position the event's position in the journal
         * @param line the buffer holding the line
         * @param offset where the event's JSON value starts
         * @param length the JSON value's length in bytes
         * @throws BadRecordException if the event cannot be decoded
         */
        void accept(long position, byte[] line, int offset, int length) throws BadRecordException;
    }

    private final JsonFactory json;

    RecordParser(JsonFactory json) {
        this.json = json;
    }

    /**
     * Verifies a line and reads its header, without looking at the events.
     *
     * @return the number of events in the record
     */
    int readHeader(byte[] line, int offset, int length, long expectedFirst) throws BadRecordException {
        return read(line, offset, length, expectedFirst, null);
    }

    /**
     * Verifies a line and hands each of its events' JSON to {@code spans}.
     *
     * @return the number of events in the record
     */
    int readEvents(byte[] line, int offset, int length, long expectedFirst, EventSpans spans)
            throws BadRecordException {
        return read(line, offset, length, expectedFirst, spans);
    }

    private int read(byte[] line, int offset, int length, long expectedFirst, EventSpans spans)
            throws BadRecordException {
        String damage = RecordFormat.verifyChecksum(line, offset, length);
        if (damage != null) {
            throw new BadRecordException(damage, false);
        }
        try (JsonParser parser = json.createParser(line, offset, length)) {
            expect(parser, JsonToken.START_OBJECT, "record object");
            long first = readNumberField(parser, "first");
            long count = readNumberField(parser, "count");
            if (first != expectedFirst) {
                throw new BadRecordException("record starts at position " + first + " but position "
                        + expectedFirst + " was expected", true);
            }
            if (count < 1 || count > Integer.MAX_VALUE) {
                throw new BadRecordException("record count " + count + " is out of range", true);
            }
            if (spans == null) {
                return (int) count;
            }
            expectField(parser, "events");
            expect(parser, JsonToken.START_ARRAY, "events array");
            long position = first;
            JsonToken token;
            while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
                if (token == null) {
                    throw new BadRecordException("events array is not closed", true);
                }
                int start = (int) parser.currentTokenLocation().getByteOffset();
                if (token.isStructStart()) {
                    parser.skipChildren();
                } else {
                    parser.finishToken();
                }
                int end = (int) parser.currentLocation().getByteOffset();
                if (position - first == count) {
                    throw new BadRecordException("record holds more than its count of " + count + " events", true);
                }
                spans.accept(position, line, offset + start, end - start);
                position++;
            }
            if (position - first != count) {
                throw new BadRecordException("record holds " + (position - first) + " events but its count is "
                        + count, true);
            }
            return (int) count;
        } catch (IOException e) {
            throw new BadRecordException("not a valid JSON record: " + e.getMessage(), true);
        }
    }

    private static long readNumberField(JsonParser parser, String name) throws IOException, BadRecordException {
        expectField(parser, name);
        expect(parser, JsonToken.VALUE_NUMBER_INT, "integer \"" + name + "\"");
        return parser.getLongValue();
    }

    private static void expectField(JsonParser parser, String name) throws IOException, BadRecordException {
        expect(parser, JsonToken.FIELD_NAME, "field \"" + name + "\"");
        if (!name.equals(parser.currentName())) {
            throw new BadRecordException("expected field \"" + name + "\" but found \"" + parser.currentName()
                    + "\"", true);
        }
    }

    private static void expect(JsonParser parser, JsonToken expected, String what)
            throws IOException, BadRecordException {
        JsonToken token = parser.nextToken();
        if (token != expected) {
            throw new BadRecordException("expected " + what + " but found " + token, true);
        }
    }
}
