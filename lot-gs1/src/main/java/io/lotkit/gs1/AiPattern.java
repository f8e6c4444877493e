package io.lotkit.gs1;

/**
 * An AI pattern from a {@code req=} or {@code ex=} rule, such as {@code 01} or {@code 31nn} ({@code n}: any digit),
 * compiled to compare with an AI's numeric value instead of its characters.
 */
final class AiPattern {

    private final String text;
    private final int length;
    private final int value;
    private final int divisor;
    private final boolean trailingWildcards;

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
        this.divisor = divide;
        boolean allWild = wildcards == length;
        this.value = allWild || !trailingWildcards ? 0 : Integer.parseInt(text.substring(0, length - wildcards));
    }

    boolean matches(AiEntry entry) {
        if (entry.ai.length() != length) {
            return false;
        }
        return trailingWildcards ? entry.code / divisor == value : AiDefinition.patternMatches(text, entry.ai);
    }

    @Override
    public String toString() {
        return text;
    }
}
