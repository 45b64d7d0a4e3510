package org.mdlab.bench.segmentation;

import java.util.concurrent.TimeUnit;
import org.mdlab.market.Market;
import org.mdlab.segmentation.GreedySegmentation;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The greedy consumer-optimal segmentation of Bergemann, Brooks and Morris (2015) on large random
 * markets (target: K = 10,000 values in at most 0.25 s). The algorithm is O(K^2): a random market
 * loses one value per step.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 2)
@Measurement(iterations = 3)
public class GreedySegmentationBenchmark {

    /** The number of values. */
    @Param({"1000", "10000"})
    public int k;

    private Market market;

    /** Builds the seeded market. */
    @Setup
    public void setUp() {
        market = Market.random(k, 20150301L + k);
    }

    /**
     * Runs the greedy algorithm.
     *
     * @return the decomposition (consumed by JMH)
     */
    @Benchmark
    public GreedySegmentation greedy() {
        return GreedySegmentation.of(market);
    }
}
