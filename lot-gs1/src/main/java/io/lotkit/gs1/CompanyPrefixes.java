package io.lotkit.gs1;

/**
 * The GS1 Company Prefix checks {@code gcppos1} and {@code gcppos2}: the component, from its first (respectively
 * second) character, must begin with at least the four digits every GS1 Company Prefix has.
 *
 * <p>Whether those digits form an allocated prefix needs GS1's registry, which this library does not consult;
 * these routines check only the form. Stateless and thread-safe.
 */
final class CompanyPrefixes {

    /** GS1 allocates Company Prefixes of 4 to 12 digits. */
    static final int MIN_PREFIX_LENGTH = 4;

    private CompanyPrefixes() {
    }

    static LintFailure gcpPos1(String s) {
        return prefixAt(s, 0);
    }

    static LintFailure gcpPos2(String s) {
        return prefixAt(s, 1);
    }

    /** {@code gcppos1} or {@code gcppos2} for a component already known to be all digits. */
    static LintFailure prefixOfDigitsAt(String s, int position) {
        int length = s.length();
        if (length - position < MIN_PREFIX_LENGTH) {
            // When nothing of the prefix is present, point at everything there is.
            int start = length > position ? position : 0;
            return LintReason.TOO_SHORT_FOR_COMPANY_PREFIX.at(start, length);
        }
        return null;
    }

    private static LintFailure prefixAt(String s, int position) {
        LintFailure tooShort = prefixOfDigitsAt(s, position);
        if (tooShort != null) {
            return tooShort;
        }
        for (int i = position; i < position + MIN_PREFIX_LENGTH; i++) {
            if (!CharacterSets.isDigit(s.charAt(i))) {
                return LintReason.INVALID_COMPANY_PREFIX.at(i, i + 1);
            }
        }
        return null;
    }
}
