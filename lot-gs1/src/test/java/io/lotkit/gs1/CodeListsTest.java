package io.lotkit.gs1;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CodeListsTest {

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource({
        "iso3166, 826, ",
        "iso3166, 840, ",
        "iso3166, 004, ",
        "iso3166, 000, INVALID_COUNTRY_NUMERIC",
        "iso3166, 999, INVALID_COUNTRY_NUMERIC",
        "iso3166, 82, INVALID_COUNTRY_NUMERIC",
        "iso3166, 8260, INVALID_COUNTRY_NUMERIC",
        "iso3166999, 999, ",
        "iso3166999, 276, ",
        "iso3166999, 998, INVALID_COUNTRY_NUMERIC_OR_999",
        "iso3166alpha2, GB, ",
        "iso3166alpha2, DE, ",
        "iso3166alpha2, UK, INVALID_COUNTRY_ALPHA2",
        "iso3166alpha2, gb, INVALID_COUNTRY_ALPHA2",
        "iso3166alpha2, GBR, INVALID_COUNTRY_ALPHA2",
        "iso4217, 978, ",
        "iso4217, 840, ",
        "iso4217, 999, ",
        "iso4217, 000, INVALID_CURRENCY",
        "iso4217, 191, INVALID_CURRENCY",  // Croatian kuna, withdrawn in 2023
        "iso4217, 97A, INVALID_CURRENCY",
        "packagetype, PX, ",
        "packagetype, BX, ",
        "packagetype, 1A, ",
        "packagetype, 8, ",
        "packagetype, X11, ",
        "packagetype, px, INVALID_PACKAGE_TYPE",
        "packagetype, ZZZ, INVALID_PACKAGE_TYPE",
        "packagetype, PXPX, INVALID_PACKAGE_TYPE",
        "mediatype, 01, ",
        "mediatype, 10, ",
        "mediatype, 80, ",
        "mediatype, 99, ",
        "mediatype, 00, INVALID_MEDIA_TYPE",
        "mediatype, 11, INVALID_MEDIA_TYPE",
        "mediatype, 79, INVALID_MEDIA_TYPE",
        "mediatype, 1, INVALID_MEDIA_TYPE",
    })
    void examples(String routine, String value, String expectedCode) {
        LintFailure failure = Linters.forName(routine).lint(value);
        assertThat(failure == null ? null : failure.code()).isEqualTo(expectedCode);
        if (failure != null) {
            assertThat(failure.start()).isZero();
            assertThat(failure.end()).isEqualTo(value.length());
        }
    }

    @Test
    void numericAndAlphaTwoListsDescribeTheSame249Countries() {
        int numeric = 0;
        for (int code = 0; code < 1000; code++) {
            if (Linters.forName("iso3166").lint(String.format("%03d", code)) == null) {
                numeric++;
            }
        }
        int alpha2 = 0;
        for (char a = 'A'; a <= 'Z'; a++) {
            for (char b = 'A'; b <= 'Z'; b++) {
                if (Linters.forName("iso3166alpha2").lint("" + a + b) == null) {
                    alpha2++;
                }
            }
        }
        assertThat(numeric).isEqualTo(249);
        assertThat(alpha2).isEqualTo(249);
    }
}
