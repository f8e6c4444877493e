package io.lotkit.core.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LotNumberFormatTest {

    private static final LocalDate PI_DAY = LocalDate.of(2025, 3, 14);

    @Test
    void foodPlantJulianDateWithLineSequenceAndCheckDigit() {
        LotNumberFormat format = LotNumberFormat.compile("yyDDD{line:2,digits}{seq:4}{check:gs1}");
        LotContext context = LotContext.builder().date(PI_DAY).line("02").sequence(17).build();

        String lot = format.format(context);

        assertThat(lot).isEqualTo("250730200175");
        ParsedLotNumber parsed = format.parse(lot);
        assertThat(parsed.get(DatePart.YEAR_OF_CENTURY)).hasValue(25);
        assertThat(parsed.get(DatePart.DAY_OF_YEAR)).hasValue(73);
        assertThat(parsed.field("line")).hasValue("02");
        assertThat(parsed.sequence()).hasValue(17);
        assertThat(parsed.checkCharacter()).hasValue('5');
        assertThat(parsed.date()).as("a two-digit year names no single date").isEmpty();
    }

    @Test
    void oneDigitYearJulianDate() {
        LotNumberFormat format = LotNumberFormat.compile("yDDD-{seq:3}");
        assertThat(format.format(LotContext.builder().date(PI_DAY).sequence(5).build())).isEqualTo("5073-005");
    }

    @Test
    void fourDigitYearResolvesTheDate() {
        LotNumberFormat byDayOfYear = LotNumberFormat.compile("yyyyDDD{seq:3}");
        LotNumberFormat byMonthAndDay = LotNumberFormat.compile("yyyyMMdd/{seq:3}");

        assertThat(byDayOfYear.parse("2024366001").date()).hasValue(LocalDate.of(2024, 12, 31));
        assertThat(byMonthAndDay.parse("20250314/042").date()).hasValue(PI_DAY);
    }

    @Test
    void monthLetterWeekAndHour() {
        LotNumberFormat format = LotNumberFormat.compile("YYww'W'L{seq:2}HH");
        LotContext context = LotContext.builder().dateTime(LocalDateTime.of(2025, 12, 29, 7, 30)).sequence(3).build();

        String lot = format.format(context);

        assertThat(lot).isEqualTo("2601WL0307");
        ParsedLotNumber parsed = format.parse(lot);
        assertThat(parsed.get(DatePart.WEEK_BASED_YEAR_OF_CENTURY)).hasValue(26);
        assertThat(parsed.get(DatePart.WEEK_OF_WEEK_BASED_YEAR)).hasValue(1);
        assertThat(parsed.get(DatePart.MONTH)).hasValue(12);
        assertThat(parsed.get(DatePart.HOUR_OF_DAY)).hasValue(7);
    }

    @Test
    void sequenceRadixes() {
        LotContext context = LotContext.builder().sequence(35).build();
        assertThat(LotNumberFormat.compile("{seq:3,base36}").format(context)).isEqualTo("00Z");
        assertThat(LotNumberFormat.compile("{seq:..3,base36}").format(context)).isEqualTo("Z");
        assertThat(LotNumberFormat.compile("{seq:3,base32c}").format(context)).isEqualTo("013");
        assertThat(LotNumberFormat.compile("{seq:4,alphabet=AB}").format(context.withSequence(5))).isEqualTo("ABAB");
        assertThat(LotNumberFormat.compile("{seq:..3}").parse("35").sequence()).hasValue(35);
        assertThat(LotNumberFormat.compile("{seq:3,base32c}").parse("013").sequence()).hasValue(35);
    }

    @Test
    void variableWidthFieldEndsAtADelimiter() {
        LotNumberFormat format = LotNumberFormat.compile("{item:..8}-{seq:4}");

        ParsedLotNumber parsed = format.parse("AB12-0042");

        assertThat(parsed.fields()).isEqualTo(Map.of("item", "AB12"));
        assertThat(parsed.sequence()).hasValue(42);
    }

    @Test
    void variableWidthFieldBeforeDisjointCharactersNeedsNoDelimiter() {
        LotNumberFormat format = LotNumberFormat.compile("{item:..8,upper}{seq:4}");
        assertThat(format.parse("ABC0042").field("item")).hasValue("ABC");
    }

    @Test
    void optionalSectionIsPrintedOnlyWhenItsFieldsArePresentAndParsedWhenItMatches() {
        LotNumberFormat format = LotNumberFormat.compile("yyMMdd['S'{shift:1,digits}]-{seq:3}");
        LotContext withShift = LotContext.builder().date(PI_DAY).shift("2").sequence(1).build();
        LotContext withoutShift = LotContext.builder().date(PI_DAY).sequence(1).build();

        assertThat(format.format(withShift)).isEqualTo("250314S2-001");
        assertThat(format.format(withoutShift)).isEqualTo("250314-001");
        assertThat(format.parse("250314S2-001").field("shift")).hasValue("2");
        assertThat(format.parse("250314-001").field("shift")).isEmpty();
    }

    @Test
    void quotesAndPunctuationAreLiterals() {
        LotNumberFormat format = LotNumberFormat.compile("'LOT'''/{seq:2}.'xy'", Gs1Limit.AI_10);
        assertThat(format.format(LotContext.builder().sequence(7).build())).isEqualTo("LOT'/07.xy");
    }

    @Test
    void customFieldsAndExplicitCharacterSets() {
        LotNumberFormat format = LotNumberFormat.compile("{grade:1,chars=ABX}{plant:3,digits}{seq:3}");
        LotContext context = LotContext.builder().field("grade", "X").plant("101").sequence(9).build();

        assertThat(format.format(context)).isEqualTo("X101009");
        assertThat(format.parse("X101009").fields()).containsEntry("grade", "X").containsEntry("plant", "101");
    }

    @Test
    void missingFieldIsNamed() {
        LotNumberFormat format = LotNumberFormat.compile("{item:4}{seq:3}");
        assertThatThrownBy(() -> format.format(LotContext.builder().sequence(1).build()))
                .isInstanceOfSatisfying(LotFieldException.class, e -> assertThat(e.getFieldName()).isEqualTo("item"));
        assertThatThrownBy(() -> format.format(LotContext.builder().item("ABCD").build()))
                .isInstanceOfSatisfying(LotFieldException.class,
                        e -> assertThat(e.getFieldName()).isEqualTo("sequence"));
        assertThatThrownBy(() -> LotNumberFormat.compile("yy{seq:3}").format(LotContext.builder().sequence(1).build()))
                .isInstanceOfSatisfying(LotFieldException.class, e -> assertThat(e.getFieldName()).isEqualTo("date"));
        assertThatThrownBy(() -> LotNumberFormat.compile("HH").format(LotContext.builder().date(PI_DAY).build()))
                .isInstanceOfSatisfying(LotFieldException.class, e -> assertThat(e.getFieldName()).isEqualTo("time"));
    }

    @Test
    void valueThatDoesNotFitIsRefusedNeverTruncated() {
        LotNumberFormat format = LotNumberFormat.compile("{item:..4}-{seq:3}");
        LotContext.Builder base = LotContext.builder().sequence(1);

        assertThatThrownBy(() -> format.format(base.item("ABCDE").build()))
                .isInstanceOf(LotFieldException.class).hasMessageContaining("\"ABCDE\" has 5 characters");
        assertThatThrownBy(() -> format.format(base.item("ab").build()))
                .isInstanceOf(LotFieldException.class).hasMessageContaining("character 'a' at index 0");
        assertThatThrownBy(() -> format.format(base.item("AB").build(), 1000))
                .isInstanceOfSatisfying(LotFieldException.class,
                        e -> assertThat(e.getFieldName()).isEqualTo("sequence"))
                .hasMessageContaining("exceeds 999");
    }

    @Test
    void yearBeyondFourDigitsIsRefused() {
        LotNumberFormat format = LotNumberFormat.compile("yyyy");
        assertThatThrownBy(() -> format.format(LotContext.builder().date(LocalDate.of(10000, 1, 1)).build()))
                .isInstanceOfSatisfying(LotFieldException.class, e -> assertThat(e.getFieldName()).isEqualTo("date"));
    }

    @Test
    void mismatchNamesTheIndexAndTheExpectation() {
        LotNumberFormat format = LotNumberFormat.compile("yyDDD-{line:2,digits}{seq:4}");

        assertThatThrownBy(() -> format.parse("25073-0X0001"))
                .isInstanceOfSatisfying(LotNumberParseException.class, e -> {
                    assertThat(e.getErrorIndex()).isEqualTo(7);
                    assertThat(e.getParsedText()).isEqualTo("25073-0X0001");
                })
                .hasMessageContaining("expected the field 'line'").hasMessageContaining("found 'X'");
        assertThatThrownBy(() -> format.parse("25073+010001"))
                .isInstanceOfSatisfying(LotNumberParseException.class, e -> assertThat(e.getErrorIndex()).isEqualTo(5))
                .hasMessageContaining("\"-\"");
        assertThatThrownBy(() -> format.parse("25073-01000"))
                .isInstanceOfSatisfying(LotNumberParseException.class,
                        e -> assertThat(e.getErrorIndex()).isEqualTo(11))
                .hasMessageContaining("end of the text");
        assertThatThrownBy(() -> format.parse("25073-010001Z"))
                .isInstanceOfSatisfying(LotNumberParseException.class,
                        e -> assertThat(e.getErrorIndex()).isEqualTo(12))
                .hasMessageContaining("the end of the lot number");
    }

    @Test
    void impossibleDatesAreRefusedAtTheirIndex() {
        assertThatThrownBy(() -> LotNumberFormat.compile("yyDDD").parse("25367"))
                .isInstanceOfSatisfying(LotNumberParseException.class, e -> assertThat(e.getErrorIndex()).isEqualTo(2));
        assertThatThrownBy(() -> LotNumberFormat.compile("yyyyDDD").parse("2025366"))
                .isInstanceOfSatisfying(LotNumberParseException.class, e -> assertThat(e.getErrorIndex()).isEqualTo(4))
                .hasMessageContaining("does not exist in the year 2025");
        assertThatThrownBy(() -> LotNumberFormat.compile("yyyyMMdd").parse("20250230"))
                .isInstanceOfSatisfying(LotNumberParseException.class, e -> assertThat(e.getErrorIndex()).isEqualTo(6));
        assertThatThrownBy(() -> LotNumberFormat.compile("MMdd").parse("0431"))
                .isInstanceOfSatisfying(LotNumberParseException.class, e -> assertThat(e.getErrorIndex()).isEqualTo(2));
        assertThatThrownBy(() -> LotNumberFormat.compile("yyyy-L-MM").parse("2025-C-04"))
                .isInstanceOfSatisfying(LotNumberParseException.class, e -> assertThat(e.getErrorIndex()).isEqualTo(7));
        assertThatThrownBy(() -> LotNumberFormat.compile("yyyy-yy").parse("2025-24"))
                .isInstanceOfSatisfying(LotNumberParseException.class, e -> assertThat(e.getErrorIndex()).isEqualTo(5));
        assertThatThrownBy(() -> LotNumberFormat.compile("YYYYww").parse("202553"))
                .isInstanceOfSatisfying(LotNumberParseException.class, e -> assertThat(e.getErrorIndex()).isEqualTo(4));
        assertThat(LotNumberFormat.compile("YYYYww").parse("202653").get(DatePart.WEEK_OF_WEEK_BASED_YEAR))
                .hasValue(53);
    }

    @Test
    void wrongCheckCharacterIsRefused() {
        LotNumberFormat format = LotNumberFormat.compile("{seq:6}{check:luhn}");
        assertThat(format.format(LotContext.builder().sequence(799273).build())).isEqualTo("7992738");
        assertThatThrownBy(() -> format.parse("7992739"))
                .isInstanceOfSatisfying(LotNumberParseException.class, e -> assertThat(e.getErrorIndex()).isEqualTo(6))
                .hasMessageContaining("'8'");
    }

    @Test
    void unpaddedSequenceRefusesLeadingZeros() {
        assertThatThrownBy(() -> LotNumberFormat.compile("{seq:..4}").parse("007"))
                .isInstanceOf(LotNumberParseException.class);
        assertThat(LotNumberFormat.compile("{seq:..4}").parse("0").sequence()).hasValue(0);
    }

    @Test
    void introspection() {
        LotNumberFormat format = LotNumberFormat.compile("yyDDD{line:2}['-'{shift:1}]{seq:4,base36}");
        assertThat(format.requiredDateParts()).containsExactlyInAnyOrder(DatePart.YEAR_OF_CENTURY,
                DatePart.DAY_OF_YEAR);
        assertThat(format.requiredFieldNames()).containsExactly("line");
        assertThat(format.sequenceMaximum()).hasValue(36L * 36 * 36 * 36 - 1);
        assertThat(format.maxLength()).isEqualTo(13);
        assertThat(format).isEqualTo(LotNumberFormat.compile(format.pattern()))
                .isNotEqualTo(LotNumberFormat.compile(format.pattern(), Gs1Limit.NONE));
    }

    @Test
    void oneFormatIsSharedSafelyByConcurrentThreads() throws Exception {
        LotNumberFormat format = LotNumberFormat.compile("yyyyDDD['L'{line:1,digits}]{seq:5}{check:mod37-36}");
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<Boolean>> results = new java.util.ArrayList<>();
            for (int thread = 0; thread < 4; thread++) {
                int offset = thread;
                results.add(pool.submit(() -> {
                    for (int i = 0; i < 20_000; i++) {
                        LocalDate date = PI_DAY.plusDays(i % 400);
                        LotContext.Builder builder = LotContext.builder().date(date).sequence(i * 4L + offset);
                        if (i % 2 == 0) {
                            builder.line(Integer.toString(i % 10));
                        }
                        ParsedLotNumber parsed = format.parse(format.format(builder.build()));
                        if (parsed.sequence().getAsLong() != i * 4L + offset || !parsed.date().orElseThrow().equals(date)
                                || parsed.field("line").isPresent() != (i % 2 == 0)) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (java.util.concurrent.Future<Boolean> result : results) {
                assertThat(result.get()).isTrue();
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void nullArgumentsAreNamed() {
        assertThatThrownBy(() -> LotNumberFormat.compile(null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("pattern");
        LotNumberFormat format = LotNumberFormat.compile("{seq:2}");
        assertThatThrownBy(() -> format.format(null)).hasMessageContaining("context");
        assertThatThrownBy(() -> format.parse(null)).hasMessageContaining("text");
        assertThatThrownBy(() -> format.format(LotContext.empty(), -1)).hasMessageContaining("sequence");
    }
}
