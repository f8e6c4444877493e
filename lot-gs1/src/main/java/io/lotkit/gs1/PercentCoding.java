package io.lotkit.gs1;

/** Percent-encoding for GS1 Digital Link URIs (RFC 3986): only the unreserved characters are left as they are. */
final class PercentCoding {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private PercentCoding() {
    }

    /** Decodes {@code s[from, to)}; in a query, {@code +} is a space. Returns null for a malformed escape. */
    static String decode(String s, int from, int to, boolean query) {
        int percent = ElementStringReader.indexOf(s, '%', from, to);
        int plus = query ? ElementStringReader.indexOf(s, '+', from, to) : -1;
        if (percent < 0 && plus < 0) {
            return s.substring(from, to);
        }
        StringBuilder out = new StringBuilder(to - from);
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c == '%') {
                int high = i + 2 < to ? Character.digit(s.charAt(i + 1), 16) : -1;
                int low = i + 2 < to ? Character.digit(s.charAt(i + 2), 16) : -1;
                if (high < 0 || low < 0) {
                    return null;
                }
                out.append((char) (high * 16 + low));
                i += 2;
            } else {
                out.append(query && c == '+' ? ' ' : c);
            }
        }
        return out.toString();
    }

    /** Appends {@code value} with every character but the unreserved ones percent-encoded (upper-case hex). */
    static void encode(StringBuilder out, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 128 && (Character.isLetterOrDigit(c) || c == '-' || c == '.' || c == '_' || c == '~')) {
                out.append(c);
            } else {
                out.append('%').append(HEX[(c >> 4) & 0xF]).append(HEX[c & 0xF]);
            }
        }
    }
}
