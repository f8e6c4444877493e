package io.lotkit.fefo;

import java.util.List;

/**
 * Which locations to pick from first, given as an ordered list of location prefixes (zones): a location's rank
 * is the index of the first prefix it starts with, and locations matching no prefix come last. For example
 * {@code ranked(List.of("PICK-", "BULK-"))} takes pick faces before bulk.
 *
 * <p>By default the preference only orders the locations of lots that the strategy ranks equal (the same lot, or
 * lots with the same key and tie-breaks), so FEFO order is never broken. {@link #zoneFirst(List)} instead ranks by
 * zone before the strategy: the earliest-expiring lot in the first zone is taken before an earlier-expiring lot in
 * bulk.
 *
 * <p>Immutable and thread-safe.
 *
 * @param prefixes the location prefixes, most preferred first
 * @param beforeStrategy whether the zone rank comes before the strategy's key
 */
public record LocationPreference(List<String> prefixes, boolean beforeStrategy) {

    /** No preference: locations are ordered by their code only. */
    public static final LocationPreference NONE = new LocationPreference(List.of(), false);

    /**
     * Validates and copies the prefixes.
     *
     * @param prefixes the location prefixes, most preferred first
     * @param beforeStrategy whether the zone rank comes before the strategy's key
     * @throws IllegalArgumentException if the list is {@code null}, or a prefix is {@code null} or empty
     */
    public LocationPreference {
        prefixes = Checks.copyOf("prefixes", prefixes);
        for (int i = 0; i < prefixes.size(); i++) {
            Checks.text("prefixes[" + i + "]", prefixes.get(i));
        }
    }

    /**
     * Prefers locations by prefix, within the strategy's order.
     *
     * @param prefixes the location prefixes, most preferred first
     * @return the preference
     * @throws IllegalArgumentException if a prefix is {@code null} or empty
     */
    public static LocationPreference ranked(List<String> prefixes) {
        return new LocationPreference(prefixes, false);
    }

    /**
     * Prefers locations by prefix before the strategy's order.
     *
     * @param prefixes the location prefixes, most preferred first
     * @return the preference
     * @throws IllegalArgumentException if a prefix is {@code null} or empty
     */
    public static LocationPreference zoneFirst(List<String> prefixes) {
        return new LocationPreference(prefixes, true);
    }

    /**
     * Returns the rank of a location: the index of the first matching prefix, or the number of prefixes if none
     * matches.
     *
     * @param location the location code
     * @return the rank, lower first
     */
    public int rank(String location) {
        for (int i = 0; i < prefixes.size(); i++) {
            if (location.startsWith(prefixes.get(i))) {
                return i;
            }
        }
        return prefixes.size();
    }
}
