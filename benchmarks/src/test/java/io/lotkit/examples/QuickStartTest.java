package io.lotkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuickStartTest {

    @Test
    void aSecondRunContinuesTheNumberingFromTheJournal(@TempDir Path dir) throws Exception {
        ByteArrayOutputStream first = new ByteArrayOutputStream();
        List<String> firstRun = QuickStart.run(dir, new PrintStream(first, true, StandardCharsets.UTF_8));
        ByteArrayOutputStream second = new ByteArrayOutputStream();
        List<String> secondRun = QuickStart.run(dir, new PrintStream(second, true, StandardCharsets.UTF_8));

        assertThat(firstRun).hasSize(6);
        assertThat(firstRun.get(0)).isEqualTo("263260100013"); // 2026, day 326, line 01, run 1; GS1 mod 10 over 26326010001 = 3
        Set<String> all = new HashSet<>(firstRun);
        assertThat(secondRun).allSatisfy(lot -> assertThat(all.add(lot)).as("%s issued twice", lot).isTrue());
        assertThat(secondRun.get(0)).startsWith("2632601").contains("0004");
        assertThat(first.toString(StandardCharsets.UTF_8)).contains("Starting a new journal");
        assertThat(second.toString(StandardCharsets.UTF_8)).contains("Resuming from").contains("(6 events)")
                .contains("RELEASED -> ON_HOLD (customer complaint)");
    }
}
