package io.lotkit.gs1;

/**
 * Reads raw scanner data that starts with an AIM symbology identifier ({@code ]C1}, {@code ]e0}, {@code ]d2},
 * {@code ]Q3}, {@code ]J1} for GS1 element strings; {@code ]E0}/{@code ]E4} for EAN-13/UPC-A and EAN-8;
 * {@code ]I1} for ITF-14; {@code ]Q1}, {@code ]d1}, {@code ]J0} carrying a Digital Link URI), with {@code |]e0}
 * before a composite component.
 */
final class ScanDataReader {

    static final String COMPOSITE_MARK = "|]e0";
    private static final int ID_LENGTH = 3;

    private ScanDataReader() {
    }

    static void read(ParseContext ctx) {
        String s = ctx.input;
        if (s.length() < ID_LENGTH || s.charAt(0) != ']') {
            ctx.error(0, "", Gs1ErrorCode.SYMBOLOGY_IDENTIFIER, "Missing symbology identifier");
            return;
        }
        // Read as two characters in place: cutting the identifier out as a string would allocate per scan.
        char symbology = s.charAt(1);
        char modifier = s.charAt(2);
        if (isGs1Mode(symbology, modifier)) {
            if (Gs1InputForm.startsWithHttp(s, ID_LENGTH)) {
                readDigitalLink(ctx); // some encoders put a Digital Link URI into a GS1-mode symbol
                return;
            }
            readElementStringsFully(ctx);
        } else if (isPlainMode(symbology, modifier)) {
            readDigitalLink(ctx);
        } else if (symbology == 'E' && modifier == '0') {
            readEan(ctx, 13);
        } else if (symbology == 'E' && modifier == '4') {
            readEan(ctx, 8);
        } else if (symbology == 'I' && modifier == '1') {
            GtinReader.readPrimary(ctx, ID_LENGTH, s.length(), 14); // ITF-14
        } else {
            ctx.error(0, "", Gs1ErrorCode.SYMBOLOGY_IDENTIFIER, "Unsupported symbology identifier "
                    + s.substring(0, ID_LENGTH) + ": it carries no GS1 AI data");
        }
    }

    /**
     * The quick reading of valid element strings after a GS1-mode identifier (see
     * {@link QuickReadings#readValidUnbracketed}); null for anything else, including a Digital Link URI.
     */
    static Gs1Message readValid(Gs1Parser parser, String s) {
        if (s.length() <= ID_LENGTH || s.charAt(0) != ']' || !isGs1Mode(s.charAt(1), s.charAt(2))) {
            return null;
        }
        // A Digital Link URI starts with 'h' or 'H', which no AI does: the quick reading gives up on it.
        return QuickReadings.readValidUnbracketed(parser, s, ID_LENGTH);
    }

    /**
     * Reads the element strings after a GS1-mode identifier step by step, reporting each problem in GS1's order: a
     * {@code ^} anywhere first, then the elements, with {@code |]e0} starting the composite component.
     */
    static void readElementStringsFully(ParseContext ctx) {
        String s = ctx.input;
        int caret = s.indexOf('^');
        if (caret >= 0) {
            ctx.error(caret, "", Gs1ErrorCode.ILLEGAL_CHARACTER, "Scan data contains illegal ^ character");
            return;
        }
        ElementStringReader.readUnbracketed(ctx, ID_LENGTH, s.length(), ctx.parser.separator, COMPOSITE_MARK);
    }

    /** GS1-128, GS1 DataBar, GS1 DataMatrix, GS1 QR Code and GS1 DotCode: element strings. */
    private static boolean isGs1Mode(char symbology, char modifier) {
        return switch (symbology) {
            case 'C', 'J' -> modifier == '1';
            case 'e' -> modifier == '0';
            case 'd' -> modifier == '2';
            case 'Q' -> modifier == '3';
            default -> false;
        };
    }

    /** The plain modes of QR Code, Data Matrix and DotCode, which carry GS1 data only as a Digital Link URI. */
    private static boolean isPlainMode(char symbology, char modifier) {
        return switch (symbology) {
            case 'Q', 'd' -> modifier == '1';
            case 'J' -> modifier == '0';
            default -> false;
        };
    }

    /** QR Code, Data Matrix and DotCode in their plain (non-GS1) mode carry GS1 data only as a Digital Link URI. */
    private static void readDigitalLink(ParseContext ctx) {
        String payload = ctx.input.substring(ID_LENGTH);
        if (Gs1InputForm.detect(payload) != Gs1InputForm.DIGITAL_LINK) {
            ctx.error(ID_LENGTH, "", Gs1ErrorCode.SYMBOLOGY_IDENTIFIER, "Symbology identifier "
                    + ctx.input.substring(0, ID_LENGTH) + " carries plain data, and this is no GS1 Digital Link URI");
            return;
        }
        ParseContext part = new ParseContext(ctx.parser, payload, ctx.lenient, ctx.collectAll);
        DigitalLinkReader.read(part);
        ctx.absorb(part, ID_LENGTH);
    }

    private static void readEan(ParseContext ctx, int digits) {
        String s = ctx.input;
        int bar = s.indexOf(COMPOSITE_MARK, ID_LENGTH);
        int end = bar < 0 ? s.length() : bar;
        if (!GtinReader.readPrimary(ctx, ID_LENGTH, end, digits)) {
            return;
        }
        if (bar >= 0) {
            ctx.startComposite();
            ElementStringReader.readUnbracketedPart(ctx, bar + COMPOSITE_MARK.length(), s.length(),
                    ctx.parser.separator);
        }
    }
}
