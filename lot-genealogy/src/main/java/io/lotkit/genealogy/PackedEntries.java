package io.lotkit.genealogy;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * The entries of the edge rows, bit-packed at a fixed width in byte chunks: each entry is the lot at the other end
 * of an edge, in as many bits as the largest lot id needs, then, for the incoming rows, the edge's quantity code in
 * as many bits (sign included) as the widest code stored needs. A graph of a million lots with quantities of up to
 * five or six digits so costs some 42 bits an incoming entry and 20 an outgoing one, against 64 and 32 as ints. The
 * widths are chosen when the rows are rebuilt, from what they must hold, and only ever grow.
 *
 * <p>Chunks hold {@link #CHUNK_ENTRIES} entries each (a few hundred KB at most), so that no chunk is a humongous
 * object for the G1 collector (which would round it up to whole regions) and an entry index reaches past what one
 * array could. A field (at most 32 bits) is read as the little-endian long at its first byte, shifted and masked;
 * each chunk has {@link #SPARE} bytes to spare at its end for that read.
 *
 * <p>Immutable once filled; not thread-safe while filling.
 */
final class PackedEntries {

    static final int CHUNK_BITS = 16;
    static final int CHUNK_ENTRIES = 1 << CHUNK_BITS;
    static final int CHUNK_MASK = CHUNK_ENTRIES - 1;
    private static final int SPARE = Long.BYTES;
    /** The widest entry the long at its first byte always holds whole, whatever its bit offset in that byte. */
    private static final int MAX_ONE_WRITE_BITS = Long.SIZE - 7;
    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class,
            ByteOrder.LITTLE_ENDIAN);

    /** The bits of the lot field, 1 to 31. */
    final int lotBits;
    /** The bits of the quantity code field: 0 (no code), or 1 to 32. */
    final int codeBits;
    final int entryBits;
    private final long lotMask;
    final byte[][] chunks;
    final int size;

    PackedEntries(int size, int lotBits, int codeBits) {
        this.size = size;
        this.lotBits = lotBits;
        this.codeBits = codeBits;
        this.entryBits = lotBits + codeBits;
        this.lotMask = (1L << lotBits) - 1;
        int chunkCount = (size + CHUNK_MASK) >>> CHUNK_BITS;
        this.chunks = new byte[chunkCount][];
        for (int c = 0; c < chunkCount; c++) {
            long entries = Math.min(CHUNK_ENTRIES, size - (c << CHUNK_BITS));
            chunks[c] = new byte[(int) ((entries * entryBits + 7) >>> 3) + SPARE];
        }
    }

    /** Returns the bits a lot field needs for lot ids below {@code lots}. */
    static int lotBitsFor(int lots) {
        return lots <= 2 ? 1 : 32 - Integer.numberOfLeadingZeros(lots - 1);
    }

    /** Returns the bits a code field needs for {@code code}, its sign included. */
    static int codeBitsFor(int code) {
        return 33 - Integer.numberOfLeadingZeros(code ^ (code >> 31));
    }

    /** Returns the lot at the other end of entry {@code entry}. */
    int other(int entry) {
        int bit = (entry & CHUNK_MASK) * entryBits;
        return (int) ((long) LONG.get(chunks[entry >>> CHUNK_BITS], bit >>> 3) >>> (bit & 7) & lotMask);
    }

    /** Returns the quantity code of entry {@code entry}. */
    int code(int entry) {
        int bit = (entry & CHUNK_MASK) * entryBits + lotBits;
        long word = (long) LONG.get(chunks[entry >>> CHUNK_BITS], bit >>> 3) >>> (bit & 7);
        return (int) (word << (64 - codeBits) >> (64 - codeBits));
    }

    void set(int entry, int other, int code) {
        byte[] chunk = chunks[entry >>> CHUNK_BITS];
        int bit = (entry & CHUNK_MASK) * entryBits;
        if (entryBits <= MAX_ONE_WRITE_BITS) {
            // The whole entry fits the long at its first byte: one read and one write, not one of each per field.
            long codeField = codeBits == 0 ? 0 : ((long) code & (1L << codeBits) - 1) << lotBits;
            write(chunk, bit, entryBits, other & lotMask | codeField);
            return;
        }
        write(chunk, bit, lotBits, other);
        if (codeBits > 0) {
            write(chunk, bit + lotBits, codeBits, code);
        }
    }

    /**
     * Copies the entries {@code [from, to)} of {@code source} to this store's entries from {@code target} on: as
     * runs of bits, 32 at a time, when both have the same widths, else entry by entry.
     */
    void copy(PackedEntries source, int from, int to, int target) {
        if (source.lotBits != lotBits || source.codeBits != codeBits) {
            for (int i = from, t = target; i < to; i++, t++) {
                set(t, source.other(i), codeBits == 0 ? 0 : source.code(i));
            }
            return;
        }
        int i = from;
        int t = target;
        while (i < to) {
            // The run ends at the end of the rows or of either side's chunk.
            int run = Math.min(to - i, Math.min(CHUNK_ENTRIES - (i & CHUNK_MASK), CHUNK_ENTRIES - (t & CHUNK_MASK)));
            copyBits(source.chunks[i >>> CHUNK_BITS], (long) (i & CHUNK_MASK) * entryBits,
                    chunks[t >>> CHUNK_BITS], (long) (t & CHUNK_MASK) * entryBits, (long) run * entryBits);
            i += run;
            t += run;
        }
    }

    private static void copyBits(byte[] source, long sourceBit, byte[] target, long targetBit, long bits) {
        long done = 0;
        for (; done + 32 <= bits; done += 32) {
            write(target, (int) (targetBit + done), 32, read(source, (int) (sourceBit + done), 32));
        }
        if (done < bits) {
            int rest = (int) (bits - done);
            write(target, (int) (targetBit + done), rest, read(source, (int) (sourceBit + done), rest));
        }
    }

    private static int read(byte[] chunk, int bit, int bits) {
        return (int) ((long) LONG.get(chunk, bit >>> 3) >>> (bit & 7) & ((1L << bits) - 1));
    }

    private static void write(byte[] chunk, int bit, int bits, long value) {
        int shift = bit & 7;
        long mask = ((1L << bits) - 1) << shift;
        long word = (long) LONG.get(chunk, bit >>> 3);
        LONG.set(chunk, bit >>> 3, word & ~mask | ((long) value << shift & mask));
    }
}
