package io.lotkit.gs1;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Reads the tab-separated vector files of ../shared/gs1, undoing their escapes. */
final class VectorFiles {

    private VectorFiles() {
    }

    /** Returns the data rows (no comment lines, no column header), each field unescaped. */
    static List<String[]> rows(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String[]> rows = new ArrayList<>();
        boolean header = true;
        for (String line : lines) {
            if (line.startsWith("#")) {
                continue;
            }
            if (header) {
                header = false;
                continue;
            }
            String[] fields = Arrays.copyOf(line.split("\t", -1), 16);
            for (int i = 0; i < fields.length; i++) {
                fields[i] = fields[i] == null ? "" : unescape(fields[i]);
            }
            rows.add(fields);
        }
        return rows;
    }

    static String unescape(String field) {
        if (field.indexOf('\\') < 0) {
            return field;
        }
        StringBuilder out = new StringBuilder(field.length());
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c != '\\' || i + 1 == field.length()) {
                out.append(c);
                continue;
            }
            char next = field.charAt(++i);
            switch (next) {
                case 't' -> out.append('\t');
                case 'n' -> out.append('\n');
                case 'x' -> {
                    out.append((char) Integer.parseInt(field.substring(i + 1, i + 3), 16));
                    i += 2;
                }
                default -> out.append(next);
            }
        }
        return out.toString();
    }
}
