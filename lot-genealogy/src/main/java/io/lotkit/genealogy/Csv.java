package io.lotkit.genealogy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Writes RFC 4180 CSV: fields separated by commas, records ended by CRLF, and a field quoted (with its quotes
 * doubled) exactly when it holds a comma, a quote, a line break or leading or trailing spaces.
 */
final class Csv {

    private final Appendable out;

    Csv(Appendable out) {
        this.out = out;
    }

    void row(List<String> fields) {
        try {
            for (int i = 0; i < fields.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                field(fields.get(i));
            }
            out.append("\r\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the CSV output", e);
        }
    }

    private void field(String value) throws IOException {
        if (!needsQuotes(value)) {
            out.append(value);
            return;
        }
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"') {
                out.append('"');
            }
            out.append(c);
        }
        out.append('"');
    }

    static boolean needsQuotes(String value) {
        if (value.isEmpty()) {
            return false;
        }
        if (value.charAt(0) == ' ' || value.charAt(value.length() - 1) == ' ') {
            return true;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == ',' || c == '"' || c == '\r' || c == '\n') {
                return true;
            }
        }
        return false;
    }
}
