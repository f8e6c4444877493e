package io.lotkit.gs1;

import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The registry of check routines ("linters"), by the name the GS1 Barcode Syntax Dictionary writes after a
 * component's type, e.g. {@code N14,csum,gcppos2}.
 *
 * <p>Besides the 34 routines the dictionary names today, the registry holds the four character-set checks the
 * component types imply ({@code csetnumeric} for N, {@code cset82} for X, {@code cset39} for Y, {@code cset64} for
 * Z) and {@code yyyymmd0}, which GS1's reference set defines for eight-digit dates with an optional day.
 *
 * <p>Immutable and thread-safe: every routine is stateless, and {@link #forName} returns the same instance for the
 * same name.
 */
final class Linters {

    private static final Map<String, Linter> BY_NAME = Map.ofEntries(
            Map.entry("csetnumeric", (Linter) CharacterSets::csetNumeric),
            Map.entry("cset82", (Linter) CharacterSets::cset82),
            Map.entry("cset39", (Linter) CharacterSets::cset39),
            Map.entry("cset64", (Linter) CharacterSets::cset64),
            Map.entry("hasnondigit", (Linter) CharacterSets::hasNonDigit),
            Map.entry("csum", (Linter) CheckCharacters::csum),
            Map.entry("csumalpha", (Linter) CheckCharacters::csumAlpha),
            Map.entry("gcppos1", (Linter) CompanyPrefixes::gcpPos1),
            Map.entry("gcppos2", (Linter) CompanyPrefixes::gcpPos2),
            Map.entry("yymmd0", (Linter) Dates::yymmd0),
            Map.entry("yymmdd", (Linter) Dates::yymmdd),
            Map.entry("yyyymmd0", (Linter) Dates::yyyymmd0),
            Map.entry("yyyymmdd", (Linter) Dates::yyyymmdd),
            Map.entry("hh", (Linter) Times::hh),
            Map.entry("hhmi", (Linter) Times::hhmi),
            Map.entry("mi", (Linter) Times::mi),
            Map.entry("ss", (Linter) Times::ss),
            Map.entry("zero", (Linter) SmallCodes::zero),
            Map.entry("nonzero", (Linter) SmallCodes::nonZero),
            Map.entry("nozeroprefix", (Linter) SmallCodes::noZeroPrefix),
            Map.entry("yesno", (Linter) SmallCodes::yesNo),
            Map.entry("winding", (Linter) SmallCodes::winding),
            Map.entry("iso5218", (Linter) SmallCodes::iso5218),
            Map.entry("hyphen", (Linter) SmallCodes::hyphen),
            Map.entry("importeridx", (Linter) SmallCodes::importerIndex),
            Map.entry("pcenc", (Linter) SmallCodes::percentEncoding),
            Map.entry("latitude", (Linter) Positions::latitude),
            Map.entry("longitude", (Linter) Positions::longitude),
            Map.entry("pieceoftotal", (Linter) Positions::pieceOfTotal),
            Map.entry("posinseqslash", (Linter) Positions::positionInSequence),
            Map.entry("iso3166", (Linter) Countries::numeric),
            Map.entry("iso3166999", (Linter) Countries::numericOr999),
            Map.entry("iso3166alpha2", (Linter) Countries::alpha2),
            Map.entry("iso4217", (Linter) Currencies::numeric),
            Map.entry("iban", (Linter) Iban::lint),
            Map.entry("packagetype", (Linter) PackageTypes::lint),
            Map.entry("mediatype", (Linter) MediaTypes::lint),
            Map.entry("couponcode", (Linter) Coupons::couponCode),
            Map.entry("couponposoffer", (Linter) Coupons::positiveOffer));

    private static final Set<String> NAMES = Collections.unmodifiableSet(new TreeSet<>(BY_NAME.keySet()));

    private Linters() {
    }

    /**
     * The names of all routines in the registry, in alphabetical order.
     *
     * @return an unmodifiable set of the 39 routine names
     */
    static Set<String> names() {
        return NAMES;
    }

    /**
     * The routine the dictionary calls {@code name}.
     *
     * @param name the routine's name exactly as the dictionary writes it, e.g. {@code "csum"}
     * @return the routine; the same instance on every call
     * @throws IllegalArgumentException if {@code name} is null or names no known routine
     */
    static Linter forName(String name) {
        if (name == null) {
            throw new IllegalArgumentException("name must not be null");
        }
        Linter linter = BY_NAME.get(name);
        if (linter == null) {
            throw new IllegalArgumentException("unknown check routine (linter) name: \"" + name + "\"");
        }
        return linter;
    }
}
