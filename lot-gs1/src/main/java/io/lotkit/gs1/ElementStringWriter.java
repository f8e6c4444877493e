package io.lotkit.gs1;

import java.util.List;

/** Writes a message as an unbracketed element string for text or for a barcode encoder. */
final class ElementStringWriter {

    private ElementStringWriter() {
    }

    /** Writes {@code (AI)value…} with {@code (} in values escaped as {@code \(} and {@code |} before a composite. */
    static String bracketed(Gs1Message message) {
        List<Gs1Element> elements = message.elements();
        StringBuilder out = new StringBuilder(16 * elements.size());
        for (int i = 0; i < elements.size(); i++) {
            Gs1Element element = elements.get(i);
            out.append(i == message.compositeStart() ? "|" : "").append('(').append(element.ai()).append(')');
            String value = element.value();
            for (int c = 0; c < value.length(); c++) {
                char ch = value.charAt(c);
                if (ch == '(') {
                    out.append('\\');
                }
                out.append(ch);
            }
        }
        return out.toString();
    }

    /**
     * Writes FNC1 in first position, each element, and the separator after every variable-length value that
     * another element of the same component follows. With {@code predefinedFirst}, the elements of predefined
     * length are moved (in order) before the others of their component, so fewer separators are needed.
     */
    static String dataString(Gs1Message message, char fnc1, char separator, boolean predefinedFirst) {
        List<Gs1Element> elements = message.elements();
        int split = message.compositeStart() < 0 ? elements.size() : message.compositeStart();
        StringBuilder out = new StringBuilder(16 * elements.size() + 2);
        writePart(out, message, elements.subList(0, split), fnc1, separator, predefinedFirst);
        if (split < elements.size()) {
            out.append('|');
            writePart(out, message, elements.subList(split, elements.size()), fnc1, separator, predefinedFirst);
        }
        return out.toString();
    }

    private static void writePart(StringBuilder out, Gs1Message message, List<Gs1Element> part, char fnc1,
            char separator, boolean predefinedFirst) {
        out.append(fnc1);
        if (predefinedFirst) {
            int written = 0;
            for (Gs1Element element : part) {
                if (!needsSeparator(message, element.ai())) {
                    written = append(out, message, element, ++written == part.size(), separator, written);
                }
            }
            for (Gs1Element element : part) {
                if (needsSeparator(message, element.ai())) {
                    written = append(out, message, element, ++written == part.size(), separator, written);
                }
            }
            return;
        }
        for (int i = 0; i < part.size(); i++) {
            append(out, message, part.get(i), i == part.size() - 1, separator, i);
        }
    }

    private static int append(StringBuilder out, Gs1Message message, Gs1Element element, boolean last,
            char separator, int count) {
        out.append(element.ai()).append(element.value());
        if (!last && needsSeparator(message, element.ai())) {
            out.append(separator);
        }
        return count;
    }

    /** Whether an element needs a separator after it when another follows: unknown AIs and variable lengths do. */
    private static boolean needsSeparator(Gs1Message message, String ai) {
        AiEntry entry = message.dictionary().entry(ai, 0, ai.length());
        return entry == null || entry.definition.fnc1Required();
    }
}
