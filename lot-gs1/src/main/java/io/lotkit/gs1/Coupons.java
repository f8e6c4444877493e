package io.lotkit.gs1;

/**
 * The coupon routines: {@code couponcode}, the North American coupon code of AI 8110, and
 * {@code couponposoffer}, the positive offer file coupon code of AI 8112. Both are digit strings made of fields,
 * several of them preceded by a variable length indicator (VLI) digit that says how long the next field is.
 *
 * <p>A failure points at what is wrong: the offending digit for a bad code or VLI, the partial field when a field
 * is cut short, and the whole component when a mandatory field is absent altogether (there is nothing else to point
 * at). The routines read the component front to back with an index and never allocate unless they fail.
 * Stateless and thread-safe.
 */
final class Coupons {

    private static final String ANY_DIGIT = "0123456789";
    private static final String COMPANY_PREFIX_VLI = "0123456";
    private static final String OPTIONAL_PREFIX_VLI = "01234569";
    /** An optional purchase's Company Prefix VLI of 9 means "no prefix": same as the primary purchase's. */
    private static final char NO_PREFIX = '9';
    private static final String ONE_TO_FIVE = "12345";
    private static final String REQUIREMENT_CODE = "012349";
    private static final int OFFER_CODE_LENGTH = 6;
    private static final int FAMILY_CODE_LENGTH = 3;
    private static final int DATE_LENGTH = 6;
    /** A Company Prefix, serial number or retailer id VLI of n announces n + 6 digits. */
    private static final int PREFIX_VLI_OFFSET = 6;

    /**
     * The field names of one purchase, built once so that naming a field costs nothing until a failure needs it.
     */
    private enum Purchase {
        PRIMARY("Primary purchase"),
        SECOND("Second purchase"),
        THIRD("Third purchase");

        final String requirementVli;
        final String requirement;
        final String requirementCode;
        final String familyCode;
        final String prefixVli;
        final String prefix;

        Purchase(String name) {
            requirementVli = name + " Requirement VLI";
            requirement = name + " Requirement";
            requirementCode = name + " Requirement Code";
            familyCode = name + " Family Code";
            prefixVli = name + " GS1 Company Prefix VLI";
            prefix = name + " GS1 Company Prefix";
        }
    }

    private Coupons() {
    }

    /** AI 8110: the primary purchase, then optional fields each introduced by its indicator digit, in order. */
    static LintFailure couponCode(String s) {
        int length = s.length();
        LintFailure failure = CharacterSets.firstNonDigit(s, 0, length);
        if (failure != null) {
            return failure;
        }
        int pos = 0;
        failure = vliField(s, pos, COMPANY_PREFIX_VLI, PREFIX_VLI_OFFSET,
                "Primary GS1 Company Prefix VLI", "Primary GS1 Company Prefix");
        if (failure != null) {
            return failure;
        }
        pos += 1 + s.charAt(pos) - '0' + PREFIX_VLI_OFFSET;
        failure = fixedField(s, pos, OFFER_CODE_LENGTH, "Offer Code");
        if (failure != null) {
            return failure;
        }
        pos += OFFER_CODE_LENGTH;
        failure = vliField(s, pos, ONE_TO_FIVE, 0, "Save Value VLI", "Save Value");
        if (failure != null) {
            return failure;
        }
        pos += 1 + s.charAt(pos) - '0';
        failure = purchaseRequirement(s, pos, Purchase.PRIMARY);
        if (failure != null) {
            return failure;
        }
        pos += 1 + s.charAt(pos) - '0' + 1 + FAMILY_CODE_LENGTH;

        int lastIndicator = 0;
        int expiryAt = -1;
        while (pos < length) {
            char indicator = s.charAt(pos);
            if (indicator - '0' <= lastIndicator) {
                return LintReason.COUPON_EXCESS_DATA.at(pos, length);
            }
            int fieldStart = pos;
            pos++;
            switch (indicator) {
                case '1' -> {
                    failure = codeField(s, pos, "0123", "Additional Purchase Rules Code");
                    if (failure == null) {
                        failure = optionalPurchase(s, pos + 1, Purchase.SECOND);
                    }
                }
                case '2' -> failure = optionalPurchase(s, pos, Purchase.THIRD);
                case '3' -> {
                    failure = dateField(s, pos, "Expiration date");
                    expiryAt = pos;
                }
                case '4' -> {
                    failure = dateField(s, pos, "Start date");
                    if (failure == null && expiryAt >= 0 && compareDates(s, expiryAt, pos) < 0) {
                        // The span runs from the expiry's indicator to the end of the start date.
                        return LintReason.COUPON_EXPIRY_BEFORE_START.at(expiryAt - 1, pos + DATE_LENGTH);
                    }
                }
                case '5' -> failure = vliField(s, pos, ANY_DIGIT, PREFIX_VLI_OFFSET,
                        "Serial Number VLI", "Serial Number");
                case '6' -> failure = vliField(s, pos, "1234567", PREFIX_VLI_OFFSET,
                        "Retailer GCP/GLN VLI", "Retailer GCP/GLN");
                case '9' -> failure = miscellaneous(s, pos);
                default -> {
                    return LintReason.COUPON_EXCESS_DATA.at(fieldStart, length);
                }
            }
            if (failure != null) {
                return failure;
            }
            pos = optionalFieldEnd(s, indicator, pos);
            lastIndicator = indicator - '0';
        }
        return null;
    }

