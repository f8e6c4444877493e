package io.lotkit.fefo;

import static io.lotkit.fefo.Stock.id;
import static io.lotkit.fefo.Stock.request;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SmokeTest {
    @Test
    void fefoSplitsAcrossLots() {
        Stock s = new Stock().lot("L2", 20, "BULK-1", 5).lot("L1", 10, "BULK-1", 3).lot("L3", 30, "BULK-1", 50);
        AllocationResult r = s.index.reserve(request(7).explain().build());
        System.out.println(r);
        assertThat(r.lines()).extracting(AllocationLine::lot).containsExactly(id("L1"), id("L2"));
        System.out.println(s.index.describe());
        StockIndex replayed = StockIndex.open(s.journal);
        assertThat(replayed.describe()).isEqualTo(s.index.describe());
    }
}
