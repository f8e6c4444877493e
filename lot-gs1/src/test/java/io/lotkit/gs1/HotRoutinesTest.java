package io.lotkit.gs1;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;

class HotRoutinesTest {

    /** Every routine, called directly, reports exactly what its Linter reports, on any value. */
    @Property(tries = 300)
    void directCallsAgreeWithTheRegistry(@ForAll @Chars({'0', '1', '9', 'A', 'a', '-', '#', '(', ' '})
            @StringLength(max = 16) String value) {
        for (String name : Linters.names()) {
            Linter linter = Linters.forName(name);
            assertThat(HotRoutines.run(HotRoutines.idOf(name, false), linter, value)).as(name)
                    .isEqualTo(linter.lint(value));
        }
    }

    /** The variants for a numeric component skip only the digit check: on digits they report the same. */
    @Property(tries = 300)
    void digitVariantsAgreeOnDigits(@ForAll @CharRange(from = '0', to = '9') @StringLength(max = 16) String digits) {
        for (String name : Linters.names()) {
            Linter linter = Linters.forName(name);
            assertThat(HotRoutines.run(HotRoutines.idOf(name, true), linter, digits)).as(name)
                    .isEqualTo(linter.lint(digits));
        }
    }

    /**
     * A numeric component's fused character-set check and csum reports what the two report in turn, on digits and
     * on values with a stray character (a wrong check digit half the time, for digits of any length).
     */
    @Property(tries = 300)
    void fusedNumericCsumAgreesWithTheTwoRoutines(@ForAll @Chars({'0', '1', '2', '5', '7', '9', '9', '9', 'A', '/'})
            @StringLength(max = 19) String value) {
        byte[] ids = {HotRoutines.idOf("csetnumeric", false), HotRoutines.idOf("csum", true)};
        HotRoutines.fuse(ids);
        LintFailure expected = Linters.forName("csetnumeric").lint(value);
        if (expected == null) {
            expected = Linters.forName("csum").lint(value);
        }
        LintFailure fused = HotRoutines.run(ids[0], Linters.forName("csetnumeric"), value);
        assertThat(fused).isEqualTo(expected);
        assertThat(HotRoutines.run(ids[1], Linters.forName("csum"), value)).isNull();
    }

    /**
     * For every AI of the built-in dictionary with a pass test, a value of a length the AI allows passes the test
     * exactly when it passes each of the component's routines in turn (what the full check runs).
     */
    @Property(tries = 200)
    void passTestsAgreeWithTheRoutinesTheyStandFor(@ForAll @Chars({'0', '1', '2', '3', '5', '9', '9', 'A', 'z', '-'})
            @StringLength(min = 1, max = 20) String value) {
        for (AiDefinition definition : Gs1Dictionary.builtIn().definitions()) {
            AiEntry entry = Gs1Dictionary.builtIn().entry(definition.ai(), 0, definition.ai().length());
            if (entry.passTest == null || value.length() < entry.minLength || value.length() > entry.maxLength) {
                continue;
            }
            boolean allPass = true;
            for (int l = 0; l < entry.routineIds[0].length && allPass; l++) {
                allPass = HotRoutines.run(entry.routineIds[0][l], entry.linters[0][l], value) == null;
            }
            assertThat(HotRoutines.passes(entry.passTest, value)).as("AI (%s) on %s", entry.ai, value)
                    .isEqualTo(allPass);
        }
    }
}
