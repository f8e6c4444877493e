package io.lotkit.genealogy;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * The entries of the edge rows, packed at a fixed width in byte chunks: each entry is the lot at the other end of
 * an edge, in three bytes while the graph has fewer than 2^24 lots (four bytes after), then, for the incoming rows,
 * the edge's quantity code in three bytes while every code fits 24 bits signed (four after). A graph of a million
 * lots with quantities of up to six digits so costs six bytes an incoming entry and three an outgoing one, against
 * eight and four as ints. The widths are chosen when the rows are rebuilt, from what they must hold.
 *
 * <p>Chunks hold {@link #CHUNK_ENTRIES} entries each (a few hundred KB), so that no chunk is a humongous object for
 * the G1 collector (which would round it up to whole regions) and an entry index reaches past what one array could.
 * Each chunk has three bytes to spare at its end, so that a field of three bytes is read as one little-endian int
 * and masked.
 *
 * <p>Immutable once filled; not thread-safe while filling.
 */
final class PackedEntries {

    static final int CHUNK_BITS = 16;
    static final int CHUNK_ENTRIES = 1 << CHUNK_BITS;
    static final int CHUNK_MASK = CHUNK_ENTRIES - 1;
    private static final int SPARE = 3;
    private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);

    /** The bytes of the lot field, 3 or 4. */
    final int lotBytes;
    /** The bytes of the quantity code field: 0 (no code), 3 or 4. */
    final int codeBytes;
    final int entryBytes;
    /** Keeps a lot field's own bytes of the int read at its offset. */
    final int lotMask;
    /** Shifting a code field's int left and back (arithmetically) by this keeps its bytes, sign-extended. */
    final int codeShift;
    final byte[][] chunks;
    final int size;

    PackedEntries(int size, int lotBytes, int codeBytes) {
        this.size = size;
        this.lotBytes = lotBytes;
        this.codeBytes = codeBytes;
        this.entryBytes = lotBytes + codeBytes;
        this.lotMask = lotBytes == 4 ? -1 : (1 << 8 * lotBytes) - 1;
        this.codeShift = 32 - 8 * codeBytes;
        int chunkCount = (size + CHUNK_MASK) >>> CHUNK_BITS;
        this.chunks = new byte[chunkCount][];
        for (int c = 0; c < chunkCount; c++) {
            int entries = Math.min(CHUNK_ENTRIES, size - (c << CHUNK_BITS));
            chunks[c] = new byte[entries * entryBytes + SPARE];
        }
    }

    /** Returns the bytes a lot field needs for lot ids below {@code lots}. */
    static int lotBytesFor(int lots) {
        return lots <= 1 << 24 ? 3 : 4;
    }

    /** Returns the bytes a code field needs for {@code code}: 3 if it fits 24 bits signed, else 4. */
    static int codeBytesFor(int code) {
        return code << 8 >> 8 == code ? 3 : 4;
    }

    /** Returns the lot at the other end of entry {@code entry}. */
    int other(int entry) {
        return (int) INT.get(chunks[entry >>> CHUNK_BITS], (entry & CHUNK_MASK) * entryBytes) & lotMask;
    }

    /** Returns the quantity code of entry {@code entry}. */
    int code(int entry) {
        int at = (entry & CHUNK_MASK) * entryBytes + lotBytes;
        return (int) INT.get(chunks[entry >>> CHUNK_BITS], at) << codeShift >> codeShift;
    }

    /**
     * Copies the entries {@code [from, to)} of {@code source} to this store's entries from {@code target} on: bytes
     * run by run when both have the same widths, else entry by entry.
     */
    void copy(PackedEntries source, int from, int to, int target) {
        if (source.lotBytes != lotBytes || source.codeBytes != codeBytes) {
            for (int i = from, t = target; i < to; i++, t++) {
                set(t, source.other(i), codeBytes == 0 ? 0 : source.code(i));
            }
            return;
        }
        int i = from;
        int t = target;
        while (i < to) {
            // The run ends at the end of the rows or of either side's chunk.
            int run = Math.min(to - i, Math.min(CHUNK_ENTRIES - (i & CHUNK_MASK), CHUNK_ENTRIES - (t & CHUNK_MASK)));
            System.arraycopy(source.chunks[i >>> CHUNK_BITS], (i & CHUNK_MASK) * entryBytes,
                    chunks[t >>> CHUNK_BITS], (t & CHUNK_MASK) * entryBytes, run * entryBytes);
            i += run;
            t += run;
        }
    }

    void set(int entry, int other, int code) {
        byte[] chunk = chunks[entry >>> CHUNK_BITS];
        int at = (entry & CHUNK_MASK) * entryBytes;
        for (int b = 0; b < lotBytes; b++) {
            chunk[at + b] = (byte) (other >>> 8 * b);
        }
        for (int b = 0; b < codeBytes; b++) {
            chunk[at + lotBytes + b] = (byte) (code >>> 8 * b);
        }
    }
}
