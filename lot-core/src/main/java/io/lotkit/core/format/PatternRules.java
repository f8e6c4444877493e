package io.lotkit.core.format;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * The compile-time rules that need the whole pattern: unambiguous parsing, check characters over characters their
 * algorithm can read, and the GS1 AI (10) limit.
 *
 * <p><b>Why the ambiguity rule is sufficient.</b> The parser reads left to right without backtracking across
 * elements: a variable-width element takes the longest run of its characters (up to its maximum width), and an
 * optional section is taken whenever it matches. Both choices are the only possible ones when the characters that
 * may <em>follow</em> the element (the first characters of everything after it, looking through optional sections,
 * and into the pattern after an enclosing section) are disjoint from the characters the element may <em>contain</em>
 * (for a variable-width element) or <em>begin with</em> (for an optional section). Hence a pattern satisfying the
 * rule has at most one parse of any text, and the parser finds it.
 *
 * <p>Stateless and thread-safe.
 */
final class PatternRules {

    static final int GS1_AI_10_MAX_LENGTH = 20;

    private PatternRules() {
    }

    /**
     * Applies all rules.
     *
     * @param pattern the pattern, for messages
     * @param elements the compiled top-level elements
     * @param limit the GS1 limit to check against
     * @throws LotPatternException naming the index of the first element that breaks a rule
     */
    static void check(String pattern, List<Element> elements, Gs1Limit limit) {
        checkUnambiguous(pattern, elements, new BitSet());
        List<Element> flat = new ArrayList<>();
        flatten(elements, flat);
        checkCheckCharacters(pattern, flat);
        if (limit == Gs1Limit.AI_10) {
            checkGs1(pattern, flat);
        }
    }

    /**
     * Returns the characters a sequence of elements may begin with. An optional section contributes its first
     * characters and lets the next element contribute too; the first mandatory element ends the set.
     */
    static BitSet firstChars(List<Element> elements) {
        BitSet first = new BitSet();
        for (Element element : elements) {
            first.or(element.firstChars());
            if (!(element instanceof OptionalSection)) {
                break;
            }
        }
        return first;
    }

    private static void checkUnambiguous(String pattern, List<Element> elements, BitSet followingAfterList) {
        BitSet following = (BitSet) followingAfterList.clone();
        for (int i = elements.size() - 1; i >= 0; i--) {
            Element element = elements.get(i);
            if (element instanceof OptionalSection section) {
                checkUnambiguous(pattern, section.elements(), following);
                BitSet first = section.firstChars();
                BitSet shared = intersection(first, following);
                if (!shared.isEmpty()) {
                    throw new LotPatternException("the optional section may begin with " + describe(shared)
                            + ", which may also begin what follows it, so a parser could not tell whether the section "
                            + "is present; begin the section with a character that cannot follow it", pattern,
                            element.patternIndex());
                }
                following.or(first);
            } else {
                if (element.isVariableWidth()) {
                    BitSet shared = intersection(element.outputChars(), following);
                    if (!shared.isEmpty()) {
                        throw new LotPatternException(element.describe() + " has a variable width and may be "
                                + "followed by " + describe(shared) + ", which it may also contain, so a parser "
                                + "could not tell where it ends; give it a fixed width or follow it with a literal "
                                + "it cannot contain", pattern, element.patternIndex());
                    }
                }
                following = element.firstChars();
            }
        }
    }

    private static void checkCheckCharacters(String pattern, List<Element> flat) {
        for (int i = 0; i < flat.size(); i++) {
            if (flat.get(i) instanceof CheckElement check) {
                BitSet readable = check.algorithm().alphabet().toBitSet();
                for (int j = 0; j < i; j++) {
                    BitSet unreadable = flat.get(j).outputChars();
                    unreadable.andNot(readable);
                    if (!unreadable.isEmpty()) {
                        throw new LotPatternException("the check character (" + check.algorithm().patternName()
                                + ") reads only " + check.algorithm().alphabet() + ", but " + flat.get(j).describe()
                                + " at index " + flat.get(j).patternIndex() + " may print " + describe(unreadable),
                                pattern, check.patternIndex());
                    }
                }
            }
        }
    }

    private static void checkGs1(String pattern, List<Element> flat) {
        BitSet allowed = CharSet.CSET_82.toBitSet();
        int length = 0;
        for (Element element : flat) {
            BitSet outside = element.outputChars();
            outside.andNot(allowed);
            if (!outside.isEmpty()) {
                throw new LotPatternException(element.describe() + " may print " + describe(outside)
                        + ", outside GS1 character set 82 allowed in AI (10); compile with Gs1Limit.NONE if the lot "
                        + "number is never encoded in a GS1 barcode", pattern, element.patternIndex());
            }
            length += element.maxLength();
            if (length > GS1_AI_10_MAX_LENGTH) {
                throw new LotPatternException("the lot number may grow to " + totalLength(flat) + " characters, more "
                        + "than the " + GS1_AI_10_MAX_LENGTH + " GS1 AI (10) allows (exceeded by "
                        + element.describe() + "); compile with Gs1Limit.NONE if the lot number is never encoded in "
                        + "a GS1 barcode", pattern, element.patternIndex());
            }
        }
    }

    /** Flattens optional sections: every leaf element in pattern order. */
    private static void flatten(List<Element> elements, List<Element> out) {
        for (Element element : elements) {
            if (element instanceof OptionalSection section) {
                flatten(section.elements(), out);
            } else {
                out.add(element);
            }
        }
    }

    private static int totalLength(List<Element> flat) {
        int sum = 0;
        for (Element element : flat) {
            sum += element.maxLength();
        }
        return sum;
    }

    private static BitSet intersection(BitSet a, BitSet b) {
        BitSet both = (BitSet) a.clone();
        both.and(b);
        return both;
    }

    private static String describe(BitSet chars) {
        StringBuilder out = new StringBuilder();
        int shown = 0;
        for (int c = chars.nextSetBit(0); c >= 0 && shown < 5; c = chars.nextSetBit(c + 1), shown++) {
            out.append(shown == 0 ? "" : ", ").append('\'').append((char) c).append('\'');
        }
        return chars.cardinality() > shown ? out.append(" and others").toString() : out.toString();
    }
}
