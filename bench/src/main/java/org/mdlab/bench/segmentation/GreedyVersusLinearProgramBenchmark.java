package org.mdlab.bench.segmentation;

import java.util.concurrent.TimeUnit;
import org.mdlab.market.Market;
import org.mdlab.segmentation.GreedySegmentation;
import org.mdlab.segmentation.ObedienceProgram;
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
 * The consumer-optimal segmentation two ways on the same random markets: the greedy algorithm of
 * Bergemann, Brooks and Morris (2015) against the generic price-obedience linear program solved by
 * ojAlgo ({@link ObedienceProgram}, K^2 variables and about K^2 constraints), for K = 50, 100, 200.
 * One LP solve took about 7 s at K = 50 and 160 s at K = 100 on the development machine (about 20 times
 * longer per doubling of K), so run the LP in single-shot mode and restrict K when time is short:
 * {@code ./mdlab bench lib GreedyVersusLinearProgram -p k=50,100 -bm ss -f 1 -wi 1 -i 2}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 1)
@Measurement(iterations = 2)
public class GreedyVersusLinearProgramBenchmark {

    /** The number of values. */
    @Param({"50", "100", "200"})
    public int k;

    private Market market;

    /** Builds the seeded market. */
    @Setup
    public void setUp() {
        market = Market.random(k, 20150301L + k);
    }

    /**
     * The greedy algorithm, with its segments materialised as a {@code Segmentation} to match the LP's output.
     *
     * @return the consumer surplus (consumed by JMH)
     */
    @Benchmark
    public double greedy() {
        return GreedySegmentation.of(market).toSegmentation(true).consumerSurplus();
    }

    /**
     * The price-obedience linear program maximising consumer surplus.
     *
     * @return the solver's outcome (consumed by JMH)
     */
    @Benchmark
    public ObedienceProgram.Solution linearProgram() {
        return ObedienceProgram.maximiseConsumerSurplus(market);
    }
}
