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
}
