package io.lotkit.core.format;

import java.util.BitSet;

/**
 * A named context field (item, plant, line, shift or a custom name) of fixed or bounded width, whose characters
 * must all belong to one set.
 */
final class FieldElement extends Element {

    private final String name;
    private final int minWidth;
    private final int maxWidth;
    private final CharSet chars;
    /** The field's index among the format's field names, bound once when the format is built. */
    private int slot = -1;

    FieldElement(int patternIndex, String name, int minWidth, int maxWidth, CharSet chars) {
        super(patternIndex);
        // Interned so that the context's lookup usually matches by identity: its well-known names and names written
        // as literals in host code are interned too.
        this.name = name.intern();
        this.minWidth = minWidth;
        this.maxWidth = maxWidth;
        this.chars = chars;
    }

    String name() {
        return name;
    }

    /** Binds the field to its slot in the parse result; called once, while the owning format is constructed. */
    void bindSlot(int index) {
        slot = index;
    }

    @Override
    boolean hasInput(LotContext context, long sequence) {
        return context.fieldOrNull(name) != null;
    }

    @Override
    int print(LotContext context, long sequence, char[] out, int at) {
        String value = context.fieldOrNull(name);
        if (value == null) {
            throw new LotFieldException(name, "missing from the context (pattern index " + patternIndex() + ")");
        }
        if (value.length() < minWidth || value.length() > maxWidth) {
            throw new LotFieldException(name, "value \"" + value + "\" has " + value.length()
                    + " characters, the pattern allows " + widthText() + " (pattern index " + patternIndex() + ")");
        }
        for (int i = 0; i < value.length(); i++) {
            if (!chars.contains(value.charAt(i))) {
                throw new LotFieldException(name, "character '" + value.charAt(i) + "' at index " + i + " of \""
                        + value + "\" is not in the field's set: " + chars + " (pattern index " + patternIndex() + ")");
            }
        }
        value.getChars(0, value.length(), out, at);
        return at + value.length();
    }

    @Override
    int parse(CharSequence text, int position, ParseState state) {
        int end = position;
        int limit = Math.min(text.length(), position + maxWidth);
        while (end < limit && chars.contains(text.charAt(end))) {
            end++;
        }
        if (end - position < minWidth) {
            state.fail(end, describe());
            return -1;
        }
        state.setField(slot, position, end);
        return end;
    }

    @Override
    int minLength() {
        return minWidth;
    }

    @Override
    int maxLength() {
        return maxWidth;
    }

    @Override
    BitSet outputChars() {
        return chars.toBitSet();
    }

    @Override
    String describe() {
        return "the field '" + name + "' (" + widthText() + ", " + chars + ")";
    }

    private String widthText() {
        return minWidth == maxWidth ? maxWidth + " characters" : minWidth + " to " + maxWidth + " characters";
    }
}