    /** AI 8112: format code, funder (with VLI), offer code and serial number (with VLI), nothing more. */
    static LintFailure positiveOffer(String s) {
        int length = s.length();
        LintFailure failure = CharacterSets.firstNonDigit(s, 0, length);
        if (failure != null) {
            return failure;
        }
        failure = codeField(s, 0, "01", "Format Code");
        if (failure != null) {
            return failure;
        }
        int pos = 1;
        failure = vliField(s, pos, COMPANY_PREFIX_VLI, PREFIX_VLI_OFFSET, "Funder VLI", "Funder");
        if (failure != null) {
            return failure;
        }
        pos += 1 + s.charAt(pos) - '0' + PREFIX_VLI_OFFSET;
        failure = fixedField(s, pos, OFFER_CODE_LENGTH, "Offer Code");
        if (failure != null) {
            return failure;
        }
        pos += OFFER_CODE_LENGTH;
        failure = vliField(s, pos, ANY_DIGIT, PREFIX_VLI_OFFSET, "Serial Number VLI", "Serial Number");
        if (failure != null) {
            return failure;
        }
        pos += 1 + s.charAt(pos) - '0' + PREFIX_VLI_OFFSET;
        if (pos < length) {
            return LintReason.COUPON_EXCESS_DATA.at(pos, length);
        }
        return null;
    }

    /** Requirement VLI, requirement, requirement code and family code of a purchase. */
    private static LintFailure purchaseRequirement(String s, int pos, Purchase purchase) {
        LintFailure failure = vliField(s, pos, ONE_TO_FIVE, 0, purchase.requirementVli, purchase.requirement);
        if (failure != null) {
            return failure;
        }
        pos += 1 + s.charAt(pos) - '0';
        failure = codeField(s, pos, REQUIREMENT_CODE, purchase.requirementCode);
        if (failure != null) {
            return failure;
        }
        return fixedField(s, pos + 1, FAMILY_CODE_LENGTH, purchase.familyCode);
    }

    /** A second or third purchase: its requirement as for the primary one, then its own Company Prefix. */
    private static LintFailure optionalPurchase(String s, int pos, Purchase purchase) {
        LintFailure failure = purchaseRequirement(s, pos, purchase);
        if (failure != null) {
            return failure;
        }
        pos += 1 + s.charAt(pos) - '0' + 1 + FAMILY_CODE_LENGTH;
        if (pos < s.length() && s.charAt(pos) == NO_PREFIX) {
            return null;
        }
        return vliField(s, pos, OPTIONAL_PREFIX_VLI, PREFIX_VLI_OFFSET, purchase.prefixVli, purchase.prefix);
    }

