package org.mdlab.bench.information;

import java.util.concurrent.TimeUnit;
import org.mdlab.information.OptimalAuctionDisclosure;
import org.mdlab.information.OptimalAuctionPolicy;
import org.mdlab.information.ParetoCentreDisclosure;
import org.mdlab.information.ParetoCentrePolicy;
import org.mdlab.optimisation.Solution;
import org.mdlab.optimisation.SolverOptions;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The bidder-optimal information structure in the seller's optimal auction (Bergemann, Heumann and Morris;
 * one bidder: Roesler and Szentes 2017) for uniform values as the number of quantile cells grows: one LP
 * per reserve cell, each with {@code N} variables and {@code O(N^2)} majorization coefficients (one bidder:
 * {@code N} price-obedience rows; two bidders: concavity rows). The three-region family on {@code 50 N}
 * quantile steps is timed beside it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class OptimalAuctionDisclosureBenchmark {

    /** Number of quantile cells. */
    @Param({"20", "40", "80"})
    public int cells;

    private OptimalAuctionDisclosure oneBidder;
    private OptimalAuctionDisclosure twoBidders;
    private ParetoCentreDisclosure family;

    /** Builds the problems. */
    @Setup
    public void setUp() {
        oneBidder = OptimalAuctionDisclosure.of(q -> q, cells, 1);
        twoBidders = OptimalAuctionDisclosure.of(q -> q, cells, 2);
        family = ParetoCentreDisclosure.of(q -> q, 2, 50 * cells);
    }

    /**
     * The one-bidder LP with the seller's price-obedience constraints.
     *
     * @return the result
     */
    @Benchmark
    public Solution<OptimalAuctionPolicy> oneBidderLp() {
        return oneBidder.solve(SolverOptions.defaults());
    }

    /**
     * The two-bidder LP with regularity and local reserve optimality.
     *
     * @return the result
     */
    @Benchmark
    public Solution<OptimalAuctionPolicy> twoBidderLp() {
        return twoBidders.solve(SolverOptions.defaults());
    }

    /**
     * The three-region family, two bidders, on {@code 50 N} steps.
     *
     * @return the result
     */
    @Benchmark
    public Solution<ParetoCentrePolicy> twoBidderFamily() {
        return family.solve(1.0 / (50 * cells), SolverOptions.defaults());
    }
}
