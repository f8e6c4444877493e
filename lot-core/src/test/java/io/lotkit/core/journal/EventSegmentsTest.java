package io.lotkit.core.journal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class EventSegmentsTest {

    /**
     * Runs of appends (long enough to cross several segments), each partly taken back as a failed append is, agree
     * with a list, and a snapshot taken after a run keeps reading what it saw while later runs append and take back.
     */
    @Property(tries = 60)
    void behavesLikeAListAndSnapshotsStayFixed(
            @ForAll @Size(max = 8) List<@IntRange(min = 0, max = 9_000) Integer> appendRuns,
            @ForAll @Size(max = 8) List<@IntRange(min = 0, max = 100) Integer> truncatePercents) {
        EventSegments segments = new EventSegments();
        List<Object> model = new ArrayList<>();
        List<EventSegments.Snapshot> snapshots = new ArrayList<>();
        List<List<Object>> seen = new ArrayList<>();
        int next = 0;
        for (int run = 0; run < appendRuns.size(); run++) {
            int before = model.size();
            for (int i = 0; i < appendRuns.get(run); i++) {
                Integer event = next++;
                segments.add(event);
                model.add(event);
            }
            if (run < truncatePercents.size()) {
                int keep = before + (model.size() - before) * truncatePercents.get(run) / 100;
                segments.truncate(keep);
                model.subList(keep, model.size()).clear();
            }
            snapshots.add(segments.snapshot());
            seen.add(List.copyOf(model));
        }
        assertThat(segments.size()).isEqualTo(model.size());
        for (int s = 0; s < snapshots.size(); s++) {
            EventSegments.Snapshot snapshot = snapshots.get(s);
            List<Object> expected = seen.get(s);
            assertThat(snapshot.size()).isEqualTo(expected.size());
            for (int position = 0; position < expected.size(); position++) {
                assertThat(snapshot.get(position)).isSameAs(expected.get(position));
            }
        }
    }
}
