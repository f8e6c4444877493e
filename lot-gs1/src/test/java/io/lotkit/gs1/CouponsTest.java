package io.lotkit.gs1;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class CouponsTest {

    private static final Linter COUPON = Linters.forName("couponcode");
    private static final Linter POSITIVE_OFFER = Linters.forName("couponposoffer");

    /** VLI 0 and a six-digit prefix, offer code, save value 150 (VLI 3), requirement 1 (VLI 1), code 0, family. */
    private static final String PRIMARY = "0" + "061414" + "123456" + "3" + "150" + "1" + "1" + "0" + "001";
    private static final String EXPIRY = "3" + "261231";
    private static final String START = "4" + "260101";
    private static final String SERIAL = "5" + "0" + "123456";
    private static final String SECOND_PURCHASE = "1" + "2" + "1" + "3" + "1" + "002" + "9";
    private static final String RETAILER = "6" + "1" + "1234567";
    private static final String MISCELLANEOUS = "9" + "0" + "0" + "0" + "1";
    private static final String FULL = PRIMARY + SECOND_PURCHASE + EXPIRY + START + SERIAL + RETAILER + MISCELLANEOUS;

    @Test
    void primaryPurchaseAloneAndWithEveryOptionalFieldPass() {
        assertThat(COUPON.lint(PRIMARY)).isNull();
        assertThat(COUPON.lint(FULL)).isNull();
        assertThat(COUPON.lint(PRIMARY + EXPIRY + SERIAL)).isNull();
    }

    @Test
    void optionalFieldsMustComeInIndicatorOrder() {
        String swapped = PRIMARY + START + EXPIRY;
        assertThat(COUPON.lint(swapped)).extracting(LintFailure::code, LintFailure::start, LintFailure::end)
                .containsExactly("COUPON_EXCESS_DATA", PRIMARY.length() + START.length(), swapped.length());
    }

    @Test
    void anExpiryBeforeTheStartIsRejectedOverBothDates() {
        String value = PRIMARY + "3" + "251231" + START;
        assertThat(COUPON.lint(value)).extracting(LintFailure::code, LintFailure::start, LintFailure::end)
                .containsExactly("COUPON_EXPIRY_BEFORE_START", PRIMARY.length(), value.length());
    }

    @Test
    void badFieldsAreNamedInTheMessageAndPointedAt() {
        String badSaveValueVli = "0061414123456" + "6" + "150110001";
        LintFailure failure = COUPON.lint(badSaveValueVli);
        assertThat(failure).extracting(LintFailure::code, LintFailure::start, LintFailure::end)
                .containsExactly("COUPON_FIELD_INVALID", 13, 14);
        assertThat(failure.message()).contains("Save Value VLI");

        LintFailure badDate = COUPON.lint(PRIMARY + "3" + "260230");
        assertThat(badDate).extracting(LintFailure::code, LintFailure::start)
                .containsExactly("COUPON_DATE_INVALID", PRIMARY.length() + 1);
        assertThat(badDate.message()).contains("Expiration date");
    }

    @Test
    void aMissingMandatoryFieldPointsAtTheWholeComponent() {
        String withoutFamilyCode = PRIMARY.substring(0, PRIMARY.length() - 3);
        assertThat(COUPON.lint(withoutFamilyCode))
                .extracting(LintFailure::code, LintFailure::start, LintFailure::end)
                .containsExactly("COUPON_FIELD_TOO_SHORT", 0, withoutFamilyCode.length());
        assertThat(COUPON.lint("")).extracting(LintFailure::code).isEqualTo("COUPON_FIELD_MISSING");
    }

    @Property(tries = 200)
    void everyTruncationOfAValidCouponFailsCleanlyOrIsItselfComplete(@ForAll @IntRange(min = 0, max = 80) int cut) {
        String prefix = FULL.substring(0, Math.min(cut, FULL.length()));
        LintFailure failure = COUPON.lint(prefix);
        boolean endsOnAFieldBoundary = prefix.equals(PRIMARY) || prefix.equals(PRIMARY + SECOND_PURCHASE)
                || prefix.equals(PRIMARY + SECOND_PURCHASE + EXPIRY)
                || prefix.equals(PRIMARY + SECOND_PURCHASE + EXPIRY + START)
                || prefix.equals(PRIMARY + SECOND_PURCHASE + EXPIRY + START + SERIAL)
                || prefix.equals(PRIMARY + SECOND_PURCHASE + EXPIRY + START + SERIAL + RETAILER)
                || prefix.equals(FULL);
        assertThat(failure == null).as(prefix).isEqualTo(endsOnAFieldBoundary);
        if (failure != null) {
            assertThat(failure.code()).startsWith("COUPON_");
            assertThat(failure.end()).isEqualTo(prefix.length());
        }
    }

    @Test
    void positiveOfferFile() {
        String offer = "0" + "0" + "061414" + "123456" + "0" + "123456";
        assertThat(POSITIVE_OFFER.lint(offer)).isNull();
        assertThat(POSITIVE_OFFER.lint("2" + offer.substring(1)))
                .extracting(LintFailure::code, LintFailure::start, LintFailure::end)
                .containsExactly("COUPON_FIELD_INVALID", 0, 1);
        assertThat(POSITIVE_OFFER.lint(offer + "7"))
                .extracting(LintFailure::code, LintFailure::start, LintFailure::end)
                .containsExactly("COUPON_EXCESS_DATA", offer.length(), offer.length() + 1);
        assertThat(POSITIVE_OFFER.lint(offer.replace('6', 'x')))
                .extracting(LintFailure::code).isEqualTo("NON_DIGIT_CHARACTER");
    }
}
