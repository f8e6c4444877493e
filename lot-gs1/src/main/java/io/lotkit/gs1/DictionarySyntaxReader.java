package io.lotkit.gs1;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the published GS1 Barcode Syntax Dictionary format ({@code AIs [Flags] Specification [Attributes...]
 * [# Title]}), expanding AI ranges such as {@code 3100-3105} into one definition each.
 *
 * <p>Attribute keys this reader does not know are skipped, so that a newer dictionary with new keys still loads.
 */
final class DictionarySyntaxReader {

    private static final String FLAG_CHARS = "*!?\"$%&'()+,-./:;<=>@[\\]^_`{|}~";
    private static final String RELEASE_MARKER = "# Release:";

    private String release = "";

    /** Returns the release named in the header ({@code # Release: …}), empty if none was seen. */
    String release() {
        return release;
    }

    List<AiDefinition> read(Reader source) {
        List<AiDefinition> definitions = new ArrayList<>();
        BufferedReader lines = new BufferedReader(source);
        int lineNumber = 0;
        try {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                lineNumber++;
                String trimmed = line.strip();
                if (trimmed.startsWith(RELEASE_MARKER) && release.isEmpty()) {
                    release = trimmed.substring(RELEASE_MARKER.length()).strip();
                }
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                try {
                    definitions.addAll(parseEntry(trimmed));
                } catch (IllegalArgumentException e) {
                    throw new Gs1DictionaryException(lineNumber, e.getMessage(), e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the GS1 syntax dictionary (line " + lineNumber + ")", e);
        }
        return definitions;
    }

    private static List<AiDefinition> parseEntry(String line) {
        int hash = line.indexOf('#');
        String title = hash < 0 ? "" : line.substring(hash + 1).strip();
        String body = hash < 0 ? line : line.substring(0, hash);
        List<String> tokens = new ArrayList<>(Arrays.asList(body.strip().split("\\s+")));
        String range = tokens.remove(0);

        String flags = "";
        if (!tokens.isEmpty() && isFlags(tokens.get(0))) {
            flags = tokens.remove(0);
        }
        List<AiComponent> components = new ArrayList<>();
        while (!tokens.isEmpty() && isComponent(tokens.get(0))) {
            components.add(parseComponent(tokens.remove(0)));
        }
        if (components.isEmpty()) {
            throw new IllegalArgumentException("entry " + range + " has no specification");
        }

        boolean dlPrimaryKey = false;
        List<List<String>> qualifierPaths = new ArrayList<>();
        List<List<List<String>>> requires = new ArrayList<>();
        List<String> excludes = new ArrayList<>();
        for (String attribute : tokens) {
            int eq = attribute.indexOf('=');
            String key = eq < 0 ? attribute : attribute.substring(0, eq);
            String value = eq < 0 ? "" : attribute.substring(eq + 1);
            switch (key) {
                case "dlpkey" -> {
                    dlPrimaryKey = true;
                    if (!value.isEmpty()) {
                        for (String path : value.split("\\|", -1)) {
                            qualifierPaths.add(splitList(path, ',', attribute));
                        }
                    }
                }
                case "req" -> {
                    List<List<String>> rule = new ArrayList<>();
                    for (String group : splitList(value, ',', attribute)) {
                        rule.add(splitList(group, '+', attribute));
                    }
                    requires.add(rule);
                }
                case "ex" -> excludes.addAll(splitList(value, ',', attribute));
                default -> {
                    // An attribute key from a newer dictionary release: not needed for validation, skipped.
                }
            }
        }

        List<AiDefinition> expanded = new ArrayList<>();
        for (String ai : expandRange(range)) {
            expanded.add(new AiDefinition(ai, flags.indexOf('*') >= 0, flags.indexOf('?') >= 0, components,
                    dlPrimaryKey, qualifierPaths, requires, excludes, title));
        }
        return expanded;
    }

    private static boolean isFlags(String token) {
        for (int i = 0; i < token.length(); i++) {
            if (FLAG_CHARS.indexOf(token.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean isComponent(String token) {
        char first = token.charAt(0);
        return first == '[' || first == 'N' || first == 'X' || first == 'Y' || first == 'Z';
    }

    /** Parses {@code N6,yymmd0}, {@code X..20}, {@code [N..12]} or {@code [N3],iso3166}. */
    static AiComponent parseComponent(String token) {
        String[] parts = token.split(",", -1);
        String type = parts[0];
        boolean optional = type.startsWith("[");
        if (optional) {
            if (!type.endsWith("]")) {
                throw new IllegalArgumentException("optional component " + token + " lacks its ']'");
            }
            type = type.substring(1, type.length() - 1);
        }
        if (type.length() < 2) {
            throw new IllegalArgumentException("component " + token + " has no length");
        }
        Gs1CharacterSet set = Gs1CharacterSet.forLetter(type.charAt(0));
        String lengths = type.substring(1);
        int dots = lengths.indexOf("..");
        int min;
        int max;
        if (dots < 0) {
            min = parseLength(lengths, token);
            max = min;
        } else {
            min = dots == 0 ? 1 : parseLength(lengths.substring(0, dots), token);
            max = parseLength(lengths.substring(dots + 2), token);
        }
        List<String> linters = new ArrayList<>();
        for (int i = 1; i < parts.length; i++) {
            if (parts[i].isEmpty()) {
                throw new IllegalArgumentException("component " + token + " has an empty linter name");
            }
            linters.add(parts[i]);
        }
        return new AiComponent(set, min, max, optional, linters);
    }

    private static int parseLength(String digits, String token) {
        if (digits.isEmpty() || digits.length() > 3 || !AiDefinition.allDigits(digits)) {
            throw new IllegalArgumentException("component " + token + " has a malformed length");
        }
        return Integer.parseInt(digits);
    }

    private static List<String> splitList(String value, char separator, String attribute) {
        List<String> items = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= value.length(); i++) {
            if (i == value.length() || value.charAt(i) == separator) {
                String item = value.substring(start, i);
                if (item.isEmpty()) {
                    throw new IllegalArgumentException("attribute " + attribute + " has an empty item");
                }
                items.add(item);
                start = i + 1;
            }
        }
        return items;
    }

    private static List<String> expandRange(String range) {
        int dash = range.indexOf('-');
        if (dash < 0) {
            return List.of(range);
        }
        String first = range.substring(0, dash);
        String last = range.substring(dash + 1);
        if (first.length() != last.length() || !AiDefinition.allDigits(first) || !AiDefinition.allDigits(last)
                || first.isEmpty() || first.compareTo(last) > 0) {
            throw new IllegalArgumentException("malformed AI range " + range);
        }
        List<String> ais = new ArrayList<>();
        String format = "%0" + first.length() + "d";
        for (int ai = Integer.parseInt(first); ai <= Integer.parseInt(last); ai++) {
            ais.add(String.format(format, ai));
        }
        return ais;
    }
}
