package io.lotkit.genealogy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The lot numbers of all lots, packed as Latin-1 bytes into large shared chunks rather than held as one
 * {@link String} per lot: a million lot numbers cost about ten bytes each instead of some fifty. Each number is a
 * length byte followed by its characters, and never crosses a chunk boundary, so its position is one int. A number
 * with a character beyond Latin-1, or longer than {@link #MAX_PACKED} characters, is rare enough to be kept whole in a
 * side map, marked by the length byte {@link #IN_SIDE_MAP}.
 *
 * <p>Strings are made again only when a result needs one ({@link #get(int)}); lookups compare the packed bytes with
 * the searched {@link String} character by character, creating nothing.
 *
 * <p>Not thread-safe; the graph guards it with its lock.
 */
final class LotNumberPool {

    static final int MAX_PACKED = 254;
    private static final int IN_SIDE_MAP = 255;
    private static final int CHUNK_BITS = 16;
    private static final int CHUNK_SIZE = 1 << CHUNK_BITS;

    private byte[][] chunks = new byte[4][];
    /** The chunk being filled and the next free byte in it. */
    private int chunk = -1;
    private int used = CHUNK_SIZE;
    private final IntColumn position = new IntColumn();
    private final Map<Integer, String> sideMap = new HashMap<>();

    int size() {
        return position.size();
    }

    /** Appends the lot number of the lot with the next id. */
    void add(String lotNumber) {
        int id = position.size();
        boolean packable = lotNumber.length() <= MAX_PACKED && isLatin1(lotNumber);
        int length = packable ? lotNumber.length() : 0;
        if (used + 1 + length > CHUNK_SIZE) {
            chunk++;
            if (chunk == chunks.length) {
                chunks = Arrays.copyOf(chunks, chunks.length * 2);
            }
            chunks[chunk] = new byte[CHUNK_SIZE];
            used = 0;
        }
        byte[] bytes = chunks[chunk];
        position.add(chunk << CHUNK_BITS | used);
        if (packable) {
            bytes[used] = (byte) length;
            for (int i = 0; i < length; i++) {
                bytes[used + 1 + i] = (byte) lotNumber.charAt(i);
            }
        } else {
            bytes[used] = (byte) IN_SIDE_MAP;
            sideMap.put(id, lotNumber);
        }
        used += 1 + length;
    }

    /** Tells whether lot {@code id}'s number is {@code lotNumber}, without creating a string. */
    boolean matches(int id, String lotNumber) {
        int at = position.get(id);
        byte[] bytes = chunks[at >>> CHUNK_BITS];
        int offset = at & (CHUNK_SIZE - 1);
        int length = bytes[offset] & 0xFF;
        if (length == IN_SIDE_MAP) {
            return sideMap.get(id).equals(lotNumber);
        }
        if (lotNumber.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (lotNumber.charAt(i) != (bytes[offset + 1 + i] & 0xFF)) {
                return false;
            }
        }
        return true;
    }

    /** Returns the same hash as {@code get(id).hashCode()}, computed from the bytes. */
    int hash(int id) {
        int at = position.get(id);
        byte[] bytes = chunks[at >>> CHUNK_BITS];
        int offset = at & (CHUNK_SIZE - 1);
        int length = bytes[offset] & 0xFF;
        if (length == IN_SIDE_MAP) {
            return sideMap.get(id).hashCode();
        }
        int h = 0;
        for (int i = 0; i < length; i++) {
            h = 31 * h + (bytes[offset + 1 + i] & 0xFF);
        }
        return h;
    }

    String get(int id) {
        int at = position.get(id);
        byte[] bytes = chunks[at >>> CHUNK_BITS];
        int offset = at & (CHUNK_SIZE - 1);
        int length = bytes[offset] & 0xFF;
        if (length == IN_SIDE_MAP) {
            return sideMap.get(id);
        }
        return new String(bytes, offset + 1, length, StandardCharsets.ISO_8859_1);
    }

    private static boolean isLatin1(String value) {
        for (int i = 0; i < value.length(); i++) {
            if (value.charAt(i) > 0xFF) {
                return false;
            }
        }
        return true;
    }
}
