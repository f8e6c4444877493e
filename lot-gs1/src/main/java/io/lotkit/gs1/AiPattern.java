package io.lotkit.gs1;

/**
 * An AI pattern from a {@code req=} or {@code ex=} rule, such as {@code 01} or {@code 31nn} ({@code n}: any digit),
 * compiled to compare with an AI's numeric value instead of its characters.
 */
final class AiPattern {

    private final String text;
    private final int length;
    // With wildcards only at the end, the pattern is a range of AI numbers: 31nn is 3100..3199.
    private final boolean trailingWildcards;
    private final int lowest;
    private final int highest;

    AiPattern(String text) {
        this.text = text;
        this.length = text.length();
        int wildcards = 0;
        while (wildcards < length && text.charAt(length - 1 - wildcards) == 'n') {
            wildcards++;
        }
        this.trailingWildcards = text.indexOf('n') < 0 || text.indexOf('n') == length - wildcards;
        int divide = 1;
        for (int i = 0; i < wildcards; i++) {
            divide *= 10;
        }
        boolean allWild = wildcards == length;
        int value = allWild || !trailingWildcards ? 0 : Integer.parseInt(text.substring(0, length - wildcards));
        this.lowest = value * divide;
        this.highest = lowest + divide - 1;
    }

    boolean matches(AiEntry entry) {
        if (entry.digits != length) {
            return false;
        }
        // A range test, with no division, as this runs for every pair of AIs in a message.
        return trailingWildcards ? entry.code >= lowest && entry.code <= highest
                : AiDefinition.patternMatches(text, entry.ai);
    }

    @Override
    public String toString() {
        return text;
    }
}
