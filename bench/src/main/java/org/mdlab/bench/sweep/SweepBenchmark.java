package org.mdlab.bench.sweep;

import java.util.concurrent.TimeUnit;
import org.mdlab.market.Market;
import org.mdlab.segmentation.GreedySegmentation;
import org.mdlab.sweep.Axis;
import org.mdlab.sweep.Grid;
import org.mdlab.sweep.LocalEngine;
import org.mdlab.sweep.PointFunction;
import org.mdlab.sweep.Outcome;
import org.mdlab.sweep.Sweep;
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
import tech.tablesaw.api.Table;

/**
 * Throughput of the local sweep engine ({@link LocalEngine}) at 1 and 2 workers: a sweep of 2,000 seeded
 * random 200-value markets, each segmented by the greedy algorithm of Bergemann, Brooks and Morris (2015),
 * with the table built. The ratio of the two average times is the engine's scaling on this machine's
 * cores: {@code ./mdlab bench lib SweepBenchmark -f 1 -wi 2 -i 5}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
public class SweepBenchmark {

    /** The worker threads of the local engine. */
    @Param({"1", "2"})
    public int workers;

    private Grid grid;
    private LocalEngine engine;

    /** The consumer surplus of the greedy segmentation and the uniform-price surplus of one random market. */
    static final PointFunction GREEDY = p -> {
        Market market = Market.random(200, p.seed());
        double consumer = GreedySegmentation.of(market).consumerSurplus();
        return Outcome.of("greedyConsumerSurplus", consumer)
                .and("uniformConsumerSurplus", market.consumerSurplus(market.monopolyPrice()));
    };

    /** Builds the grid and the engine. */
    @Setup
    public void setUp() {
        grid = Grid.of(Axis.integers("market", 1, 2000)).withSeed(11);
        engine = LocalEngine.withWorkers(workers);
    }

    /**
     * One sweep.
     *
     * @return the table (consumed by JMH)
     */
    @Benchmark
    public Table sweep() {
        return Sweep.run(grid, GREEDY, engine);
    }
}
