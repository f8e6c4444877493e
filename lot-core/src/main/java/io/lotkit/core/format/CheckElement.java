package io.lotkit.core.format;

import java.util.BitSet;

/**
 * A check character computed over every character printed before it.
 */
final class CheckElement extends Element {

    private final CheckAlgorithm algorithm;

    CheckElement(int patternIndex, CheckAlgorithm algorithm) {
        super(patternIndex);
        this.algorithm = algorithm;
    }

    CheckAlgorithm algorithm() {
        return algorithm;
    }

    @Override
    boolean hasInput(LotContext context, long sequence) {
        return true;
    }

    @Override
    int print(LotContext context, long sequence, char[] out, int at) {
        out[at] = algorithm.compute(out, at);
        return at + 1;
    }

    @Override
    int parse(CharSequence text, int position, ParseState state) {
        // The elements before this one only accept characters of the algorithm's alphabet (checked at compile time).
        char expected = algorithm.compute(text, position);
        if (position >= text.length() || text.charAt(position) != expected) {
            state.fail(position, "the check character '" + expected + "' (" + algorithm.patternName() + ")");
            return -1;
        }
        state.setCheckCharacter(expected);
        return position + 1;
    }

    @Override
    int minLength() {
        return 1;
    }

    @Override
    int maxLength() {
        return 1;
    }

    @Override
    BitSet outputChars() {
        return algorithm.alphabet().toBitSet();
    }

    @Override
    String describe() {
        return "a check character (" + algorithm.patternName() + ")";
    }
}
