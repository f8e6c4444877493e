package io.lotkit.benchmarks.gs1;

import static org.assertj.core.api.Assertions.assertThat;

import io.lotkit.gs1.Gs1Element;
import io.lotkit.gs1.Gs1Message;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The benchmark's pairs measure the same work: each baseline cuts its input into the pairs Lotkit reads. */
class Gs1ParseBenchmarkTest {

    private static final Map<String, String> EXPECTED = Map.of(
            "01", "09501101020917", "17", "260531", "10", "ABC123", "21", "XYZ");

    private final Gs1ParseBenchmark benchmark = new Gs1ParseBenchmark();

    @Test
    void everyFormReadsTheSameFourElements() {
        for (Gs1Message message : new Gs1Message[] {benchmark.bracketed_lotkit(), benchmark.unbracketed_lotkit(),
            benchmark.scan_lotkit(), benchmark.digitalLink_lotkit()}) {
            assertThat(pairs(message)).isEqualTo(EXPECTED);
        }
    }

    @Test
    void everyBaselineCutsTheSamePairs() {
        assertThat(benchmark.bracketed_baseline()).isEqualTo(EXPECTED);
        assertThat(benchmark.unbracketed_baseline()).isEqualTo(EXPECTED);
        assertThat(benchmark.scan_baseline()).isEqualTo(EXPECTED);
        assertThat(benchmark.digitalLink_baseline()).isEqualTo(EXPECTED);
    }

    @Test
    void bothLotFieldReadersSeeTheSameExpiry() {
        assertThat(benchmark.scan_lotkit().expiry().orElseThrow().date()).isEqualTo(LocalDate.of(2026, 5, 31));
        assertThat(LocalDate.parse(benchmark.scan_baseline().get("17"),
                DateTimeFormatter.ofPattern("yyMMdd"))).isEqualTo(LocalDate.of(2026, 5, 31));
    }

    private static Map<String, String> pairs(Gs1Message message) {
        Map<String, String> pairs = new LinkedHashMap<>();
        for (Gs1Element element : message.elements()) {
            pairs.put(element.ai(), element.value());
        }
        return pairs;
    }
}
