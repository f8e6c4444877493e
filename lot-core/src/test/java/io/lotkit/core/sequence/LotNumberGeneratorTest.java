package io.lotkit.core.sequence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.lotkit.core.format.LotContext;
import io.lotkit.core.format.LotFieldException;
import io.lotkit.core.format.LotNumberFormat;
import io.lotkit.core.format.LotNumberParseException;
import io.lotkit.core.journal.InMemoryJournal;
import io.lotkit.core.json.JacksonEventCodec;
import io.lotkit.core.spi.JournalException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class LotNumberGeneratorTest {

    private static final LocalDate DAY = LocalDate.of(2025, 3, 14);

    static InMemoryJournal<SequenceEvent> jsonJournal() {
        return InMemoryJournal.create(JacksonEventCodec.of(new ObjectMapper(), SequenceEvent.class));
    }

    private static LotNumberGeneratorBuilder builder(String pattern, InMemoryJournal<SequenceEvent> journal) {
        return LotNumberGenerator.builder().format(LotNumberFormat.compile(pattern)).journal(journal);
    }

    private static LotContext on(LocalDate date) {
        return LotContext.builder().date(date).build();
    }

    @Test
    void foodPlantExample() {
        LotNumberGenerator generator = builder("yyDDD{line:2,digits}{seq:4}{check:gs1}", jsonJournal())
                .resetScope(ResetScope.perDay().andPerField("line"))
                .mode(SequenceMode.GAP_TOLERANT)
                .build();
        LotContext line2 = LotContext.builder().date(DAY).line("02").build();

        assertThat(generator.next(line2)).isEqualTo("250730200014");
        assertThat(generator.next(line2)).isEqualTo("250730200021");
        assertThat(generator.next(LotContext.builder().date(DAY).line("03").build())).isEqualTo("250730300011");
    }

    @ParameterizedTest
    @EnumSource(SequenceMode.class)
    void reopeningNeverRepeatsANumberEvenAfterAPartlyUsedBlock(SequenceMode mode) {
        InMemoryJournal<SequenceEvent> journal = jsonJournal();
        LotNumberGeneratorBuilder first = builder("{seq:6}", journal).mode(mode);
        if (mode == SequenceMode.GAP_TOLERANT) {
            first.blockSize(10);
        }
        LotNumberGenerator generator = first.build();
        List<String> issued = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            issued.add(generator.next());
        }

        for (int restart = 0; restart < 3; restart++) {
            journal = journal.reopen();
            LotNumberGeneratorBuilder again = builder("{seq:6}", journal).mode(mode);
            if (mode == SequenceMode.GAP_TOLERANT) {
                again.blockSize(10);
            }
            generator = again.build();
            for (int i = 0; i < 4; i++) {
                issued.add(generator.next());
            }
        }

        assertThat(issued).doesNotHaveDuplicates();
        if (mode == SequenceMode.GAP_FREE) {
            assertThat(issued).as("gap-free continues exactly").containsExactly("000001", "000002", "000003",
                    "000004", "000005", "000006", "000007", "000008", "000009", "000010", "000011", "000012",
                    "000013", "000014", "000015");
        } else {
            assertThat(issued.subList(3, 5)).as("the rest of the first block is skipped")
                    .containsExactly("000011", "000012");
        }
    }

    @ParameterizedTest
    @EnumSource(SequenceMode.class)
    void exhaustionIsAnErrorNeverAWrapAround(SequenceMode mode) {
        InMemoryJournal<SequenceEvent> journal = jsonJournal();
        LotNumberGenerator generator = builder("'A'{seq:1}", journal).mode(mode).build();
        for (int i = 1; i <= 9; i++) {
            assertThat(generator.next()).isEqualTo("A" + i);
        }
        long events = journal.nextPosition();

        assertThatThrownBy(generator::next).isInstanceOf(SequenceExhaustedException.class)
                .hasMessageContaining("largest value 9");
        assertThatThrownBy(generator::next).isInstanceOf(SequenceExhaustedException.class);
        assertThat(journal.nextPosition()).isEqualTo(events);
        assertThatThrownBy(() -> builder("'A'{seq:1}", journal.reopen()).mode(mode).build().next())
                .isInstanceOf(SequenceExhaustedException.class);
    }

    @ParameterizedTest
    @EnumSource(SequenceMode.class)
    void journalFailureLeavesTheGeneratorUnchanged(SequenceMode mode) {
        FailingJournal journal = new FailingJournal(jsonJournal());
        LotNumberGeneratorBuilder builder = LotNumberGenerator.builder()
                .format(LotNumberFormat.compile("{seq:4}")).journal(journal).mode(mode);
        if (mode == SequenceMode.GAP_TOLERANT) {
            builder.blockSize(2);
        }
        LotNumberGenerator generator = builder.build();
        assertThat(generator.next()).isEqualTo("0001");
        assertThat(generator.next()).isEqualTo("0002");

        journal.failing = true;
        assertThatThrownBy(generator::next).isInstanceOf(JournalException.class).hasMessageContaining("disk full");
        assertThatThrownBy(generator::next).isInstanceOf(JournalException.class);
        assertThatThrownBy(() -> generator.registerManual("0009")).isInstanceOf(JournalException.class);
        journal.failing = false;

        assertThat(generator.next()).isEqualTo("0003");
        assertThat(generator.next()).isEqualTo("0004");
        assertThat(generator.registerManual("0009")).isTrue();
    }

    @Test
    void resetPerDayWeekMonthYearStartsAgainAndNeverCollides() {
        List<String> all = new ArrayList<>();
        record Case(String pattern, ResetScope scope, LocalDate first, LocalDate samePeriod, LocalDate nextPeriod) {
        }
        List<Case> cases = List.of(
                new Case("yyDDD{seq:3}", ResetScope.perDay(), DAY, DAY, DAY.plusDays(1)),
                new Case("yyyyMMdd{seq:3}", ResetScope.perDay(), DAY, DAY, DAY.plusDays(1)),
                new Case("YYww{seq:3}", ResetScope.perIsoWeek(), LocalDate.of(2025, 12, 29), LocalDate.of(2026, 1, 4),
                        LocalDate.of(2026, 1, 5)),
                new Case("yyL{seq:3}", ResetScope.perMonth(), DAY, DAY.withDayOfMonth(31), DAY.plusMonths(1)),
                new Case("yyyyMM{seq:3}", ResetScope.perMonth(), DAY, DAY.withDayOfMonth(1), DAY.plusMonths(1)),
                new Case("yy-{seq:3}", ResetScope.perYear(), DAY, DAY.withDayOfYear(365), DAY.plusYears(1)));
        for (Case c : cases) {
            LotNumberGenerator generator = builder(c.pattern(), jsonJournal()).resetScope(c.scope()).build();
            LotNumberFormat format = generator.format();

            List<String> lots = List.of(generator.next(on(c.first())), generator.next(on(c.samePeriod())),
                    generator.next(on(c.nextPeriod())), generator.next(on(c.first())));

            assertThat(lots).extracting(lot -> format.parse(lot).sequence().getAsLong()).as(c.pattern())
                    .containsExactly(1L, 2L, 1L, 3L);
            all.addAll(lots);
        }
        assertThat(all).doesNotHaveDuplicates();
    }

    @Test
    void resetPerFieldCombinationKeepsSeparateCounters() {
        LotNumberGenerator generator = builder("yy{item:2}{line:1,digits}{seq:3}", jsonJournal())
                .resetScope(ResetScope.perYear().andPerField("item", "line")).build();
        LotContext.Builder base = LotContext.builder().date(DAY);

        assertThat(generator.next(base.item("AB").line("1").build())).isEqualTo("25AB1001");
        assertThat(generator.next(base.item("AB").line("2").build())).isEqualTo("25AB2001");
        assertThat(generator.next(base.item("CD").line("1").build())).isEqualTo("25CD1001");
        assertThat(generator.next(base.item("AB").line("1").build())).isEqualTo("25AB1002");
        assertThat(generator.next(base.item("AB").line("1").date(DAY.plusYears(1)).build())).isEqualTo("26AB1001");
        assertThatThrownBy(() -> generator.next(on(DAY)))
                .isInstanceOfSatisfying(LotFieldException.class, e -> assertThat(e.getFieldName()).isEqualTo("item"));
    }

    @Test
    void scopesTheFormatCannotTellApartAreRefused() {
        assertThatThrownBy(() -> builder("yy{seq:4}", jsonJournal()).resetScope(ResetScope.perDay()).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("the month");
        assertThatThrownBy(() -> builder("DDD{seq:4}", jsonJournal()).resetScope(ResetScope.perDay()).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("year");
        assertThatThrownBy(() -> builder("yyMMdd{seq:4}", jsonJournal()).resetScope(ResetScope.perIsoWeek()).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("week based year");
        assertThatThrownBy(() -> builder("yyyy{seq:4}", jsonJournal())
                .resetScope(ResetScope.never().andPerField("item")).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'item'");
        assertThatThrownBy(() -> builder("yyyy['-'{item:2}]{seq:4}", jsonJournal())
                .resetScope(ResetScope.never().andPerField("item")).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("every lot number");
        assertThatThrownBy(() -> LotNumberGenerator.builder().format(LotNumberFormat.compile("yyDDD")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no sequence");
    }

    @Test
    void oneDigitYearNeedsAcknowledgementAndThenContinuesTheCounterTenYearsLater() {
        assertThatThrownBy(() -> builder("yDDD{seq:3}", jsonJournal()).resetScope(ResetScope.perDay()).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("acknowledgeRepeatingYears");

        LotNumberGenerator generator = builder("yDDD{seq:3}", jsonJournal()).resetScope(ResetScope.perDay())
                .acknowledgeRepeatingYears().build();

        assertThat(generator.next(on(DAY))).isEqualTo("5073001");
        assertThat(generator.next(on(DAY.plusDays(1)))).isEqualTo("5074001");
        assertThat(generator.next(on(DAY.plusYears(10)))).isEqualTo("5073002");
    }

    @Test
    void manualNumbersAreSkippedAndSurviveARestart() {
        InMemoryJournal<SequenceEvent> journal = jsonJournal();
        LotNumberGenerator generator = builder("yyDDD-{seq:3}", journal).resetScope(ResetScope.perDay())
                .mode(SequenceMode.GAP_TOLERANT).blockSize(100).build();

        assertThat(generator.registerManual("25073-002")).isTrue();
        assertThat(generator.registerManual("25073-002")).isFalse();
        assertThat(generator.registerManual("25073-005")).isTrue();
        assertThat(generator.next(on(DAY))).isEqualTo("25073-001");
        assertThat(generator.next(on(DAY))).isEqualTo("25073-003");
        assertThat(generator.next(on(DAY.plusDays(1)))).isEqualTo("25074-001");
        assertThatThrownBy(() -> generator.registerManual("25073-003"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("already passed");
        assertThatThrownBy(() -> generator.registerManual("25073/004")).isInstanceOf(LotNumberParseException.class);

        LotNumberGenerator gapFree = builder("yyDDD-{seq:3}", journal.reopen()).resetScope(ResetScope.perDay())
                .build();
        assertThat(gapFree.registerManual("25073-104")).isTrue();
        LotNumberGenerator restarted = builder("yyDDD-{seq:3}", jsonJournalOver(journal)).resetScope(ResetScope.perDay())
                .build();
        assertThat(restarted.next(on(DAY))).isEqualTo("25073-101");
        assertThat(restarted.next(on(DAY))).isEqualTo("25073-102");
        assertThat(restarted.next(on(DAY))).isEqualTo("25073-103");
        assertThat(restarted.next(on(DAY))).isEqualTo("25073-105");
    }

    private static InMemoryJournal<SequenceEvent> jsonJournalOver(InMemoryJournal<SequenceEvent> journal) {
        return journal.reopen();
    }

    @Test
    void contextWithoutDateIsDatedByTheClock() {
        Clock clock = Clock.fixed(Instant.parse("2025-03-14T23:30:00Z"), ZoneOffset.ofHours(2));
        LotNumberGenerator generator = builder("yyyyMMdd{seq:2}", jsonJournal()).clock(clock)
                .resetScope(ResetScope.perDay()).build();

        assertThat(generator.next()).isEqualTo("2025031501");
        assertThat(generator.next(LotContext.builder().item("X").build())).isEqualTo("2025031502");
    }

    @Test
    void gapFreeModeDrawsNoNumberForAContextThatDoesNotFit() {
        LotNumberGenerator generator = builder("{item:2}{seq:3}", jsonJournal()).build();
        assertThatThrownBy(() -> generator.next(LotContext.builder().item("TOO-LONG").build()))
                .isInstanceOf(LotFieldException.class);
        assertThat(generator.next(LotContext.builder().item("AB").build())).isEqualTo("AB001");
    }

    @Test
    void builderFailsFast() {
        LotNumberGeneratorBuilder builder = LotNumberGenerator.builder();
        assertThatThrownBy(builder::build).isInstanceOf(IllegalStateException.class).hasMessageContaining("format");
        builder.format(LotNumberFormat.compile("{seq:2}"));
        assertThatThrownBy(() -> builder.format(LotNumberFormat.compile("{seq:3}")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("already set");
        assertThatThrownBy(builder::build).isInstanceOf(IllegalStateException.class).hasMessageContaining("journal");
        assertThatThrownBy(() -> builder.journal(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder.blockSize(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder.startValue(-1)).isInstanceOf(IllegalArgumentException.class);
        builder.journal(jsonJournal()).startValue(100);
        assertThatThrownBy(builder::build).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("99");
        assertThatThrownBy(() -> LotNumberGenerator.builder().format(LotNumberFormat.compile("{seq:2}"))
                .journal(jsonJournal()).blockSize(5).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("GAP_TOLERANT");
    }

    @Test
    void journalOfAnotherScopeIsRefused() {
        InMemoryJournal<SequenceEvent> journal = jsonJournal();
        builder("yy{item:2}{seq:3}", journal).resetScope(ResetScope.perYear().andPerField("item")).build()
                .next(LotContext.builder().date(DAY).item("AB").build());
        assertThatThrownBy(() -> builder("yy{item:2}{seq:3}", journal.reopen()).resetScope(ResetScope.perYear())
                .build()).isInstanceOf(IllegalStateException.class).hasMessageContaining("position 0");
    }
}
