package io.lotkit.gs1;

/**
 * Direct calls to the check routines that most AIs use (the character sets, {@code csum}, the company prefix and
 * date checks), chosen by a small number instead of through the {@link Linter} interface. The parser checks every
 * value with several routines; called through the interface, each is a megamorphic call the JIT cannot inline,
 * while a switch over static methods lets it inline them into the checking loop. Stateless and thread-safe.
 */
final class HotRoutines {

    /** Any routine without a direct call: run through its {@link Linter}. */
    static final byte OTHER = 0;
    private static final byte NUMERIC = 1;
    private static final byte CSET82 = 2;
    private static final byte CSET39 = 3;
    private static final byte CSUM = 4;
    private static final byte GCPPOS1 = 5;
    private static final byte GCPPOS2 = 6;
    private static final byte YYMMD0 = 7;
    private static final byte YYMMDD = 8;
    // The same routines for a numeric component, whose character-set check (run first) has passed already.
    private static final byte CSUM_OF_DIGITS = 9;
    private static final byte GCPPOS1_OF_DIGITS = 10;
    private static final byte GCPPOS2_OF_DIGITS = 11;
    private static final byte YYMMD0_OF_DIGITS = 12;
    private static final byte YYMMDD_OF_DIGITS = 13;
    // A numeric component's character-set check and csum in one pass, and the csum's slot it leaves behind.
    private static final byte NUMERIC_WITH_CSUM = 14;
    private static final byte DONE_BEFORE = 15;

    private HotRoutines() {
    }

    /**
     * The direct-call number of the routine the dictionary calls {@code name}, or {@link #OTHER}. For a routine
     * after the character-set check of a numeric component ({@code digitsChecked}), a variant that does not check
     * the digits again.
     */
    static byte idOf(String name, boolean digitsChecked) {
        if (digitsChecked) {
            switch (name) {
                case "csum":
                    return CSUM_OF_DIGITS;
                case "gcppos1":
                    return GCPPOS1_OF_DIGITS;
                case "gcppos2":
                    return GCPPOS2_OF_DIGITS;
                case "yymmd0":
                    return YYMMD0_OF_DIGITS;
                case "yymmdd":
                    return YYMMDD_OF_DIGITS;
                default:
                    break;
            }
        }
        return switch (name) {
            case "csetnumeric" -> NUMERIC;
            case "cset82" -> CSET82;
            case "cset39" -> CSET39;
            case "csum" -> CSUM;
            case "gcppos1" -> GCPPOS1;
            case "gcppos2" -> GCPPOS2;
            case "yymmd0" -> YYMMD0;
            case "yymmdd" -> YYMMDD;
            default -> OTHER;
        };
    }

    /**
     * Fuses a numeric component's character-set check with a {@code csum} right after it into one pass over the
     * value: the fused routine reports what the two would, in the same order, and the csum's slot then passes.
     */
    static void fuse(byte[] ids) {
        if (ids.length > 1 && ids[0] == NUMERIC && ids[1] == CSUM_OF_DIGITS) {
            ids[0] = NUMERIC_WITH_CSUM;
            ids[1] = DONE_BEFORE;
        }
    }

    /**
     * The routines of a value of one component as a pass-or-fail test, or null if one of them has no direct call.
     * Only whether all pass matters here (a failing value is checked again, routine by routine, to report the first
     * failure), so the slot a fused routine left behind is dropped, and a numeric component's character-set check
     * is left to a date check right after it, which checks the digits itself.
     */
    static byte[] passTest(byte[] ids) {
        byte[] test = new byte[ids.length];
        int count = 0;
        for (int i = 0; i < ids.length; i++) {
            byte id = ids[i];
            if (id == OTHER) {
                return null;
            }
            boolean dateNext = i + 1 < ids.length && (ids[i + 1] == YYMMD0_OF_DIGITS || ids[i + 1] == YYMMDD_OF_DIGITS);
            if (id == NUMERIC && dateNext) {
                test[count++] = ids[++i] == YYMMD0_OF_DIGITS ? YYMMD0 : YYMMDD;
            } else if (id != DONE_BEFORE) {
                test[count++] = id;
            }
        }
        return java.util.Arrays.copyOf(test, count);
    }

    /** Whether a {@link #passTest} is the character set 82 check alone. */
    static boolean isCset82Only(byte[] test) {
        return test.length == 1 && test[0] == CSET82;
    }

    /** Whether {@code value} passes every routine of a {@link #passTest}. */
    static boolean passes(byte[] test, String value) {
        for (byte id : test) {
            if (run(id, null, value) != null) {
                return false;
            }
        }
        return true;
    }

    /** Runs routine {@code id}, or {@code linter} (the same routine) when it has no direct call. */
    static LintFailure run(byte id, Linter linter, String component) {
        return switch (id) {
            case NUMERIC -> CharacterSets.csetNumeric(component);
            case CSET82 -> CharacterSets.cset82(component);
            case CSET39 -> CharacterSets.cset39(component);
            case CSUM -> CheckCharacters.csum(component);
            case GCPPOS1 -> CompanyPrefixes.gcpPos1(component);
            case GCPPOS2 -> CompanyPrefixes.gcpPos2(component);
            case YYMMD0 -> Dates.yymmd0(component);
            case YYMMDD -> Dates.yymmdd(component);
            case CSUM_OF_DIGITS -> CheckCharacters.csumOfDigits(component);
            case GCPPOS1_OF_DIGITS -> CompanyPrefixes.prefixOfDigitsAt(component, 0);
            case GCPPOS2_OF_DIGITS -> CompanyPrefixes.prefixOfDigitsAt(component, 1);
            case YYMMD0_OF_DIGITS -> Dates.yymmddOfDigits(component, true);
            case YYMMDD_OF_DIGITS -> Dates.yymmddOfDigits(component, false);
            case NUMERIC_WITH_CSUM -> CheckCharacters.numericCsum(component);
            case DONE_BEFORE -> null;
            default -> linter.lint(component);
        };
    }
}
