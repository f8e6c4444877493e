package io.lotkit.gs1;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DateTimeException;
import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatesAndTimesTest {

    private static final Linter YYMMDD = Linters.forName("yymmdd");
    private static final Linter YYMMD0 = Linters.forName("yymmd0");
    private static final Linter YYYYMMDD = Linters.forName("yyyymmdd");
    private static final Linter YYYYMMD0 = Linters.forName("yyyymmd0");

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource({
        "yyyymmdd, 20000229, ",           // divisible by 400: leap
        "yyyymmdd, 19000229, INVALID_DAY", // divisible by 100 only: common
        "yyyymmdd, 21000229, INVALID_DAY",
        "yyyymmdd, 20240229, ",
        "yyyymmdd, 20230229, INVALID_DAY",
        "yymmdd, 240229, ",
        "yymmdd, 230229, INVALID_DAY",
        "yymmdd, 000229, ",                // 00 read as 2000
        "yymmdd, 250431, INVALID_DAY",
        "yymmdd, 251301, INVALID_MONTH",
        "yymmdd, 250001, INVALID_MONTH",
        "yymmdd, 250100, INVALID_DAY",     // day 00 only where the routine allows it
        "yymmd0, 250100, ",
        "yymmd0, 250200, ",
        "yymmd0, 250132, INVALID_DAY",
        "yyyymmd0, 20250100, ",
        "yyyymmdd, 20250100, INVALID_DAY",
        "yymmdd, 25010, DATE_TOO_SHORT",
        "yymmdd, 2501011, DATE_TOO_LONG",
        "yyyymmdd, 2025010, DATE_TOO_SHORT",
        "yymmdd, 25O101, NON_DIGIT_CHARACTER",
    })
    void dateExamples(String routine, String value, String expectedCode) {
        LintFailure failure = Linters.forName(routine).lint(value);
        assertThat(failure == null ? null : failure.code()).isEqualTo(expectedCode);
    }

    @Test
    void failuresPointAtTheOffendingField() {
        assertThat(YYMMDD.lint("251301")).extracting(LintFailure::start, LintFailure::end).containsExactly(2, 4);
        assertThat(YYMMDD.lint("250431")).extracting(LintFailure::start, LintFailure::end).containsExactly(4, 6);
        assertThat(YYYYMMDD.lint("20250431")).extracting(LintFailure::start, LintFailure::end).containsExactly(6, 8);
        assertThat(YYMMDD.lint("2501")).extracting(LintFailure::start, LintFailure::end).containsExactly(0, 4);
    }

    @Property(tries = 400)
    void eightDigitDatesAgreeWithJavaTime(@ForAll @IntRange(min = 0, max = 9999) int year,
                                          @ForAll @IntRange(min = 0, max = 14) int month,
                                          @ForAll @IntRange(min = 0, max = 32) int day) {
        String value = String.format("%04d%02d%02d", year, month, day);
        assertThat(YYYYMMDD.lint(value) == null).as(value).isEqualTo(isRealDate(year, month, day));
        boolean wholeMonth = day == 0 && month >= 1 && month <= 12;
        assertThat(YYYYMMD0.lint(value) == null).as(value).isEqualTo(wholeMonth || isRealDate(year, month, day));
    }

    @Property(tries = 400)
    void sixDigitDatesAgreeWithJavaTimeInThisCentury(@ForAll @IntRange(min = 0, max = 99) int yy,
                                                     @ForAll @IntRange(min = 0, max = 14) int month,
                                                     @ForAll @IntRange(min = 0, max = 32) int day) {
        String value = String.format("%02d%02d%02d", yy, month, day);
        assertThat(YYMMDD.lint(value) == null).as(value).isEqualTo(isRealDate(2000 + yy, month, day));
        boolean wholeMonth = day == 0 && month >= 1 && month <= 12;
        assertThat(YYMMD0.lint(value) == null).as(value).isEqualTo(wholeMonth || isRealDate(2000 + yy, month, day));
    }

    private static boolean isRealDate(int year, int month, int day) {
        try {
            LocalDate.of(year, month, day);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    @Property(tries = 300)
    void hourMinutePassesExactlyForATimeOnATwentyFourHourClock(@ForAll @IntRange(min = 0, max = 99) int hour,
                                                                @ForAll @IntRange(min = 0, max = 99) int minute) {
        String hhmi = String.format("%02d%02d", hour, minute);
        assertThat(Linters.forName("hhmi").lint(hhmi) == null).as(hhmi).isEqualTo(hour < 24 && minute < 60);
        String hh = String.format("%02d", hour);
        assertThat(Linters.forName("hh").lint(hh) == null).isEqualTo(hour < 24);
        assertThat(Linters.forName("mi").lint(hh) == null).isEqualTo(hour < 60);
        assertThat(Linters.forName("ss").lint(hh) == null).isEqualTo(hour < 60);
    }

    @Test
    void timeFailuresNameTheField() {
        assertThat(Linters.forName("hhmi").lint("2400")).extracting(LintFailure::code, LintFailure::start)
                .containsExactly("INVALID_HOUR", 0);
        assertThat(Linters.forName("hhmi").lint("2360")).extracting(LintFailure::code, LintFailure::start)
                .containsExactly("INVALID_MINUTE", 2);
        assertThat(Linters.forName("ss").lint("5")).extracting(LintFailure::code).isEqualTo("SECOND_WRONG_LENGTH");
        assertThat(Linters.forName("hh").lint("1a")).extracting(LintFailure::code, LintFailure::start)
                .containsExactly("NON_DIGIT_CHARACTER", 1);
    }
}
