package io.lotkit.core.format;

import java.util.BitSet;

/**
 * Fixed text, from a quoted literal or plain punctuation in the pattern.
 */
final class LiteralElement extends Element {

    private final String literal;

    LiteralElement(int patternIndex, String literal) {
        super(patternIndex);
        this.literal = literal;
    }

    @Override
    boolean hasInput(LotContext context, long sequence) {
        return true;
    }

    @Override
    int print(LotContext context, long sequence, char[] out, int at) {
        literal.getChars(0, literal.length(), out, at);
        return at + literal.length();
    }

    @Override
    int parse(CharSequence text, int position, ParseState state) {
        for (int i = 0; i < literal.length(); i++) {
            int at = position + i;
            if (at >= text.length() || text.charAt(at) != literal.charAt(i)) {
                state.fail(at, describe());
                return -1;
            }
        }
        return position + literal.length();
    }

    @Override
    int minLength() {
        return literal.length();
    }

    @Override
    int maxLength() {
        return literal.length();
    }

    @Override
    BitSet outputChars() {
        BitSet chars = new BitSet();
        literal.chars().forEach(chars::set);
        return chars;
    }

    @Override
    BitSet firstChars() {
        BitSet first = new BitSet();
        first.set(literal.charAt(0));
        return first;
    }

    @Override
    String describe() {
        return "the literal \"" + literal + "\"";
    }
}
