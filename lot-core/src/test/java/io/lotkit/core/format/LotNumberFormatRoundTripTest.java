package io.lotkit.core.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;

class LotNumberFormatRoundTripTest {

    private static final AtomicInteger COMPILED = new AtomicInteger();

    @Provide
    Arbitrary<RandomPattern> patterns() {
        return Arbitraries.randomValue(RandomPattern::generate);
    }

    /** parse(format(context)) recovers every field, date part, the sequence and the check character printed. */
    @Property(tries = 600)
    void parseRecoversEveryPrintedField(@ForAll("patterns") RandomPattern spec, @ForAll long seed) {
        LotNumberFormat format;
        try {
            format = LotNumberFormat.compile(spec.pattern, Gs1Limit.NONE);
        } catch (LotPatternException e) {
            // Random patterns may be ambiguous or put a check character after letters; those are refused by design.
            Assume.that(false);
            return;
        }
        COMPILED.incrementAndGet();
        Random random = new Random(seed);
        for (int round = 0; round < 5; round++) {
            LotContext context = spec.context(random, format.sequenceMaximum().orElse(-1));
            String lot = format.format(context);
            ParsedLotNumber parsed = format.parse(lot);

            List<RandomPattern.Node> printed = new ArrayList<>();
            RandomPattern.printed(spec.nodes, context, printed);
            List<String> printedFields = new ArrayList<>();
            for (RandomPattern.Node node : printed) {
                switch (node.kind()) {
                    case "field" -> {
                        printedFields.add(node.name());
                        assertThat(parsed.field(node.name())).as(lot).isEqualTo(context.field(node.name()));
                    }
                    case "date" -> assertDatePart(node.name(), context, parsed, spec.pattern + " -> " + lot);
                    case "seq" -> assertThat(parsed.sequence()).as(lot).isEqualTo(context.sequence());
                    case "check" -> assertThat(parsed.checkCharacter()).as(lot).hasValue(lot.charAt(lot.length() - 1));
                    default -> { }
                }
            }
            assertThat(parsed.fields().keySet()).as(lot).containsExactlyInAnyOrderElementsOf(printedFields);
            assertThat(parsed.text()).isEqualTo(lot);
            assertThat(lot.length()).isLessThanOrEqualTo(format.maxLength());
        }
    }

    @AfterContainer
    static void enoughPatternsWereValid() {
        assertThat(COMPILED.get()).as("random patterns that compiled").isGreaterThan(200);
    }

    private static void assertDatePart(String letters, LotContext context, ParsedLotNumber parsed, String lot) {
        DatePart part = switch (letters) {
            case "yyyy" -> DatePart.YEAR;
            case "yy" -> DatePart.YEAR_OF_CENTURY;
            case "y" -> DatePart.YEAR_OF_DECADE;
            case "YYYY" -> DatePart.WEEK_BASED_YEAR;
            case "YY" -> DatePart.WEEK_BASED_YEAR_OF_CENTURY;
            case "Y" -> DatePart.WEEK_BASED_YEAR_OF_DECADE;
            case "MM", "L" -> DatePart.MONTH;
            case "dd" -> DatePart.DAY_OF_MONTH;
            case "DDD" -> DatePart.DAY_OF_YEAR;
            case "ww" -> DatePart.WEEK_OF_WEEK_BASED_YEAR;
            default -> DatePart.HOUR_OF_DAY;
        };
        int expected = part == DatePart.HOUR_OF_DAY
                ? context.time().orElseThrow().getHour()
                : DateElement.valueOf(part, context.date().orElseThrow());
        assertThat(parsed.get(part)).as("%s in %s", part, lot).hasValue(expected);
        if (parsed.get(DatePart.YEAR).isPresent()) {
            parsed.date().ifPresent(date -> assertThat(date).isEqualTo(context.date().orElseThrow()));
        }
    }
}
