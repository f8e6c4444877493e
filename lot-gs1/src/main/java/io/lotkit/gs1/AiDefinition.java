package io.lotkit.gs1;

import java.util.ArrayList;
import java.util.List;

/**
 * Everything the GS1 Barcode Syntax Dictionary says about one Application Identifier: its value's components, whether
 * it needs a separator after it, its GS1 Digital Link role and the AIs it requires or excludes.
 *
 * <p>Immutable and thread-safe.
 *
 * @param ai the AI, two to four digits
 * @param predefinedLength {@code true} for the AIs of predefined length that need no FNC1 separator after them
 *     (flag {@code *})
 * @param dlDataAttribute whether the AI may appear as a GS1 Digital Link data attribute (flag {@code ?})
 * @param components the value's components in order (at least one)
 * @param dlPrimaryKey whether the AI is a GS1 Digital Link primary key
 * @param dlQualifierPaths the alternative ordered qualifier sequences of a primary key (empty if it takes none or is
 *     no key)
 * @param requires each {@code req=} rule: a list of alternatives, each alternative the AIs or patterns (such as
 *     {@code 31nn}, where {@code n} is any digit) that must all be present
 * @param excludes the AIs or patterns the AI must not appear with ({@code ex=})
 * @param title the short title, empty if the dictionary gives none
 */
public record AiDefinition(String ai, boolean predefinedLength, boolean dlDataAttribute,
        List<AiComponent> components, boolean dlPrimaryKey, List<List<String>> dlQualifierPaths,
        List<List<List<String>>> requires, List<String> excludes, String title) {

    /**
     * Validates and copies the parts.
     *
     * @param ai the AI
     * @param predefinedLength whether the AI has a predefined length
     * @param dlDataAttribute whether the AI may be a Digital Link data attribute
     * @param components the value's components
     * @param dlPrimaryKey whether the AI is a Digital Link primary key
     * @param dlQualifierPaths the qualifier sequences of a primary key
     * @param requires the {@code req=} rules
     * @param excludes the {@code ex=} AIs and patterns
     * @param title the title
     * @throws IllegalArgumentException if a part is {@code null} or malformed
     */
    public AiDefinition {
        if (ai == null || ai.length() < 2 || ai.length() > 4 || !allDigits(ai)) {
            throw new IllegalArgumentException("ai must be two to four digits, got " + ai);
        }
        if (components == null || components.isEmpty() || hasNull(components)) {
            throw new IllegalArgumentException("AI (" + ai + ") needs at least one component, and no null one");
        }
        components = List.copyOf(components);
        checkComponentOrder(ai, components);
        if (dlQualifierPaths == null || requires == null || excludes == null || title == null) {
            throw new IllegalArgumentException("AI (" + ai + "): qualifier paths, requires, excludes and title "
                    + "must not be null");
        }
        if (!dlPrimaryKey && !dlQualifierPaths.isEmpty()) {
            throw new IllegalArgumentException("AI (" + ai + ") has qualifier paths but is no primary key");
        }
        dlQualifierPaths = copyNested(dlQualifierPaths);
        List<List<List<String>>> rules = new ArrayList<>();
        if (hasNull(requires) || hasNull(dlQualifierPaths)) {
            throw new IllegalArgumentException("AI (" + ai + "): requires and qualifier paths must not hold null");
        }
        for (List<List<String>> rule : requires) {
            if (rule == null || rule.isEmpty()) {
                throw new IllegalArgumentException("AI (" + ai + ") has an empty req= rule");
            }
            rules.add(copyNested(rule));
        }
        requires = List.copyOf(rules);
        for (String pattern : excludes) {
            checkPattern(ai, pattern);
        }
        excludes = List.copyOf(excludes);
        for (List<List<String>> rule : requires) {
            for (List<String> group : rule) {
                for (String pattern : group) {
                    checkPattern(ai, pattern);
                }
            }
        }
    }

    /**
     * Tells whether an FNC1 separator must follow this AI's value when another element follows it.
     *
     * @return {@code !predefinedLength()}
     */
    public boolean fnc1Required() {
        return !predefinedLength;
    }

    /**
     * Returns the fewest characters a value may have: the sum of the mandatory components' minimum lengths.
     *
     * @return the minimum value length
     */
    public int minLength() {
        int sum = 0;
        for (AiComponent component : components) {
            sum += component.optional() ? 0 : component.minLength();
        }
        return sum;
    }

    /**
     * Returns the most characters a value may have: the sum of all components' maximum lengths.
     *
     * @return the maximum value length
     */
    public int maxLength() {
        int sum = 0;
        for (AiComponent component : components) {
            sum += component.maxLength();
        }
        return sum;
    }

    /**
     * Tells whether an AI pattern from a {@code req=} or {@code ex=} rule matches an AI; in a pattern, {@code n}
     * stands for any digit.
     *
     * @param pattern the pattern, e.g. {@code 310n} or {@code 01}
     * @param ai the AI
     * @return {@code true} if they have the same length and every position matches
     */
    static boolean patternMatches(String pattern, String ai) {
        if (pattern.length() != ai.length()) {
            return false;
        }
        for (int i = 0; i < pattern.length(); i++) {
            char p = pattern.charAt(i);
            if (p != 'n' && p != ai.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    static boolean allDigits(String text) {
        return allDigits(text, 0, text.length());
    }

    static boolean allDigits(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static void checkComponentOrder(String ai, List<AiComponent> components) {
        boolean seenOptional = false;
        for (int i = 0; i < components.size(); i++) {
            AiComponent component = components.get(i);
            if (component == null) {
                throw new IllegalArgumentException("AI (" + ai + ") components[" + i + "] is null");
            }
            if (seenOptional && !component.optional()) {
                throw new IllegalArgumentException(
                        "AI (" + ai + ") components[" + i + "] is mandatory after an optional component");
            }
            if (!component.fixedLength() && i != components.size() - 1) {
                throw new IllegalArgumentException(
                        "AI (" + ai + ") components[" + i + "] has variable length but is not the last");
            }
            seenOptional |= component.optional();
        }
    }

    private static void checkPattern(String ai, String pattern) {
        boolean ok = pattern != null && pattern.length() >= 2 && pattern.length() <= 4;
        for (int i = 0; ok && i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            ok = c == 'n' || (c >= '0' && c <= '9');
        }
        if (!ok) {
            throw new IllegalArgumentException("AI (" + ai + ") has a malformed AI pattern: " + pattern);
        }
    }

    /** {@code List.of(...).contains(null)} throws, so nulls are looked for by hand. */
    private static boolean hasNull(List<?> list) {
        for (Object item : list) {
            if (item == null) {
                return true;
            }
        }
        return false;
    }

    private static List<List<String>> copyNested(List<List<String>> lists) {
        List<List<String>> copy = new ArrayList<>(lists.size());
        for (List<String> list : lists) {
            if (list == null || list.isEmpty() || hasNull(list)) {
                throw new IllegalArgumentException("an AI list must not be null or empty, nor hold null");
            }
            copy.add(List.copyOf(list));
        }
        return List.copyOf(copy);
    }
}
