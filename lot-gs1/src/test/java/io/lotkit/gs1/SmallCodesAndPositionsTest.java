package io.lotkit.gs1;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SmallCodesAndPositionsTest {

    @ParameterizedTest(name = "{0} \"{1}\" -> {2} [{3}, {4})")
    @CsvSource(emptyValue = "", value = {
        "zero, 000, , , ",
        "zero, 010, ZERO_REQUIRED, 0, 3",
        "zero, '', ZERO_REQUIRED, 0, 0",
        "nonzero, 0010, , , ",
        "nonzero, 0000, NONZERO_REQUIRED, 0, 4",
        "nonzero, 00a0, NON_DIGIT_CHARACTER, 2, 3",
        "nozeroprefix, '', , , ",
        "nozeroprefix, 105, , , ",
        "nozeroprefix, 015, ZERO_PREFIX, 0, 1",
        "yesno, 1, , , ",
        "yesno, 2, YES_NO_REQUIRED, 0, 1",
        "winding, 9, , , ",
        "winding, 2, INVALID_WINDING, 0, 1",
        "iso5218, 2, , , ",
        "iso5218, 3, INVALID_SEX_CODE, 0, 1",
        "hyphen, ---, , , ",
        "hyphen, -x-, HYPHEN_REQUIRED, 0, 3",
        "importeridx, _, , , ",
        "importeridx, '#', INVALID_IMPORTER_INDEX, 0, 1",
        "importeridx, ab, IMPORTER_INDEX_WRONG_LENGTH, 0, 2",
        "pcenc, a%2Fb%2f, , , ",
        "pcenc, a%2Gb, INVALID_PERCENT_ENCODING, 1, 4",
        "pcenc, ab%2, INVALID_PERCENT_ENCODING, 2, 4",
        "pcenc, ab%, INVALID_PERCENT_ENCODING, 2, 3",
        "latitude, 1800000000, , , ",
        "latitude, 1800000001, LATITUDE_OUT_OF_RANGE, 0, 10",
        "latitude, 180000000, COORDINATE_WRONG_LENGTH, 0, 9",
        "longitude, 3600000000, , , ",
        "longitude, 3600000001, LONGITUDE_OUT_OF_RANGE, 0, 10",
        "longitude, 36000000x0, NON_DIGIT_CHARACTER, 8, 9",
        "pieceoftotal, 0305, , , ",
        "pieceoftotal, 0005, PIECE_ZERO, 0, 2",
        "pieceoftotal, 0300, PIECE_TOTAL_ZERO, 2, 4",
        "pieceoftotal, 0603, PIECE_EXCEEDS_TOTAL, 0, 4",
        "pieceoftotal, 030, PIECE_TOTAL_UNEVEN, 0, 3",
        "posinseqslash, 12/12, , , ",
        "posinseqslash, 13/12, POSITION_EXCEEDS_END, 0, 5",
        "posinseqslash, 9/012, ZERO_PREFIX, 2, 5",
        "posinseqslash, 9-12, POSITION_FORMAT, 0, 4",
    })
    void examples(String routine, String value, String code, Integer start, Integer end) {
        LintFailure failure = Linters.forName(routine).lint(value);
        if (code == null) {
            assertThat(failure).isNull();
        } else {
            assertThat(failure).extracting(LintFailure::code, LintFailure::start, LintFailure::end)
                    .containsExactly(code, start, end);
        }
    }

    @Property(tries = 300)
    void pieceOfTotalPassesExactlyWhenOneLessOrEqualTotal(@ForAll @IntRange(min = 0, max = 999) int piece,
                                                          @ForAll @IntRange(min = 0, max = 999) int total) {
        String value = String.format("%03d%03d", piece, total);
        assertThat(Linters.forName("pieceoftotal").lint(value) == null)
                .as(value).isEqualTo(piece >= 1 && total >= 1 && piece <= total);
    }

    @Property(tries = 300)
    void positionInSequenceComparesByValueNotByText(@ForAll @IntRange(min = 1, max = 100_000) int position,
                                                   @ForAll @IntRange(min = 1, max = 100_000) int end) {
        String value = position + "/" + end;
        assertThat(Linters.forName("posinseqslash").lint(value) == null).as(value).isEqualTo(position <= end);
    }
}
