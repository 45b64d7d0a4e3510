package org.mdlab.bench.mechanism;

import java.util.concurrent.TimeUnit;
import org.mdlab.estimator.MonteCarlo;
import org.mdlab.mechanism.SealedBidSimulation;
import org.mdlab.market.ValueDistribution;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * Throughput of the seeded Monte Carlo engine in simulated auctions per second: first-price auctions
 * (equilibrium bids by Simpson quadrature) with 5 uniform bidders and reserve 1/2, 32 tasks of 6,250
 * auctions, on 1 thread and on all available processors. Results are identical for every thread count.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class MonteCarloThroughputBenchmark {

    private static final int TASKS = 32;
    private static final int PER_TASK = 6_250;

    /** Worker threads: 1, or 0 for all available processors. */
    @Param({"1", "0"})
    public int threads;

    private final SealedBidSimulation auction = new SealedBidSimulation(ValueDistribution.uniform(0, 1), 5, 0.5);

    /**
     * @return the estimated revenue of 200,000 simulated auctions
     */
    @Benchmark
    @OperationsPerInvocation(TASKS * PER_TASK)
    public double firstPriceAuctions() {
        int t = threads == 0 ? Runtime.getRuntime().availableProcessors() : threads;
        return MonteCarlo.mean(42L, TASKS, PER_TASK, t, auction::firstPrice).mean();
    }
}
