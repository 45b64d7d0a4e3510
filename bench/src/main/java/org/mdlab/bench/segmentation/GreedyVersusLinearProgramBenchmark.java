package org.mdlab.bench.segmentation;

import java.util.concurrent.TimeUnit;
import org.mdlab.market.Market;
import org.mdlab.optimisation.Solution;
import org.mdlab.segmentation.GreedySegmentation;
import org.mdlab.segmentation.ObedienceProgram;
import org.mdlab.segmentation.Segmentation;
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
 * Measured on the development machine (2 shared cores, JDK 17, JMH 1.37), LP in single-shot mode, greedy
 * in average-time mode:
 * <pre>
 *   K     LP (s/op)                  greedy (ms/op)   LP / greedy
 *   50    1.13                       0.114            about 9,900
 *   100   78.2                       0.381            about 205,000
 *   200   not finished after 2,273   1.49             over 1,500,000
 * </pre>
 * The LP time grows like K^6.1 between K = 50 and 100 (a factor 69 per doubling; at that rate K = 200 would
 * take about 90 minutes, and the run was stopped unfinished); the greedy's like K^1.9 (least-squares fit of
 * log time on log K over the three sizes). Commands ({@code ./mdlab bench lib} passes the same options to
 * this jar): {@code java -jar bench/target/benchmarks.jar GreedyVersusLinearProgramBenchmark.linearProgram
 * -p k=50,100 -bm ss -f 1 -wi 1 -i 2 -tu s -to 30m}, then K = 200 alone with
 * {@code -p k=200 -wi 0 -i 1 -to 2600s}, and {@code java -jar bench/target/benchmarks.jar
 * GreedyVersusLinearProgramBenchmark.greedy -p k=50,100,200 -bm avgt -tu us -f 1 -wi 3 -i 5 -w 1s -r 1s}.
 * Keep JMH's per-iteration timeout ({@code -to}, 10 minutes by default) above the LP's time.
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
    public Solution<Segmentation> linearProgram() {
        return ObedienceProgram.solveConsumerOptimal(market);
    }
}
