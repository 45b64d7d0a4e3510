package org.mdlab.bench.bargaining;

import java.util.concurrent.TimeUnit;
import org.mdlab.bargaining.CoasianBargaining;
import org.mdlab.bargaining.GridPricing;
import org.mdlab.optimisation.Solution;
import org.mdlab.optimisation.SolverOptions;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * The seller's grid dynamic program of Coasian bargaining ({@link CoasianBargaining#solveSellerProgram}): build the
 * {@code (N + 1)²}-row Markov decision problem and solve it by value iteration to a Bellman residual of
 * {@code 10⁻¹⁰}, at {@code δ = 0.9} (about 220 sweeps), for three grid sizes.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SellerGridProgramBenchmark {

    /** The number of grid cells {@code N}. */
    @Param({"50", "100", "200"})
    public int cells;

    private final CoasianBargaining game = CoasianBargaining.uniform(0.9);

    /**
     * Builds and solves the grid program.
     *
     * @return the solution, so that the work is not eliminated
     */
    @Benchmark
    public Solution<GridPricing> solve() {
        return game.solveSellerProgram(cells, SolverOptions.defaults());
    }
}
