package io.lotkit.genealogy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The keys of all lots — each lot's item (as its pooled id) and lot number — packed as bytes into large shared
 * chunks rather than held as objects: a million lots cost about ten bytes each instead of some fifty. Each key is a
 * length byte (the number of bytes after it), the item id in one to five bytes (seven bits a byte, low bits first),
 * then the lot number's Latin-1 characters; a key never crosses a chunk boundary, so its position is one int. A
 * number with a character beyond Latin-1, or longer than {@link #MAX_PACKED} characters, is rare enough to be kept
 * whole in a side map, marked by the length byte {@link #IN_SIDE_MAP} (then only the item id follows).
 *
 * <p>Keys are found by id without an int per lot: only the position of every {@link #GROUP}th key is kept, and a
 * key is reached from its group's first key by skipping the keys before it (each tells its own length in its first
 * byte, so a skip is one read). The skipped
 * keys lie just before the wanted one, on the same or the next cache lines, so finding a key costs about the cache
 * misses of reading it, and the positions an eighth of an int a lot.
 *
 * <p>Holding the item beside the number means a lookup that finds the number finds the item on the same cache line.
 * Strings are made again only when a result needs one ({@link #get(int)}); lookups compare the packed bytes with
 * the searched {@link String} character by character, creating nothing.
 *
 * <p>Not thread-safe; the graph guards it with its lock.
 */
final class LotNumberPool {

    /** The longest number packed: with the longest item id, a key's length byte stays below {@link #IN_SIDE_MAP}. */
    static final int MAX_PACKED = 249;
    private static final int IN_SIDE_MAP = 255;
    private static final int CHUNK_BITS = 16;
    private static final int CHUNK_SIZE = 1 << CHUNK_BITS;
    /** Room for the length byte and the longest item id. */
    private static final int HEADER = 6;
    private static final int GROUP_BITS = 3;
    private static final int GROUP = 1 << GROUP_BITS;

    private byte[][] chunks = new byte[4][];
    /** Per chunk, the end of its last key. */
    private int[] chunkEnd = new int[4];
    /** The chunk being filled and the next free byte in it. */
    private int chunk = -1;
    private int used = CHUNK_SIZE;
    private int size;
    /** The position of the first key of each group of {@link #GROUP} consecutive ids. */
    private final IntColumn groupStart = new IntColumn();
    private final Map<Integer, String> sideMap = new HashMap<>();

    int size() {
        return size;
    }

    /** Appends the key of the lot with the next id: its item's pooled id and its lot number. */
    void add(int itemId, String lotNumber) {
        int id = size;
        boolean packable = lotNumber.length() <= MAX_PACKED && isLatin1(lotNumber);
        int length = packable ? lotNumber.length() : 0;
        if (used + HEADER + length > CHUNK_SIZE) {
            chunk++;
            if (chunk == chunks.length) {
                chunks = Arrays.copyOf(chunks, chunks.length * 2);
                chunkEnd = Arrays.copyOf(chunkEnd, chunks.length);
            }
            chunks[chunk] = new byte[CHUNK_SIZE];
            used = 0;
        }
        byte[] bytes = chunks[chunk];
        if ((id & (GROUP - 1)) == 0) {
            groupStart.add(chunk << CHUNK_BITS | used);
        }
        size = id + 1;
        int lengthAt = used++;
        for (int rest = itemId; ; rest >>>= 7) {
            if (rest < 0x80) {
                bytes[used++] = (byte) rest;
                break;
            }
            bytes[used++] = (byte) (rest & 0x7F | 0x80);
        }
        bytes[lengthAt] = (byte) (packable ? used - lengthAt - 1 + length : IN_SIDE_MAP);
        if (packable) {
            for (int i = 0; i < length; i++) {
                bytes[used++] = (byte) lotNumber.charAt(i);
            }
        } else {
            sideMap.put(id, lotNumber);
        }
        chunkEnd[chunk] = used;
    }

    /** Tells whether lot {@code id} is lot {@code lotNumber} of item {@code itemId}, without creating a string. */
    boolean matches(int id, int itemId, String lotNumber) {
        int at = position(id);
        return itemAt(at) == itemId && numberMatchesAt(at, id, lotNumber);
    }

    /**
     * Tells whether the key at {@code at}, lot {@code id}'s {@link #position}, holds {@code lotNumber}, for a caller
     * that has read and compared the key's item already ({@link #itemAt}).
     */
    boolean numberMatchesAt(int at, int id, String lotNumber) {
        byte[] bytes = chunks[at >>> CHUNK_BITS];
        int offset = at & (CHUNK_SIZE - 1);
        int length = bytes[offset++] & 0xFF;
        int itemStart = offset;
        offset = skipItem(bytes, offset);
        if (length == IN_SIDE_MAP) {
            return sideMap.get(id).equals(lotNumber);
        }
        int numberLength = length - (offset - itemStart);
        if (lotNumber.length() != numberLength) {
            return false;
        }
        for (int i = 0; i < numberLength; i++) {
            if (lotNumber.charAt(i) != (bytes[offset + i] & 0xFF)) {
                return false;
            }
        }
        return true;
    }

    /** Returns where lot {@code id}'s key starts: its chunk and offset, for {@link #byteAt(int)}. */
    int position(int id) {
        int at = groupStart.get(id >>> GROUP_BITS);
        int keyChunk = at >>> CHUNK_BITS;
        int offset = at & (CHUNK_SIZE - 1);
        byte[] bytes = chunks[keyChunk];
        for (int skip = id & (GROUP - 1); skip > 0; skip--) {
            offset = next(bytes, offset);
            if (offset == chunkEnd[keyChunk]) {
                keyChunk++;
                offset = 0;
                bytes = chunks[keyChunk];
            }
        }
        return keyChunk << CHUNK_BITS | offset;
    }

    /**
     * Returns where the first key of lot {@code id}'s group starts, which {@link #position} reads first: reading its
     * byte brings the key's neighbourhood into the cache ahead of {@link #position}.
     */
    int groupPosition(int id) {
        return groupStart.get(id >>> GROUP_BITS);
    }

    /** Returns the byte at a position; reading a key's first byte brings it into the cache ahead of a comparison. */
    int byteAt(int at) {
        return chunks[at >>> CHUNK_BITS][at & (CHUNK_SIZE - 1)];
    }

    /** Returns the pooled id of the item of the key at {@code at}, a {@link #position}. */
    int itemAt(int at) {
        return readItem(chunks[at >>> CHUNK_BITS], (at & (CHUNK_SIZE - 1)) + 1);
    }

    /** Returns the pooled id of lot {@code id}'s item. */
    int itemId(int id) {
        return itemAt(position(id));
    }

    /** Returns the same hash as {@code get(id).hashCode()}, computed from the bytes. */
    int hash(int id) {
        int at = position(id);
        return hashAt(id, chunks[at >>> CHUNK_BITS], at & (CHUNK_SIZE - 1));
    }

    private int hashAt(int id, byte[] bytes, int offset) {
        int length = bytes[offset] & 0xFF;
        if (length == IN_SIDE_MAP) {
            return sideMap.get(id).hashCode();
        }
        int start = skipItem(bytes, offset + 1);
        int end = offset + 1 + length;
        int h = 0;
        for (int i = 0; i < end - start; i++) {
            h = 31 * h + (bytes[start + i] & 0xFF);
        }
        return h;
    }

    /** Visits every key in id order, in one pass over the chunks, as {@link #itemId} and {@link #hash} give them. */
    void forEach(KeyVisitor visitor) {
        int id = 0;
        for (int c = 0; c <= chunk && id < size; c++) {
            byte[] bytes = chunks[c];
            for (int offset = 0; offset < chunkEnd[c]; id++) {
                visitor.visit(id, readItem(bytes, offset + 1), hashAt(id, bytes, offset));
                offset = next(bytes, offset);
            }
        }
    }

    /** Receives a key: its lot's id, its item's pooled id and its lot number's string hash. */
    @FunctionalInterface
    interface KeyVisitor {
        void visit(int id, int itemId, int numberHash);
    }

    /** Returns the lot number of lot {@code id}. */
    String get(int id) {
        int at = position(id);
        byte[] bytes = chunks[at >>> CHUNK_BITS];
        int offset = at & (CHUNK_SIZE - 1);
        int length = bytes[offset] & 0xFF;
        if (length == IN_SIDE_MAP) {
            return sideMap.get(id);
        }
        int start = skipItem(bytes, offset + 1);
        return new String(bytes, start, offset + 1 + length - start, StandardCharsets.ISO_8859_1);
    }

    private static int readItem(byte[] bytes, int offset) {
        int item = 0;
        for (int shift = 0, at = offset; ; shift += 7) {
            byte b = bytes[at++];
            item |= (b & 0x7F) << shift;
            if (b >= 0) {
                return item;
            }
        }
    }

    /** Returns the offset of the key after the one at {@code offset}. */
    private static int next(byte[] bytes, int offset) {
        int length = bytes[offset] & 0xFF;
        return length == IN_SIDE_MAP ? skipItem(bytes, offset + 1) : offset + 1 + length;
    }

    /** Returns the offset just past the item id that starts at {@code offset}. */
    private static int skipItem(byte[] bytes, int offset) {
        int at = offset;
        while (bytes[at] < 0) {
            at++;
        }
        return at + 1;
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
