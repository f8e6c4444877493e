package io.lotkit.gs1;

/**
 * The stable reason codes a {@link Linter} reports, each with the sentence shown to a person.
 *
 * <p>The constant's name is the code carried by {@link LintFailure#code()}; it never changes once published, while
 * the message may be reworded. Immutable and thread-safe.
 */
enum LintReason {
    NON_DIGIT_CHARACTER("Expected a digit (0-9) here."),
    NON_CSET82_CHARACTER("This character is not in GS1 AI encodable character set 82."),
    NON_CSET39_CHARACTER("This character is not in GS1 AI encodable character set 39."),
    NON_CSET64_CHARACTER("This character is not in the GS1 file-safe / URI-safe base64 character set 64."),
    INVALID_CSET64_PADDING("Trailing '=' padding must make the whole length a multiple of three."),
    DIGIT_REQUIRED_ABSENT("At least one character must be something other than a digit."),

    TOO_SHORT_FOR_CHECK_DIGIT("Too short to carry a GS1 check digit."),
    INCORRECT_CHECK_DIGIT("The GS1 check digit does not match the preceding digits."),
    TOO_SHORT_FOR_CHECK_PAIR("Too short to carry an alphanumeric check character pair."),
    TOO_LONG_FOR_CHECK_PAIR("Too long for an alphanumeric check character pair (at most 97 characters before it)."),
    INCORRECT_CHECK_PAIR("The alphanumeric check character pair does not match the preceding characters."),

    TOO_SHORT_FOR_COMPANY_PREFIX("Too short to hold a GS1 Company Prefix (at least four digits)."),
    INVALID_COMPANY_PREFIX("A GS1 Company Prefix consists of digits only."),

    DATE_TOO_SHORT("The date has fewer digits than its format requires."),
    DATE_TOO_LONG("The date has more digits than its format allows."),
    INVALID_MONTH("The month must be 01 to 12."),
    INVALID_DAY("The day does not exist in that month."),
    HOUR_WRONG_LENGTH("An hour is written as exactly two digits (HH)."),
    HOUR_MINUTE_WRONG_LENGTH("An hour with minutes is written as exactly four digits (HHMI)."),
    MINUTE_WRONG_LENGTH("A minute is written as exactly two digits (MI)."),
    SECOND_WRONG_LENGTH("A second is written as exactly two digits (SS)."),
    INVALID_HOUR("The hour must be 00 to 23."),
    INVALID_MINUTE("The minute must be 00 to 59."),
    INVALID_SECOND("The second must be 00 to 59."),

    ZERO_REQUIRED("Only zeros are allowed here."),
    NONZERO_REQUIRED("The value must not be zero."),
    ZERO_PREFIX("A leading zero is not allowed."),
    YES_NO_REQUIRED("Expected exactly one character, 0 (no) or 1 (yes)."),
    INVALID_WINDING("The winding direction must be 0, 1 or 9."),
    INVALID_SEX_CODE("Expected an ISO/IEC 5218 sex code: 0, 1, 2 or 9."),
    HYPHEN_REQUIRED("Only one or more hyphens are allowed here."),
    IMPORTER_INDEX_WRONG_LENGTH("The importer index is exactly one character."),
    INVALID_IMPORTER_INDEX("The importer index must be a digit, a letter, '-' or '_'."),
    COORDINATE_WRONG_LENGTH("A coordinate is written as exactly ten digits."),
    LATITUDE_OUT_OF_RANGE("The latitude must be 0000000000 to 1800000000."),
    LONGITUDE_OUT_OF_RANGE("The longitude must be 0000000000 to 3600000000."),
    PIECE_TOTAL_UNEVEN("Piece and total must be two digit groups of equal length."),
    PIECE_ZERO("The piece number must not be zero."),
    PIECE_TOTAL_ZERO("The total number of pieces must not be zero."),
    PIECE_EXCEEDS_TOTAL("The piece number is greater than the total."),
    POSITION_FORMAT("Expected a position and an end separated by one slash, like 3/7."),
    POSITION_EXCEEDS_END("The position is greater than the end."),
    INVALID_PERCENT_ENCODING("A '%' must be followed by two hexadecimal digits."),

    INVALID_COUNTRY_NUMERIC("Not an ISO 3166-1 numeric country code."),
    INVALID_COUNTRY_NUMERIC_OR_999("Not an ISO 3166-1 numeric country code, nor 999."),
    INVALID_COUNTRY_ALPHA2("Not an ISO 3166-1 alpha-2 country code."),
    INVALID_CURRENCY("Not an ISO 4217 numeric currency code."),
    INVALID_PACKAGE_TYPE("Not a package type code from UN/ECE Recommendation 21 as GS1 lists it."),
    INVALID_MEDIA_TYPE("Not a GS1 AIDC media type code."),

    IBAN_TOO_SHORT("An IBAN has at least a country code, two check digits and one more character."),
    IBAN_TOO_LONG("An IBAN has at most 34 characters."),
    IBAN_INVALID_COUNTRY("An IBAN starts with an ISO 3166-1 alpha-2 country code."),
    IBAN_INVALID_CHARACTER("An IBAN contains only digits and upper-case letters A-Z after its country code."),
    IBAN_INCORRECT_CHECK_DIGITS("The IBAN check digits do not match (ISO 7064 MOD 97-10)."),

    COUPON_FIELD_MISSING("A mandatory coupon field is missing."),
    COUPON_FIELD_INVALID("A coupon field has a value outside its allowed set."),
    COUPON_FIELD_TOO_SHORT("A coupon field is shorter than its length indicator or fixed length requires."),
    COUPON_DATE_TOO_SHORT("A coupon date needs six digits (YYMMDD)."),
    COUPON_DATE_INVALID("A coupon date is not a real calendar date."),
    COUPON_EXPIRY_BEFORE_START("The coupon expires before it starts."),
    COUPON_EXCESS_DATA("The coupon has data after its last recognised optional field.");

    private final String message;

    LintReason(String message) {
        this.message = message;
    }

    /** The default sentence for this reason. */
    String message() {
        return message;
    }

    /** A failure with this reason and its default message over {@code [start, end)}. */
    LintFailure at(int start, int end) {
        return new LintFailure(name(), message, start, end);
    }

    /** A failure with this reason, a message naming the field concerned, over {@code [start, end)}. */
    LintFailure at(int start, int end, String field) {
        return new LintFailure(name(), field + ": " + message, start, end);
    }
}
