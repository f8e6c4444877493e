package io.lotkit.gs1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class LintersTest {

    /** The routines the 2026-01-27 Syntax Dictionary names, plus the four type checks and yyyymmd0. */
    private static final Set<String> EXPECTED = Set.of(
            "couponcode", "couponposoffer", "cset39", "cset64", "cset82", "csetnumeric", "csum", "csumalpha",
            "gcppos1", "gcppos2", "hasnondigit", "hh", "hhmi", "hyphen", "iban", "importeridx", "iso3166",
            "iso3166999", "iso3166alpha2", "iso4217", "iso5218", "latitude", "longitude", "mediatype", "mi",
            "nonzero", "nozeroprefix", "packagetype", "pcenc", "pieceoftotal", "posinseqslash", "ss", "winding",
            "yesno", "yymmd0", "yymmdd", "yyyymmd0", "yyyymmdd", "zero");

    @Test
    void registersExactlyTheThirtyNineRoutinesInAlphabeticalOrder() {
        assertThat(Linters.names()).hasSize(39).containsExactlyInAnyOrderElementsOf(EXPECTED);
        assertThat(new ArrayList<>(Linters.names())).isSorted();
    }

    @Test
    void namesCannotBeModified() {
        assertThatThrownBy(() -> Linters.names().add("extra")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void forNameReturnsTheSameInstanceEveryTime() {
        for (String name : Linters.names()) {
            assertThat(Linters.forName(name)).isNotNull().isSameAs(Linters.forName(name));
        }
    }

    @Test
    void unknownOrNullNamesAreRejectedByName() {
        assertThatThrownBy(() -> Linters.forName("CSUM"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("\"CSUM\"");
        assertThatThrownBy(() -> Linters.forName("key"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("\"key\"");
        assertThatThrownBy(() -> Linters.forName(null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("name");
    }

    @Test
    void aNullComponentIsAnIllegalArgumentNamingTheRoutine() {
        for (String name : Linters.names()) {
            assertThatThrownBy(() -> Linters.forName(name).lint(null))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("component").hasMessageContaining(name);
        }
    }

    @Test
    void everyRoutineCopesWithTheEmptyComponentWithoutThrowing() {
        for (String name : Linters.names()) {
            LintFailure failure = Linters.forName(name).lint("");
            if (failure != null) {
                assertThat(failure.start()).as(name).isZero();
                assertThat(failure.end()).as(name).isZero();
                assertThat(failure.code()).as(name).matches("[A-Z0-9_]+");
            }
        }
    }

    @Test
    void routinesGiveTheSameAnswersWhenSharedAcrossThreads() throws Exception {
        List<String> samples = List.of("", "0", "12345678901231", "1987654Ad4X4bL5ttr2310c2K", "200229",
                "20240230", "2359", "GB82WEST12345698765432", "826", "978", "PX", "3/7", "0102", "%2F", "x");
        List<String> expected = answers(samples);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<String>>> runs = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                runs.add(pool.submit(() -> {
                    List<String> last = null;
                    for (int round = 0; round < 200; round++) {
                        last = answers(samples);
                    }
                    return last;
                }));
            }
            for (Future<List<String>> run : runs) {
                assertThat(run.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<String> answers(List<String> samples) {
        List<String> answers = new ArrayList<>();
        for (String name : Linters.names()) {
            Linter linter = Linters.forName(name);
            for (String sample : samples) {
                answers.add(String.valueOf(linter.lint(sample)));
            }
        }
        return answers;
    }

    @Property(tries = 300)
    void noRoutineThrowsOnAnyInputAndEverySpanLiesInsideTheComponent(@ForAll("components") String component) {
        for (String name : Linters.names()) {
            LintFailure failure = Linters.forName(name).lint(component);
            if (failure != null) {
                assertThat(failure.start()).as(name).isBetween(0, failure.end());
                assertThat(failure.end()).as(name).isLessThanOrEqualTo(component.length());
                assertThat(failure.code()).as(name).matches("[A-Z0-9_]+");
                assertThat(failure.message()).as(name).isNotBlank();
            }
        }
    }

    /** Mostly digits (so the structured routines get deep), with letters, symbols and non-ASCII mixed in. */
    @Provide
    Arbitrary<String> components() {
        Arbitrary<Character> chars = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(8, Arbitraries.chars().numeric()),
                net.jqwik.api.Tuple.of(2, Arbitraries.chars().alpha()),
                net.jqwik.api.Tuple.of(1, Arbitraries.of('%', '/', '=', '-', '_', '*', ' ', '\u00e9', '\u0000')));
        return chars.list().ofMaxSize(60).map(list -> {
            StringBuilder sb = new StringBuilder(list.size());
            list.forEach(sb::append);
            return sb.toString();
        });
    }
}
