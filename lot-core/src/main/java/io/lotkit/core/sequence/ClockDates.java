package io.lotkit.core.sequence;

import io.lotkit.core.format.LotContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;

/**
 * The clock's current date and time for contexts that carry none, read from the clock on every call but turned
 * into a {@link LocalDateTime} only once per local minute: formats print at most the hour, so a reading is reused
 * for every call within the same minute.
 *
 * <p>Safe for concurrent use: the cached reading is one immutable snapshot behind a volatile reference.
 */
final class ClockDates {

    private static final long MINUTE_MILLIS = 60_000;

    /** A reading valid for {@code [fromMillis, untilMillis)}. */
    private record Reading(long fromMillis, long untilMillis, LocalDateTime dateTime, LotContext emptyContext) {
    }

    private final Clock clock;
    private volatile Reading reading = new Reading(0, 0, null, null);

    ClockDates(Clock clock) {
        this.clock = clock;
    }

    /** Returns the context with the clock's date and time, unless it carries a date already. */
    LotContext complete(LotContext context) {
        if (context.date().isPresent()) {
            return context;
        }
        Reading current = current();
        return context == LotContext.empty() ? current.emptyContext() : context.withDateTime(current.dateTime());
    }

    private Reading current() {
        long now = clock.millis();
        Reading current = reading;
        if (now >= current.fromMillis() && now < current.untilMillis()) {
            return current;
        }
        LocalDateTime dateTime = LocalDateTime.ofInstant(Instant.ofEpochMilli(now), clock.getZone());
        long intoMinute = dateTime.getSecond() * 1000L + dateTime.getNano() / 1_000_000;
        Reading fresh = new Reading(now - intoMinute, now - intoMinute + MINUTE_MILLIS, dateTime,
                LotContext.empty().withDateTime(dateTime));
        reading = fresh;
        return fresh;
    }
}
