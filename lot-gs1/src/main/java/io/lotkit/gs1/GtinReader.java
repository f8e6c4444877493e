package io.lotkit.gs1;

/** Reads a plain GTIN (8, 12, 13 or 14 digits) as element (01), padded with leading zeros to 14 digits. */
final class GtinReader {

    private static final String ZEROS = "000000";

    private GtinReader() {
    }

    static void read(ParseContext ctx) {
        int length = ctx.input.length();
        if (length != 8 && length != 12 && length != 13 && length != 14) {
            ctx.error(0, "01", Gs1ErrorCode.INVALID_GTIN,
                    "A GTIN has 8, 12, 13 or 14 digits, found " + length + " characters");
            return;
        }
        readPrimary(ctx, 0, length, length);
    }

    /** Reads {@code input[from, end)} as a GTIN of exactly {@code digits} digits; returns whether it was added. */
    static boolean readPrimary(ParseContext ctx, int from, int end, int digits) {
        String s = ctx.input;
        int length = end - from;
        if (length < digits) {
            ctx.error(end, "01", Gs1ErrorCode.INVALID_GTIN, "Primary scan data is too short");
            return false;
        }
        if (length > digits) {
            ctx.error(from + digits, "01", Gs1ErrorCode.INVALID_GTIN, "Primary message is too long");
            return false;
        }
        for (int i = from; i < end; i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                ctx.error(i, "01", Gs1ErrorCode.INVALID_GTIN, "Primary message may only contain digits");
                return false;
            }
        }
        if (!CheckDigits.valid(s, from, end)) {
            ctx.error(end - 1, "01", Gs1ErrorCode.INVALID_GTIN, "Primary message check digit is incorrect");
            return false;
        }
        AiEntry gtinEntry = ctx.parser.dictionary.entry("01", 0, 2);
        if (gtinEntry == null) {
            ctx.error(from, "01", Gs1ErrorCode.UNKNOWN_AI, "The dictionary in use does not define AI (01)");
            return false;
        }
        String digitsRead = s.substring(from, end);
        String gtin14 = digits == 14 ? digitsRead : ZEROS.substring(0, 14 - digits) + digitsRead;
        return ctx.add(gtinEntry, gtin14, from);
    }
}
