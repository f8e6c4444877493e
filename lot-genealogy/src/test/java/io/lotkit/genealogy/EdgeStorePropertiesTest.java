package io.lotkit.genealogy;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * The edge rows keep every edge with its exact quantity, oldest first per lot in both directions, whether the edges
 * arrive one by one (through tails and rebuilds) or in a bulk load, and whether the lots lie in one block of a
 * rebuild or spread over many ({@link EdgeStore#BLOCK_BITS}).
 */
class EdgeStorePropertiesTest {

    /** An edge as the reference keeps it. */
    private record Edge(int from, int to, BigDecimal quantity) {
    }

    @Property(tries = 150)
    void rowsHoldEveryEdgeOldestFirstWithItsExactQuantity(
            @ForAll @IntRange(min = 1, max = 30) int lotCount,
            @ForAll @Size(max = 120) List<@IntRange(min = 0, max = 10_000) Integer> endpoints,
            @ForAll @Size(min = 120, max = 120) List<BigInteger> unscaled,
            @ForAll @IntRange(min = -3, max = 20) int scale,
            @ForAll @IntRange(min = 1, max = 8) int minRebase,
            @ForAll boolean bulk,
            @ForAll boolean spread) {
        // Spread, the lots that have edges lie some blocks apart, with lots without edges between them.
        int stride = spread ? (1 << EdgeStore.BLOCK_BITS) / 3 + 7 : 1;
        EdgeStore store = new EdgeStore(minRebase);
        for (int lot = 0; lot < lotCount * stride; lot++) {
            store.addLot();
        }
        if (bulk) {
            store.startBulkLoad();
        }
        List<Edge> reference = new ArrayList<>();
        for (int i = 0; i < endpoints.size(); i++) {
            int from = endpoints.get(i) % lotCount * stride;
            int to = endpoints.get(i) / 31 % lotCount * stride;
            // Alternate small quantities, which pack, with arbitrary ones, which mostly do not.
            BigDecimal quantity = i % 2 == 0 ? BigDecimal.valueOf(endpoints.get(i), i % 4)
                    : new BigDecimal(unscaled.get(i), scale);
            store.add(from, to, quantity);
            reference.add(new Edge(from, to, quantity));
        }
        if (bulk) {
            store.compact();
        }
        assertThat(store.size()).isEqualTo(reference.size());
        for (int lot = 0; lot < lotCount * stride; lot += lot % stride == 0 ? 1 : stride - 1) {
            int owner = lot;
            List<Edge> outgoing = new ArrayList<>();
            store.forEach(lot, true, (code, other) -> outgoing.add(new Edge(owner, other, store.quantity(code))));
            List<Edge> incoming = new ArrayList<>();
            store.forEach(lot, false, (code, other) -> incoming.add(new Edge(other, owner, store.quantity(code))));
            // Record equality compares BigDecimal with equals: the scale must survive too.
            assertThat(outgoing).isEqualTo(reference.stream().filter(e -> e.from() == owner).toList());
            assertThat(incoming).isEqualTo(reference.stream().filter(e -> e.to() == owner).toList());
        }
    }
}