    /** Save value code, save-value-applies-to-item, store coupon flag and don't-multiply flag. */
    private static LintFailure miscellaneous(String s, int pos) {
        LintFailure failure = codeField(s, pos, "01256", "Save Value Code");
        if (failure == null) {
            failure = codeField(s, pos + 1, "012", "Save Value Applies to Item");
        }
        if (failure == null) {
            failure = codeField(s, pos + 2, ANY_DIGIT, "Store Coupon Flag");
        }
        if (failure == null) {
            failure = codeField(s, pos + 3, "01", "Don't Multiply Flag");
        }
        return failure;
    }

    /** Where an optional field that passed its checks ends; {@code pos} is just after its indicator. */
    private static int optionalFieldEnd(String s, char indicator, int pos) {
        return switch (indicator) {
            case '1' -> purchaseEnd(s, pos + 1);
            case '2' -> purchaseEnd(s, pos);
            case '3', '4' -> pos + DATE_LENGTH;
            case '5', '6' -> pos + 1 + s.charAt(pos) - '0' + PREFIX_VLI_OFFSET;
            case '9' -> pos + 4;
            default -> throw new IllegalStateException("no optional coupon field has indicator " + indicator);
        };
    }

    private static int purchaseEnd(String s, int pos) {
        pos += 1 + s.charAt(pos) - '0' + 1 + FAMILY_CODE_LENGTH;
        char prefixVli = s.charAt(pos);
        return prefixVli == NO_PREFIX ? pos + 1 : pos + 1 + prefixVli - '0' + PREFIX_VLI_OFFSET;
    }

    /** A field whose length is given by the VLI digit at {@code pos}: VLI value plus {@code offset} digits. */
    private static LintFailure vliField(String s, int pos, String allowedVli, int offset, String vliName,
                                        String fieldName) {
        int length = s.length();
        if (pos >= length) {
            return LintReason.COUPON_FIELD_MISSING.at(0, length, vliName);
        }
        char vli = s.charAt(pos);
        if (allowedVli.indexOf(vli) < 0) {
            return LintReason.COUPON_FIELD_INVALID.at(pos, pos + 1, vliName);
        }
        return fixedField(s, pos + 1, vli - '0' + offset, fieldName);
    }

    /** A field of {@code size} digits at {@code pos}. */
    private static LintFailure fixedField(String s, int pos, int size, String fieldName) {
        int length = s.length();
        if (pos + size > length) {
            return LintReason.COUPON_FIELD_TOO_SHORT.at(pos < length ? pos : 0, length, fieldName);
        }
        return null;
    }

    /** A one-digit code at {@code pos} from the {@code allowed} digits. */
    private static LintFailure codeField(String s, int pos, String allowed, String fieldName) {
        int length = s.length();
        if (pos >= length) {
            return LintReason.COUPON_FIELD_MISSING.at(0, length, fieldName);
        }
        if (allowed.indexOf(s.charAt(pos)) < 0) {
            return LintReason.COUPON_FIELD_INVALID.at(pos, pos + 1, fieldName);
        }
        return null;
    }

    /** A YYMMDD date at {@code pos}; day 00 is not allowed. */
    private static LintFailure dateField(String s, int pos, String fieldName) {
        int length = s.length();
        if (pos + DATE_LENGTH > length) {
            return LintReason.COUPON_DATE_TOO_SHORT.at(pos < length ? pos : 0, length, fieldName);
        }
        boolean leap = Dates.twoDigits(s, pos) % 4 == 0;
        if (Dates.monthAndDay(s, pos + 2, leap, false) != null) {
            return LintReason.COUPON_DATE_INVALID.at(pos, pos + DATE_LENGTH, fieldName);
        }
        return null;
    }

    /** Compares two YYMMDD dates digit by digit, which orders them within one century. */
    private static int compareDates(String s, int a, int b) {
        for (int i = 0; i < DATE_LENGTH; i++) {
            int difference = s.charAt(a + i) - s.charAt(b + i);
            if (difference != 0) {
                return difference;
            }
        }
        return 0;
    }
}
