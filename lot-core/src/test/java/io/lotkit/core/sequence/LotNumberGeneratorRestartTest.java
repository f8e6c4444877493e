package io.lotkit.core.sequence;

import static org.assertj.core.api.Assertions.assertThat;

import io.lotkit.core.format.LotContext;
import io.lotkit.core.format.LotNumberFormat;
import io.lotkit.core.journal.InMemoryJournal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class LotNumberGeneratorRestartTest {

    private static final LotNumberFormat FORMAT = LotNumberFormat.compile("yyMMdd{line:1,digits}{seq:5}");
    private static final LocalDate DAY = LocalDate.of(2025, 12, 30);

    @Provide
    Arbitrary<List<Integer>> operations() {
        // 0..5: draw for (day offset, line); 6: restart; 7: register the number 3 ahead of the scope as manual.
        return Arbitraries.integers().between(0, 7).list().ofMinSize(1).ofMaxSize(120);
    }

    /** Any interleaving of draws, manual registrations and restarts, in either mode, never repeats a number. */
    @Property(tries = 200)
    void noNumberIsIssuedTwiceAcrossRestarts(@ForAll("operations") List<Integer> operations,
            @ForAll boolean gapFree, @ForAll @IntRange(min = 1, max = 7) int blockSize) {
        InMemoryJournal<SequenceEvent> journal = LotNumberGeneratorTest.jsonJournal();
        LotNumberGenerator generator = open(journal, gapFree, blockSize);
        Set<String> issued = new HashSet<>();
        int step = 0;
        for (int operation : operations) {
            step++;
            LotContext context = LotContext.builder().date(DAY.plusDays(operation % 3))
                    .line(Integer.toString(operation % 2)).build();
            if (operation == 6) {
                journal = journal.reopen();
                generator = open(journal, gapFree, blockSize);
            } else if (operation == 7) {
                String lot = generator.next(context);
                assertThat(issued.add(lot)).as("step %d issued %s twice", step, lot).isTrue();
                long ahead = FORMAT.parse(lot).sequence().getAsLong() + 3;
                String manual = FORMAT.format(context, ahead);
                if (generator.registerManual(manual)) {
                    assertThat(issued.add(manual)).as("manual %s was issued", manual).isTrue();
                }
            } else {
                String lot = generator.next(context);
                assertThat(issued.add(lot)).as("step %d issued %s twice", step, lot).isTrue();
            }
        }
    }

    private static LotNumberGenerator open(InMemoryJournal<SequenceEvent> journal, boolean gapFree, int blockSize) {
        LotNumberGeneratorBuilder builder = LotNumberGenerator.builder().format(FORMAT).journal(journal)
                .resetScope(ResetScope.perDay().andPerField("line"))
                .mode(gapFree ? SequenceMode.GAP_FREE : SequenceMode.GAP_TOLERANT);
        if (!gapFree) {
            builder.blockSize(blockSize);
        }
        return builder.build();
    }
}
