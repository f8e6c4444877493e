package io.lotkit.genealogy;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Builds the URIs an EPCIS document needs: GS1 Digital Link URIs for lot-level classes
 * ({@code https://id.gs1.org/01/{gtin}/10/{lot}}), for GLN locations and parties, and Lotkit URNs for the free-text
 * names that are not GS1 keys.
 *
 * <p>This is a small stand-in until lot-gs1 offers its Digital Link encoder; it encodes only what the EPCIS export
 * needs.
 */
final class DigitalLinks {

    private static final String RESOLVER = "https://id.gs1.org";
    private static final Pattern ABSOLUTE_URI = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*:[^\\s<>\"{}|\\\\^`]+");
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private DigitalLinks() {
    }

    /** Returns the Digital Link URI of a lot of a GTIN (given as 14 digits). */
    static String lotClass(String gtin14, String lotNumber) {
        return RESOLVER + "/01/" + gtin14 + "/10/" + percentEncode(lotNumber);
    }

    /**
     * Returns an item code as a 14-digit GTIN if it is a GTIN-8, -12, -13 or -14 with a valid check digit, padded
     * with leading zeros; otherwise {@code null}.
     */
    static String gtin14(String item) {
        int length = item.length();
        if ((length != 8 && length != 12 && length != 13 && length != 14) || !hasValidCheckDigit(item)) {
            return null;
        }
        return "0".repeat(14 - length) + item;
    }

    /** Returns a location as a URI: a GLN as its Digital Link, a URI as it is, anything else as a Lotkit URN. */
    static String location(String location) {
        return key(location, "414", "location");
    }

    /** Returns a party as a URI: a GLN as its Digital Link, a URI as it is, anything else as a Lotkit URN. */
    static String party(String party) {
        return key(party, "417", "party");
    }

    /** Returns a business document as a Lotkit URN. */
    static String document(ReferenceDocument document) {
        return "urn:lotkit:document:" + percentEncode(document.type()) + ":" + percentEncode(document.number());
    }

    private static String key(String value, String glnApplicationIdentifier, String kind) {
        if (value.length() == 13 && hasValidCheckDigit(value)) {
            return RESOLVER + "/" + glnApplicationIdentifier + "/" + value;
        }
        if (ABSOLUTE_URI.matcher(value).matches()) {
            return value;
        }
        return "urn:lotkit:" + kind + ":" + percentEncode(value);
    }

    /** Percent-encodes every byte of the UTF-8 form except the URI's unreserved characters. */
    static String percentEncode(String value) {
        StringBuilder encoded = new StringBuilder(value.length());
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '.' || c == '_' || c == '~') {
                encoded.append(c);
            } else {
                encoded.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
            }
        }
        return encoded.toString();
    }

    /** The GS1 mod-10 check: weights 3 and 1 alternate from the digit left of the check digit. */
    static boolean hasValidCheckDigit(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            char c = digits.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        int last = digits.length() - 1;
        for (int i = last - 1, weight = 3; i >= 0; i--, weight = 4 - weight) {
            sum += (digits.charAt(i) - '0') * weight;
        }
        return (10 - sum % 10) % 10 == digits.charAt(last) - '0';
    }
}
