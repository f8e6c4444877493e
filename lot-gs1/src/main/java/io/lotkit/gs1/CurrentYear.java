package io.lotkit.gs1;

import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Today's year by the system clock in the default time zone — all that resolving a two-digit GS1 year needs —
 * without {@link LocalDate#now()} on every call, which copies the default time zone and allocates.
 *
 * <p>Every UTC offset lies within ±18 hours, so from 18:00 UTC on 1 January to 06:00 UTC on 31 December the local
 * year is the UTC year in every time zone, whatever the default zone is or becomes. Inside that window the year
 * comes from the clock alone; in the 36 hours around New Year it is asked of {@code LocalDate.now()}. Thread-safe:
 * the cached window is an immutable record, and a race only computes it twice.
 */
final class CurrentYear {

    private static final long MAX_OFFSET_MILLIS = ZoneOffset.MAX.getTotalSeconds() * 1000L;

    /** From {@code from} (inclusive) to {@code until} (exclusive), in epoch millis, every zone is in {@code year}. */
    record Window(int year, long from, long until) {

        static Window of(int utcYear) {
            long start = LocalDate.of(utcYear, 1, 1).atStartOfDay().toEpochSecond(ZoneOffset.UTC) * 1000L;
            long end = LocalDate.of(utcYear + 1, 1, 1).atStartOfDay().toEpochSecond(ZoneOffset.UTC) * 1000L;
            return new Window(utcYear, start + MAX_OFFSET_MILLIS, end - MAX_OFFSET_MILLIS);
        }

        boolean contains(long epochMillis) {
            return epochMillis >= from && epochMillis < until;
        }
    }

    private static Window window = Window.of(LocalDate.now(ZoneOffset.UTC).getYear());

    private CurrentYear() {
    }

    static int get() {
        long now = System.currentTimeMillis();
        Window cached = window;
        if (cached.contains(now)) {
            return cached.year;
        }
        Window current = Window.of(LocalDate.now(ZoneOffset.UTC).getYear());
        window = current;
        return current.contains(now) ? current.year : LocalDate.now().getYear();
    }
}
