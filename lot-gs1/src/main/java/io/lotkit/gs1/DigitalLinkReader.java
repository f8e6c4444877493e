package io.lotkit.gs1;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a GS1 Digital Link URI: any scheme-and-domain, any path prefix, then the primary key and its qualifiers as
 * {@code /AI/value} pairs (found by walking back from the end of the path), then data attributes in the query.
 * Values are percent-decoded; in the query, {@code +} means a space.
 */
final class DigitalLinkReader {

    private DigitalLinkReader() {
    }

    static void read(ParseContext ctx) {
        String s = ctx.input;
        int afterScheme = schemeEnd(s);
        if (afterScheme < 0) {
            ctx.error(0, "", Gs1ErrorCode.DL_MALFORMED_URI,
                    "A GS1 Digital Link URI starts with http:// or https:// (in one case)");
            return;
        }
        for (int i = 0; i < s.length(); i++) {
            if (!uriCharacter(s.charAt(i))) {
                ctx.error(i, "", Gs1ErrorCode.DL_MALFORMED_URI, "URI contains illegal characters");
                return;
            }
        }
        int end = ElementStringReader.indexOf(s, '#', afterScheme, s.length());
        end = end < 0 ? s.length() : end;
        int query = ElementStringReader.indexOf(s, '?', afterScheme, end);
        int pathEnd = query < 0 ? end : query;
        int pathStart = ElementStringReader.indexOf(s, '/', afterScheme, pathEnd);
        if (pathStart < 0 || pathStart == afterScheme) {
            ctx.error(afterScheme, "", Gs1ErrorCode.DL_MALFORMED_URI, "URI must contain a domain and path info");
            return;
        }
        for (int i = afterScheme; i < pathStart; i++) {
            if (!domainCharacter(s.charAt(i))) {
                ctx.error(i, "", Gs1ErrorCode.DL_MALFORMED_URI, "Domain contains illegal characters");
                return;
            }
        }
        AiEntry key = readPath(ctx, pathStart, pathEnd);
        if (key != null && !ctx.stopped() && query >= 0) {
            readQuery(ctx, key, query + 1, end);
        }
    }

    /** Returns the index just past {@code http://} or {@code https://} (all lower or all upper case), or -1. */
    private static int schemeEnd(String s) {
        for (String scheme : new String[] {"https://", "http://", "HTTPS://", "HTTP://"}) {
            if (s.startsWith(scheme)) {
                return scheme.length();
            }
        }
        return -1;
    }

    /** Reads the key and qualifiers; returns the key's entry, or null after an error. */
    private static AiEntry readPath(ParseContext ctx, int pathStart, int pathEnd) {
        String s = ctx.input;
        List<int[]> pairs = new ArrayList<>(4); // {aiStart, aiEnd, valueStart, valueEnd}, last pair first
        AiEntry key = null;
        int segmentEnd = pathEnd;
        while (segmentEnd > pathStart) {
            int valueSlash = s.lastIndexOf('/', segmentEnd - 1);
            if (valueSlash <= pathStart) {
                break;
            }
            int aiSlash = s.lastIndexOf('/', valueSlash - 1);
            if (aiSlash < pathStart) {
                break;
            }
            AiEntry entry = ctx.parser.dictionary.entry(s, aiSlash + 1, valueSlash - aiSlash - 1);
            if (entry == null) {
                break;
            }
            if (valueSlash + 1 == segmentEnd) {
                ctx.error(valueSlash + 1, entry.ai, Gs1ErrorCode.VALUE_TOO_SHORT,
                        "AI (" + entry.ai + ") value path element is empty");
                return null;
            }
            pairs.add(new int[] {aiSlash + 1, valueSlash, valueSlash + 1, segmentEnd});
            if (entry.definition.dlPrimaryKey()) {
                key = entry;
                break;
            }
            segmentEnd = aiSlash;
        }
        if (key == null) {
            ctx.error(pathStart, "", Gs1ErrorCode.DL_NO_PRIMARY_KEY, "No GS1 DL keys found in path info");
            return null;
        }
        List<String> qualifiers = new ArrayList<>(pairs.size());
        for (int p = pairs.size() - 2; p >= 0; p--) {
            qualifiers.add(s.substring(pairs.get(p)[0], pairs.get(p)[1]));
        }
        if (!DigitalLinkKeys.validQualifiers(key.definition, qualifiers)) {
            ctx.error(pairs.get(pairs.size() - 1)[0], key.ai, Gs1ErrorCode.DL_INVALID_PATH,
                    "The AIs in the path are not a valid key-qualifier sequence for the key");
            return null;
        }
        for (int p = pairs.size() - 1; p >= 0 && !ctx.stopped(); p--) {
            int[] pair = pairs.get(p);
            AiEntry entry = ctx.parser.dictionary.entry(s, pair[0], pair[1] - pair[0]);
            addDecoded(ctx, entry, pair[2], pair[3], false, "path info");
        }
        ctx.dlPathLength = ctx.elements.size();
        return key;
    }

