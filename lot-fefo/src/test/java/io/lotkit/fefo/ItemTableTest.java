package io.lotkit.fefo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;

/** The item table finds every item it created, by equal codes too, and creates each item once. */
class ItemTableTest {

    @Property(tries = 100)
    void findsEveryItemByAnEqualCodeAndNoOther(
            @ForAll @Size(max = 300) List<@StringLength(min = 1, max = 6) String> codes) {
        ItemTable table = new ItemTable();
        List<ItemStock> created = new ArrayList<>();
        for (String code : codes) {
            ItemStock s = table.getOrCreate(code, ItemStock::new);
            assertThat(s.item).isEqualTo(code);
            created.add(s);
        }
        for (int i = 0; i < codes.size(); i++) {
            String copy = new String(codes.get(i).toCharArray());
            assertThat(table.get(copy)).isSameAs(created.get(i));
        }
        assertThat(table.get("absent code, longer than any generated")).isNull();
        assertThat(table.values()).hasSize(Set.copyOf(codes).size());
    }

    @Example
    void threadsCreatingTheSameItemsTogetherGetOneStockEach() throws InterruptedException {
        ItemTable table = new ItemTable();
        Set<ItemStock> seen = ConcurrentHashMap.newKeySet();
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            Thread thread = new Thread(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                for (int i = 0; i < 2_000; i++) {
                    seen.add(table.getOrCreate("ITEM-" + i, ItemStock::new));
                }
            });
            thread.start();
            threads.add(thread);
        }
        start.countDown();
        for (Thread thread : threads) {
            thread.join();
        }
        assertThat(seen).hasSize(2_000);
        assertThat(table.values()).hasSize(2_000).containsExactlyInAnyOrderElementsOf(seen);
    }
}
