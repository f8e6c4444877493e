package io.lotkit.gs1;

/**
 * The {@code mediatype} routine: a two-digit AIDC media type code (AI 7241) as GS1 assigns them, 01 to 10 for the
 * defined carrier types and 80 to 99 for company-internal use.
 *
 * <p>Stateless and thread-safe.
 */
final class MediaTypes {

    private MediaTypes() {
    }

    static LintFailure lint(String s) {
        if (s.length() == 2 && CharacterSets.isDigit(s.charAt(0)) && CharacterSets.isDigit(s.charAt(1))) {
            int code = Dates.twoDigits(s, 0);
            if (code >= 1 && code <= 10 || code >= 80) {
                return null;
            }
        }
        return LintReason.INVALID_MEDIA_TYPE.at(0, s.length());
    }
}
