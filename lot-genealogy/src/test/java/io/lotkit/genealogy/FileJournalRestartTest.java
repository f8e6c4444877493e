package io.lotkit.genealogy;

import static org.assertj.core.api.Assertions.assertThat;

import io.lotkit.core.journal.FileJournal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The graph survives a restart on lot-core's durable file journal, through its JSON codec. */
class FileJournalRestartTest {

    @Test
    void aGraphReopenedFromItsFileEqualsTheGraphBeforeTheRestart(@TempDir Path directory) {
        Path file = directory.resolve("genealogy.jsonl");
        GraphSnapshot before;
        try (FileJournal<GenealogyEvent> journal = FileJournal.open(file, GenealogyCodec.json())) {
            GenealogyGraph graph = GenealogyGraph.open(journal);
            graph.record(Fixtures.receive("F1", "1000.250", "Mill", 0));
            graph.record(Fixtures.transform(1, List.of(Fixtures.line("F1", "600")),
                    List.of(Fixtures.line("M1", "300"), Fixtures.line("M2", "300"))));
            graph.record(Fixtures.ship("M1", "120.5", "Acme", 2));
            graph.record(Fixtures.adjust("M2", "3", AdjustReason.SCRAP, 3));
            graph.record(Fixtures.transform(4, "M2", "10", "F1", "10"));
            before = GraphSnapshot.of(graph);
        }

        try (FileJournal<GenealogyEvent> journal = FileJournal.open(file, GenealogyCodec.json())) {
            GenealogyGraph reopened = GenealogyGraph.open(journal);
            assertThat(GraphSnapshot.of(reopened)).isEqualTo(before);
            assertThat(reopened.massBalance(Fixtures.lot("F1")).received().value()).isEqualTo("1000.250");
            assertThat(reopened.forward(Fixtures.lot("F1")).hasCycle()).isTrue();
        }
    }
}
