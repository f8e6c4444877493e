package io.lotkit.benchmarks.fefo;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What JMH's sample mode adds to every sampled time on this machine: an operation that does nothing, timed as
 * {@link AllocationBenchmark}'s medians are. Sample mode reads the clock before and after each sampled call, so a
 * sampled time holds the operation plus about one clock read ({@code System.nanoTime}, some 30-40 ns on this VM);
 * this benchmark's median is that floor, measured in the same run as the medians it sits under.
 *
 * <p>Timing several operations per sample would spread the clock read over them, but a sample would then be their
 * mean, which for a skewed distribution such as W1's (a reserve now and then waits for the collector) lies above
 * the median: tried, an eight-reserve sample's median came out 6-10 % above the single reserve's in three runs of
 * four. So the medians stay per operation, and this floor is reported beside them.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class SampleTimerBenchmark {

    /** Does nothing: its sampled time is the sampling's own cost. */
    @Benchmark
    public void timer_floor() {
        // Deliberately empty: what is timed is the harness around it.
    }
}
