package org.mdlab.bench.information;

import java.util.concurrent.TimeUnit;
import org.mdlab.information.AuctionDisclosure;
import org.mdlab.information.DisclosurePolicy;
import org.mdlab.optimisation.Solution;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The revenue-optimal disclosure LP (Bergemann, Heumann, Morris, Sorokin and Winter 2022) for uniform
 * values and four bidders as the number of quantile cells grows; the majorization constraints make the
 * constraint matrix {@code O(cells^2)} dense.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class DisclosureBenchmark {

    /** Number of quantile cells. */
    @Param({"25", "50", "100", "200"})
    public int cells;

    private AuctionDisclosure problem;

    /** Builds the problem. */
    @Setup
    public void setUp() {
        problem = AuctionDisclosure.of(q -> q, cells, 4);
    }

    /**
     * Solves the LP.
     *
     * @return the result
     */
    @Benchmark
    public Solution<DisclosurePolicy> revenueOptimalDisclosure() {
        return problem.solveRevenue();
    }
}
