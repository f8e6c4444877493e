package io.lotkit.drill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DrillOptionsTest {

    @Test
    void defaultsAreAQuickYearInDrillOutput() throws Exception {
        assertThat(DrillOptions.parse()).isEqualTo(new DrillOptions(Path.of("drill-output"), DrillOptions.DEFAULT_SEED,
                DrillOptions.DEFAULT_RUNS, false));
    }

    @Test
    void flagsSetTheDirectorySeedSizeAndSync() throws Exception {
        assertThat(DrillOptions.parse("--dir", "x/y", "--seed", "-4", "--large", "--fsync"))
                .isEqualTo(new DrillOptions(Path.of("x/y"), -4, DrillOptions.LARGE_RUNS, true));
        assertThat(DrillOptions.parse("--runs", "12").productionRuns()).isEqualTo(12);
    }

    @Test
    void badCommandLinesAreNamed() {
        assertThatThrownBy(() -> DrillOptions.parse("--dir", "d", "--bogus"))
                .isInstanceOf(DrillOptions.UsageException.class).hasMessage("unknown option '--bogus' (argument 3)");
        assertThatThrownBy(() -> DrillOptions.parse("--seed"))
                .isInstanceOf(DrillOptions.UsageException.class).hasMessage("--seed needs a value");
        assertThatThrownBy(() -> DrillOptions.parse("--runs", "ten"))
                .isInstanceOf(DrillOptions.UsageException.class).hasMessage("--runs needs a whole number, not 'ten'");
        assertThatThrownBy(() -> DrillOptions.parse("--runs", "0"))
                .isInstanceOf(DrillOptions.UsageException.class).hasMessageContaining("between 1 and");
        assertThatThrownBy(() -> DrillOptions.parse("--help")).isInstanceOf(DrillOptions.HelpRequested.class);
    }
}
