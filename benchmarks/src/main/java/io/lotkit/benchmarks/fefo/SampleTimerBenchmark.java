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
 * <p>{@link AllocationBenchmark}'s {@code w1x8} and {@code w1Planx8} time eight operations per sample instead,
 * which spreads one clock read over eight of them.
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
