package io.lotkit.gs1;

/**
 * Why a GS1 input was rejected, or (for the {@code LENIENT_} codes) what a lenient parse repaired.
 *
 * <p>Immutable and thread-safe.
 */
public enum Gs1ErrorCode {

    /** The input is longer than the parser's configured maximum. */
    INPUT_TOO_LONG,
    /** The input is empty, or holds no element where one is required. */
    EMPTY_INPUT,
    /** The input does not have the structure of its form, e.g. an unclosed {@code (} in a bracketed string. */
    MALFORMED,
    /** The AI is not in the dictionary (and unknown AIs are not permitted). */
    UNKNOWN_AI,
    /** The value is shorter than the AI allows, or empty. */
    VALUE_TOO_SHORT,
    /** The value is longer than the AI allows. */
    VALUE_TOO_LONG,
    /** A component of the value has a length its definition does not allow. */
    COMPONENT_LENGTH,
    /** The value contains a character that may not appear there, such as {@code ^} or a control character. */
    ILLEGAL_CHARACTER,
    /** A check routine ("linter") rejected a component; {@link Gs1Error#checkCode()} says which failure. */
    CHECK_FAILED,
    /** The message holds more AIs than GS1 permits (64). */
    TOO_MANY_AIS,
    /** Two AIs that must not appear together do ({@code ex=}). */
    INVALID_PAIR,
    /** An AI's required companion AIs are missing ({@code req=}). */
    REQUIRED_AI_MISSING,
    /** The same AI appears twice with different values (in a Digital Link URI: twice at all). */
    REPEATED_AI_DIFFERENT,
    /** A digital signature (8030) accompanies a key whose serial component is missing. */
    SERIAL_COMPONENT_MISSING,
    /** Scanner data lacks its AIM symbology identifier, or names one that cannot carry the data. */
    SYMBOLOGY_IDENTIFIER,
    /** The data of a plain EAN/UPC symbol (or a plain GTIN) is not a valid GTIN. */
    INVALID_GTIN,
    /** A GS1 Digital Link URI is malformed: scheme, domain, path, percent-encoding or characters. */
    DL_MALFORMED_URI,
    /** A GS1 Digital Link URI has no primary key in its path. */
    DL_NO_PRIMARY_KEY,
    /** The AIs in a GS1 Digital Link path are not a valid key-qualifier sequence. */
    DL_INVALID_PATH,
    /** A query parameter of a GS1 Digital Link URI is not a known AI permitted there. */
    DL_INVALID_ATTRIBUTE,
    /** Lenient mode: a date of {@code 000000} was read as absent. */
    LENIENT_ZERO_DATE,
    /** Lenient mode: a missing separator between variable-length fields was recovered. */
    LENIENT_MISSING_SEPARATOR,
    /** Lenient mode: a repeated separator (an empty field) was skipped. */
    LENIENT_EXTRA_SEPARATOR,
    /** Lenient mode: a GTIN-13 (or shorter) in a Digital Link path was padded to GTIN-14. */
    LENIENT_SHORT_GTIN,
    /** Lenient mode: surrounding whitespace was removed from the input. */
    LENIENT_WHITESPACE
}
