package io.lotkit.core.journal;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * The file journal's record: one JSON line per append,
 * {@code {"first":7,"count":2,"events":[<event>,<event>],"crc32":"0a1b2c3d"}} followed by {@code '\n'}.
 *
 * <p>The checksum is the CRC-32 of every byte of the line before the fixed-size {@value #SUFFIX_LENGTH}-byte
 * suffix {@code ,"crc32":"xxxxxxxx"}}, written as eight lowercase hex digits. Keeping the suffix at a fixed size
 * lets a reader verify a line before parsing it, so a torn or damaged line is never handed to the JSON parser as
 * if it were whole.
 */
final class RecordFormat {

    /** The length of {@code ,"crc32":"xxxxxxxx"}}: the part of a line the checksum does not cover. */
    static final int SUFFIX_LENGTH = 20;

    private static final byte[] FIRST = ascii("{\"first\":");
    private static final byte[] COUNT = ascii(",\"count\":");
    private static final byte[] EVENTS = ascii(",\"events\":[");
    private static final byte[] SUFFIX_START = ascii(",\"crc32\":\"");
    private static final byte[] HEX = ascii("0123456789abcdef");

    private RecordFormat() {
    }

    /**
     * Appends one complete line, newline included, to a buffer.
     *
     * @param out the buffer
     * @param first the position of the record's first event
     * @param count the number of events
     * @param events the events' JSON values separated by commas, as {@link EventEncoder} produces them
     */
    static void writeLine(RecordBuffer out, long first, int count, byte[] events) {
        int start = out.size();
        out.writeBytes(FIRST);
        writeDecimal(out, first);
        out.writeBytes(COUNT);
        writeDecimal(out, count);
        out.writeBytes(EVENTS);
        out.writeBytes(events);
        // The closing bracket of the events array is covered by the checksum; the suffix proper starts after it.
        out.write(']');
        long crc = out.crc32(start, out.size() - start);
        out.writeBytes(SUFFIX_START);
        for (int shift = 28; shift >= 0; shift -= 4) {
            out.write(HEX[(int) (crc >>> shift) & 0xF]);
        }
        out.write('"');
        out.write('}');
        out.write('\n');
    }

    /**
     * Checks a line's suffix and checksum.
     *
     * @param line the buffer holding the line
     * @param offset where the line starts
     * @param length the line's length without its newline
     * @return {@code null} if the line is intact, else why not
     */
    static String verifyChecksum(byte[] line, int offset, int length) {
        if (length <= SUFFIX_LENGTH + FIRST.length) {
            return "line too short to be a record (" + length + " bytes)";
        }
        int suffix = offset + length - SUFFIX_LENGTH;
        for (int i = 0; i < SUFFIX_START.length; i++) {
            if (line[suffix + i] != SUFFIX_START[i]) {
                return "line does not end with the crc32 field";
            }
        }
        if (line[offset + length - 2] != '"' || line[offset + length - 1] != '}') {
            return "line does not end with the crc32 field";
        }
        long stored = 0;
        for (int i = suffix + SUFFIX_START.length; i < offset + length - 2; i++) {
            int digit = hexDigit(line[i]);
            if (digit < 0) {
                return "crc32 is not eight lowercase hex digits";
            }
            stored = (stored << 4) | digit;
        }
        CRC32 crc = new CRC32();
        crc.update(line, offset, length - SUFFIX_LENGTH);
        if (crc.getValue() != stored) {
            return "checksum mismatch";
        }
        return null;
    }

    private static int hexDigit(byte b) {
        if (b >= '0' && b <= '9') {
            return b - '0';
        }
        if (b >= 'a' && b <= 'f') {
            return b - 'a' + 10;
        }
        return -1;
    }

    private static void writeDecimal(RecordBuffer out, long value) {
        out.writeBytes(ascii(Long.toString(value)));
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    /** A growable byte buffer that lines are assembled in before one write to the file. Not thread-safe. */
    static final class RecordBuffer extends ByteArrayOutputStream {

        RecordBuffer(int initialCapacity) {
            super(initialCapacity);
        }

        long crc32(int from, int length) {
            CRC32 crc = new CRC32();
            crc.update(buf, from, length);
            return crc.getValue();
        }

        ByteBuffer asByteBuffer() {
            return ByteBuffer.wrap(buf, 0, count);
        }
    }
}
