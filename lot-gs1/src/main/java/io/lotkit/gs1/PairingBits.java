package io.lotkit.gs1;

/**
 * The {@code ex=} and {@code req=} patterns of a dictionary's entries resolved once into bit sets over the
 * dictionary's AIs, so the per-message pairing checks test one bit per pair of elements instead of matching
 * patterns. An AI outside the dictionary (admitted as unknown) has no bit; the checks match it by pattern.
 */
final class PairingBits {

    private PairingBits() {
    }

    /** Numbers the entries by their position in {@code entries} and gives each its bit sets. */
    static void resolve(AiEntry[] entries) {
        for (int i = 0; i < entries.length; i++) {
            entries[i].index = i;
            entries[i].firstIndexBit = i < Long.SIZE ? 1L << i : 0;
        }
        int words = (entries.length + 63) >>> 6;
        for (AiEntry entry : entries) {
            long[] excluded = new long[words];
            long excludedCodes = 0;
            for (AiEntry other : entries) {
                // An AI is not exclusive of itself even if it matches a pattern.
                if (other != entry && matchesAny(entry.excludes, other)) {
                    excluded[other.index >>> 6] |= 1L << other.index;
                    excludedCodes |= 1L << other.code;
                }
            }
            entry.excludedBits = excluded;
            entry.excludedCodes = excludedCodes;
            long[][] required = new long[entry.requires.length][];
            for (int r = 0; r < required.length; r++) {
                required[r] = singlePatternGroups(entry.requires[r]) ? matching(entry.requires[r], entries, words)
                        : null;
            }
            entry.requiredBits = required;
            entry.requiredFirstWord = required.length == 1 && required[0] != null ? required[0][0] : 0;
        }
    }

    /** Whether every alternative of a rule is one pattern, so the rule holds when any element matches any of them. */
    private static boolean singlePatternGroups(AiPattern[][] rule) {
        for (AiPattern[] group : rule) {
            if (group.length != 1) {
                return false;
            }
        }
        return true;
    }

    private static long[] matching(AiPattern[][] rule, AiEntry[] entries, int words) {
        long[] bits = new long[words];
        for (AiEntry entry : entries) {
            for (AiPattern[] group : rule) {
                if (group[0].matches(entry)) {
                    bits[entry.index >>> 6] |= 1L << entry.index;
                }
            }
        }
        return bits;
    }

    static boolean matchesAny(AiPattern[] patterns, AiEntry entry) {
        for (AiPattern pattern : patterns) {
            if (pattern.matches(entry)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code entry} (a dictionary entry, or unknown with index -1) is in {@code bits}. */
    static boolean contains(long[] bits, AiEntry entry) {
        int index = entry.index;
        return index >= 0 && (bits[index >>> 6] & (1L << index)) != 0;
    }
}
