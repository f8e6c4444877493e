package io.lotkit.core.spi;

import java.util.ArrayList;
import java.util.List;

/**
 * One event seen by a replay, as the journal contract kit compares them: a replay is a list of visits, and a
 * faithful replay equals the visits expected from what was appended.
 *
 * <p>Immutable and thread-safe.
 *
 * @param position the event's position
 * @param event the event
 */
public record JournalVisit(long position, ContractEvent event) {

    /**
     * Replays a journal from a position.
     *
     * @param journal the journal
     * @param from the first position to visit
     * @return what the replay visited, in order
     */
    public static List<JournalVisit> replayed(Journal<ContractEvent> journal, long from) {
        List<JournalVisit> visits = new ArrayList<>();
        journal.replay(from, (position, event) -> visits.add(new JournalVisit(position, event)));
        return visits;
    }

    /**
     * The visits a faithful replay from a position yields, given everything appended, in order.
     *
     * @param appended every event appended, position {@code i} at index {@code i}
     * @param from the first position
     * @return the expected visits
     */
    public static List<JournalVisit> expected(List<ContractEvent> appended, long from) {
        List<JournalVisit> visits = new ArrayList<>();
        for (int i = (int) Math.min(from, appended.size()); i < appended.size(); i++) {
            visits.add(new JournalVisit(i, appended.get(i)));
        }
        return visits;
    }
}
