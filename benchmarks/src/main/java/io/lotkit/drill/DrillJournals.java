package io.lotkit.drill;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.lotkit.core.journal.FileJournal;
import io.lotkit.core.journal.SyncPolicy;
import io.lotkit.core.json.JacksonEventCodec;
import io.lotkit.core.sequence.SequenceEvent;
import io.lotkit.fefo.StockEvent;
import io.lotkit.genealogy.GenealogyEvent;
import io.lotkit.genealogy.GenealogyCodec;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The drill's four durable file journals in its directory: lot-number sequences, stock and reservations,
 * genealogy, and the drill's own record of the years it has played.
 *
 * <p>The lot-number and drill journals force every append to disk: a lot number must never be issued twice, even
 * after a power loss. The stock and genealogy journals do so only with {@code --fsync}; otherwise they survive a
 * crash of the process but not of the machine, which keeps a large year fast.
 *
 * <p>Not thread-safe as a whole; each journal is safe for concurrent use.
 */
final class DrillJournals implements AutoCloseable {

    /**
     * The drill's record of one year it played, appended when the year is complete.
     *
     * @param year the year
     * @param seed the seed it was played with
     * @param productionRuns the production runs planned
     * @param recallItem the item of the supplier lot every run recalls (chosen in the first year)
     * @param recallLot the lot number of that supplier lot
     * @param sequenceEvents the lot-number journal's length after the year
     * @param stockEvents the stock journal's length after the year
     * @param genealogyEvents the genealogy journal's length after the year
     */
    record PlayedYear(int year, long seed, int productionRuns, String recallItem, String recallLot,
            long sequenceEvents, long stockEvents, long genealogyEvents) {
    }

    static final String SEQUENCES = "lot-number-sequences.jsonl";
    static final String STOCK = "stock.jsonl";
    static final String GENEALOGY = "genealogy.jsonl";
    static final String YEARS = "drill-years.jsonl";

    final FileJournal<SequenceEvent> sequences;
    final FileJournal<StockEvent> stock;
    final FileJournal<GenealogyEvent> genealogy;
    final FileJournal<PlayedYear> years;

    DrillJournals(Path dir, boolean forceEveryAppend) {
        ObjectMapper mapper = new ObjectMapper();
        SyncPolicy bulk = forceEveryAppend ? SyncPolicy.FORCE : SyncPolicy.NONE;
        List<AutoCloseable> opened = new ArrayList<>();
        try {
            years = open(opened, FileJournal.open(dir.resolve(YEARS), JacksonEventCodec.of(mapper, PlayedYear.class)));
            sequences = open(opened, FileJournal.open(dir.resolve(SEQUENCES),
                    JacksonEventCodec.of(mapper, SequenceEvent.class)));
            stock = open(opened, FileJournal.open(dir.resolve(STOCK), StockEvent.jsonCodec(), bulk));
            genealogy = open(opened, FileJournal.open(dir.resolve(GENEALOGY), GenealogyCodec.json(), bulk));
        } catch (RuntimeException e) {
            for (AutoCloseable journal : opened) {
                try {
                    journal.close();
                } catch (Exception suppressed) {
                    e.addSuppressed(suppressed);
                }
            }
            throw e;
        }
    }

    private static <J extends AutoCloseable> J open(List<AutoCloseable> opened, J journal) {
        opened.add(journal);
        return journal;
    }

    List<PlayedYear> playedYears() {
        List<PlayedYear> played = new ArrayList<>();
        years.replay((position, year) -> played.add(year));
        return played;
    }

    long libraryEvents() {
        return sequences.nextPosition() + stock.nextPosition() + genealogy.nextPosition();
    }

    @Override
    public void close() {
        genealogy.close();
        stock.close();
        sequences.close();
        years.close();
    }
}
