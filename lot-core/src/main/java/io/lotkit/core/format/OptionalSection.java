package io.lotkit.core.format;

import java.util.BitSet;
import java.util.List;

/**
 * A bracketed section printed only when the context holds the input of all its elements, and parsed only when it
 * matches. The compiler guarantees that a matching section is never the wrong choice (see {@link PatternRules}).
 */
final class OptionalSection extends Element {

    private final Element[] elements;

    OptionalSection(int patternIndex, List<Element> elements) {
        super(patternIndex);
        this.elements = elements.toArray(new Element[0]);
    }

    List<Element> elements() {
        return List.of(elements);
    }

    @Override
    boolean hasInput(LotContext context, long sequence) {
        return true;
    }

    @Override
    int print(LotContext context, long sequence, char[] out, int at) {
        for (Element element : elements) {
            if (!element.hasInput(context, sequence)) {
                return at;
            }
        }
        int end = at;
        for (Element element : elements) {
            end = element.print(context, sequence, out, end);
        }
        return end;
    }

    @Override
    int parse(CharSequence text, int position, ParseState state) {
        ParseState.Mark mark = state.mark();
        int at = position;
        for (Element element : elements) {
            at = element.parse(text, at, state);
            if (at < 0) {
                state.reset(mark);
                return position;
            }
        }
        return at;
    }

    @Override
    int minLength() {
        return 0;
    }

    @Override
    int maxLength() {
        int sum = 0;
        for (Element element : elements) {
            sum += element.maxLength();
        }
        return sum;
    }

    @Override
    BitSet outputChars() {
        BitSet chars = new BitSet();
        for (Element element : elements) {
            chars.or(element.outputChars());
        }
        return chars;
    }

    @Override
    BitSet firstChars() {
        return PatternRules.firstChars(List.of(elements));
    }

    @Override
    boolean isVariableWidth() {
        return true;
    }

    @Override
    String describe() {
        return "an optional section";
    }
}
