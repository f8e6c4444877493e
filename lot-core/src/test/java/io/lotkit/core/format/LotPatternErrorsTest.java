package io.lotkit.core.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LotPatternErrorsTest {

    @ParameterizedTest(name = "{0} fails at {1}: {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        // syntax
        "\"\"                         | 0  | empty",
        "yyQ                        | 2  | unknown pattern letter 'Q'",
        "yyy                        | 0  | not yyy",
        "yyMMM                      | 2  | not MMM",
        "LL                         | 0  | not LL",
        "yy'LOT                     | 2  | quote opened here is not closed",
        "yy[-{item:2}               | 2  | not closed with ']'",
        "yy{item:4                  | 2  | not closed with '}'",
        "yy]                        | 2  | closes no optional section",
        "yy}                        | 2  | closes no '{'",
        "yy DDD                     | 2  | must be quoted",
        "{item}                     | 1  | expected a name and ':'",
        "{Item:4}                   | 1  | field name",
        "{item:0}                   | 6  | at least 1",
        "{item:x}                   | 6  | expected a digit",
        "{item:100}                 | 6  | from 1 to 99",
        "{item:5..3}                | 6  | exceeds the maximum",
        "{item:4,lower}             | 8  | unknown character set",
        "{item:2}{item:2}           | 8  | appears twice",
        "{seq:2}-{seq:2}            | 8  | at most one sequence",
        "{seq:2,base99}             | 7  | unknown sequence radix",
        "{seq:2,alphabet=AA}        | 7  | two or more distinct",
        "{seq:19}                   | 5  | exceeds the range of a long",
        "{check:crc}                | 7  | unknown check algorithm",
        "[-{seq:2}]                 | 2  | sequence cannot be inside",
        "{seq:2}[-{check:gs1}]      | 9  | check character cannot be inside",
        "yy[]                       | 2  | at least one element",
        // ambiguity
        "{item:..6}{seq:4}          | 0  | variable width",
        "{item:4}{lot:..3}{seq:..3} | 8  | variable width",
        "{seq:..4}{line:2,digits}   | 0  | variable width",
        "yy['-'{shift:1}]-{seq:3}   | 2  | optional section may begin with '-'",
        "{item:..3}['-'{shift:1}]-  | 10 | optional section may begin with '-'",
        "{item:..3}['A'{shift:1}]-  | 0  | variable width",
        // check characters
        "{item:3}{check:gs1}        | 8  | reads only digits",
        "yy-DDD{check:luhn}         | 6  | may print '-'",
        "{item:3,chars=AB-}{check:mod37-36} | 18 | may print '-'",
        // GS1 AI (10)
        "{item:10}{plant:6}{seq:5}  | 18 | more than the 20",
        "'#'{seq:2}                 | 0  | outside GS1 character set 82",
        "{seq:3,alphabet=ab~}       | 0  | outside GS1 character set 82",
    })
    void invalidPatternNamesTheOffendingIndex(String pattern, int index, String message) {
        assertThatThrownBy(() -> LotNumberFormat.compile(pattern))
                .isInstanceOfSatisfying(LotPatternException.class, e -> {
                    assertThat(e.getErrorIndex()).isEqualTo(index);
                    assertThat(e.getPattern()).isEqualTo(pattern);
                })
                .hasMessageContaining(message);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{item:..6}-{seq:4}",
        "{item:..6,upper}{seq:4}",
        "{a:..3,digits}{b:..3,upper}",
        "yy['+'{shift:1}]-{seq:3}",
        "yy['-'{shift:1}['/'{line:2}]]{seq:3}",
        "{seq:6}{check:luhn}",
        "yyyyMMdd{seq:4}{check:gs1}",
        "{item:4}L{seq:3,base36}{check:mod37-36}",
    })
    void validPatternsCompile(String pattern) {
        assertThatCode(() -> LotNumberFormat.compile(pattern)).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"{item:10}{plant:6}{seq:5}", "'#'{seq:2}", "yy' 'DDD{item:30}"})
    void gs1LimitIsRelaxedOnlyWhenAskedFor(String pattern) {
        assertThatThrownBy(() -> LotNumberFormat.compile(pattern)).isInstanceOf(LotPatternException.class);
        assertThat(LotNumberFormat.compile(pattern, Gs1Limit.NONE).gs1Limit()).isEqualTo(Gs1Limit.NONE);
    }
}