    private static void readQuery(ParseContext ctx, AiEntry key, int from, int end) {
        String s = ctx.input;
        List<String> pathQualifiers = new ArrayList<>();
        for (int i = 1; i < ctx.elements.size(); i++) {
            pathQualifiers.add(ctx.elements.get(i).ai());
        }
        int pos = from;
        while (pos < end && !ctx.stopped()) {
            int amp = ElementStringReader.indexOf(s, '&', pos, end);
            int paramEnd = amp < 0 ? end : amp;
            int eq = ElementStringReader.indexOf(s, '=', pos, paramEnd);
            // Empty parameters, singletons and non-numeric keys are not GS1 data and are passed over.
            if (eq > pos && AiDefinition.allDigits(s.subSequence(pos, eq))) {
                AiEntry entry = ctx.parser.dictionary.entry(s, pos, eq - pos);
                if (entry == null) {
                    ctx.error(pos, "", Gs1ErrorCode.DL_INVALID_ATTRIBUTE,
                            "Unknown AI (" + s.substring(pos, eq) + ") in query parameters");
                    return;
                }
                if (eq + 1 == paramEnd) {
                    ctx.error(eq + 1, entry.ai, Gs1ErrorCode.VALUE_TOO_SHORT,
                            "AI (" + entry.ai + ") value query element is empty");
                    return;
                }
                if (DigitalLinkKeys.belongsInPath(key.definition, pathQualifiers, entry.ai)) {
                    ctx.error(pos, entry.ai, Gs1ErrorCode.DL_INVALID_ATTRIBUTE,
                            "AI (" + entry.ai + ") from query params should be in the path info");
                    return;
                }
                addDecoded(ctx, entry, eq + 1, paramEnd, true, "query params");
            }
            pos = paramEnd + 1;
        }
    }

    private static void addDecoded(ParseContext ctx, AiEntry entry, int from, int to, boolean query, String where) {
        String value = PercentCoding.decode(ctx.input, from, to, query);
        if (value == null) {
            ctx.error(from, entry.ai, Gs1ErrorCode.DL_MALFORMED_URI,
                    "AI (" + entry.ai + ") value in " + where + " has a malformed percent-encoding");
            return;
        }
        if (value.indexOf('\0') >= 0) {
            ctx.error(from, entry.ai, Gs1ErrorCode.ILLEGAL_CHARACTER,
                    "Decoded AI (" + entry.ai + ") from DL " + where + " contains illegal null character");
            return;
        }
        if (ctx.lenient && entry.ai.equals("01") && isShortGtin(value)) {
            ctx.warn(from, entry.ai, Gs1ErrorCode.LENIENT_SHORT_GTIN,
                    "AI (01): the GTIN-" + value.length() + " " + value + " was padded to 14 digits");
            value = "000000".substring(0, 14 - value.length()) + value;
        }
        for (Gs1Element element : ctx.elements) {
            if (element.ai().equals(entry.ai)) {
                ctx.error(from, entry.ai, Gs1ErrorCode.REPEATED_AI_DIFFERENT, "AI (" + entry.ai + ") is duplicated");
                return;
            }
        }
        if (!ValueChecker.checkLength(ctx, entry, value, from)) {
            return;
        }
        if (ValueChecker.check(ctx, entry, value, from) || !ctx.stopped()) {
            ctx.add(entry, value, from);
        }
    }

    private static boolean isShortGtin(String value) {
        int length = value.length();
        return (length == 8 || length == 12 || length == 13) && AiDefinition.allDigits(value);
    }

    private static boolean uriCharacter(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || "-._~:/?#[]@!$&'()*+,;=%".indexOf(c) >= 0);
    }

    private static boolean domainCharacter(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || c == '-' || c == '.' || c == ':' || c == '[' || c == ']');
    }
}
