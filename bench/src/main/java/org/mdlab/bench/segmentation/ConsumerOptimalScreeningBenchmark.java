package org.mdlab.bench.segmentation;

import java.util.concurrent.TimeUnit;
import org.mdlab.market.Market;
import org.mdlab.market.ConvexCost;
import org.mdlab.optimisation.Solution;
import org.mdlab.segmentation.ConsumerOptimalScreening;
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
 * Column generation for the consumer-optimal segmentation with screening (Bergemann, Heumann and Wang,
 * arXiv 2401.12366; {@link ConsumerOptimalScreening}) with {@code c(q) = q^2/2}, to a certified gap, on seeded
 * random markets of 4, 8 and 12 values: {@code ./mdlab bench lib ConsumerOptimalScreening -f 1 -wi 1 -i 2}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 1)
@Measurement(iterations = 2)
public class ConsumerOptimalScreeningBenchmark {

    /** The number of values. */
    @Param({"4", "8", "12"})
    public int values;

    private Market market;
    private ConvexCost cost;

    /** Builds the seeded market and the cost. */
    @Setup
    public void setUp() {
        market = Market.random(values, 1);
        cost = ConvexCost.quadratic(1, 100);
    }

    /**
     * One search.
     *
     * @return the solver's outcome (consumed by JMH)
     */
    @Benchmark
    public Solution<ConsumerOptimalScreening.Optimum> search() {
        return ConsumerOptimalScreening.solve(market, cost);
    }
}
