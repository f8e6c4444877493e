package io.lotkit.gs1;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/** The cached year agrees with the clock in every time zone, so the shortcut cannot change an expiry date. */
class CurrentYearTest {

    private static final int QUARTER_HOURS_PER_18_HOURS = 18 * 4;

    @Property(tries = 200)
    void insideItsWindowEveryOffsetIsInTheWindowsYear(@ForAll @IntRange(min = 1971, max = 2200) int year,
            @ForAll @LongRange(min = 0, max = 1_000_000) long perMillion,
            @ForAll @IntRange(min = -QUARTER_HOURS_PER_18_HOURS, max = QUARTER_HOURS_PER_18_HOURS) int quarters) {
        CurrentYear.Window window = CurrentYear.Window.of(year);
        long instant = window.from() + (window.until() - 1 - window.from()) / 1_000_000 * perMillion;
        assertThat(window.contains(instant)).isTrue();
        ZoneOffset offset = ZoneOffset.ofTotalSeconds(quarters * 15 * 60);
        assertThat(Instant.ofEpochMilli(instant).atOffset(offset).getYear()).isEqualTo(year);
    }

    @Test
    void theWindowLeavesOutTheHoursAroundNewYearWhenZonesDisagree() {
        CurrentYear.Window window = CurrentYear.Window.of(2026);
        long newYear2026 = Instant.parse("2026-01-01T00:00:00Z").toEpochMilli();
        long newYear2027 = Instant.parse("2027-01-01T00:00:00Z").toEpochMilli();
        assertThat(window.contains(newYear2026 + 17 * 3_600_000L)).isFalse(); // still 2025 at UTC-18
        assertThat(window.contains(newYear2026 + 18 * 3_600_000L)).isTrue();
        assertThat(window.contains(newYear2027 - 18 * 3_600_000L - 1)).isTrue();
        assertThat(window.contains(newYear2027 - 18 * 3_600_000L)).isFalse(); // already 2027 at UTC+18
    }

    @Test
    void theYearIsTodaysInTheDefaultZone() {
        int before = LocalDate.now().getYear();
        int year = CurrentYear.get();
        int after = LocalDate.now().getYear();
        assertThat(year).isBetween(before, after);
    }
}
