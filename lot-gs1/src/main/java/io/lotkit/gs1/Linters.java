package io.lotkit.gs1;

import java.util.Collections;
import java.util.HashMap;
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
            routine("csetnumeric", CharacterSets::csetNumeric),
            routine("cset82", CharacterSets::cset82),
            routine("cset39", CharacterSets::cset39),
            routine("cset64", CharacterSets::cset64),
            routine("hasnondigit", CharacterSets::hasNonDigit),
            routine("csum", CheckCharacters::csum),
            routine("csumalpha", CheckCharacters::csumAlpha),
            routine("gcppos1", CompanyPrefixes::gcpPos1),
            routine("gcppos2", CompanyPrefixes::gcpPos2),
            routine("yymmd0", Dates::yymmd0),
            routine("yymmdd", Dates::yymmdd),
            routine("yyyymmd0", Dates::yyyymmd0),
            routine("yyyymmdd", Dates::yyyymmdd),
            routine("hh", Times::hh),
            routine("hhmi", Times::hhmi),
            routine("mi", Times::mi),
            routine("ss", Times::ss),
            routine("zero", SmallCodes::zero),
            routine("nonzero", SmallCodes::nonZero),
            routine("nozeroprefix", SmallCodes::noZeroPrefix),
            routine("yesno", SmallCodes::yesNo),
            routine("winding", SmallCodes::winding),
            routine("iso5218", SmallCodes::iso5218),
            routine("hyphen", SmallCodes::hyphen),
            routine("importeridx", SmallCodes::importerIndex),
            routine("pcenc", SmallCodes::percentEncoding),
            routine("latitude", Positions::latitude),
            routine("longitude", Positions::longitude),
            routine("pieceoftotal", Positions::pieceOfTotal),
            routine("posinseqslash", Positions::positionInSequence),
            routine("iso3166", Countries::numeric),
            routine("iso3166999", Countries::numericOr999),
            routine("iso3166alpha2", Countries::alpha2),
            routine("iso4217", Currencies::numeric),
            routine("iban", Iban::lint),
            routine("packagetype", PackageTypes::lint),
            routine("mediatype", MediaTypes::lint),
            routine("couponcode", Coupons::couponCode),
            routine("couponposoffer", Coupons::positiveOffer));

    private static final Map<String, Linter> GUARDED = guardAll(BY_NAME);

    private static final Set<String> NAMES = Collections.unmodifiableSet(new TreeSet<>(BY_NAME.keySet()));

    private Linters() {
    }

    private static Map.Entry<String, Linter> routine(String name, Linter routine) {
        return Map.entry(name, routine);
    }

    /**
     * Wraps every routine so that a null component is reported as the caller's mistake (IllegalArgumentException)
     * rather than surfacing as a NullPointerException deep inside a routine.
     */
    private static Map<String, Linter> guardAll(Map<String, Linter> routines) {
        Map<String, Linter> guarded = new HashMap<>();
        routines.forEach((name, routine) -> guarded.put(name, component -> {
            if (component == null) {
                throw new IllegalArgumentException("component must not be null (check routine \"" + name + "\")");
            }
            return routine.lint(component);
        }));
        return Map.copyOf(guarded);
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
        Linter linter = GUARDED.get(name);
        if (linter == null) {
            throw new IllegalArgumentException("unknown check routine (linter) name: \"" + name + "\"");
        }
        return linter;
    }

    /**
     * The routine {@code name} without the null guard of {@link #forName}, for the parser, which never passes null:
     * on the hot path the guard would add a second, megamorphic call to every check.
     *
     * @throws IllegalArgumentException if {@code name} is null or names no known routine
     */
    static Linter unguarded(String name) {
        forName(name);
        return BY_NAME.get(name);
    }
}
