package org.mdlab.bench.dynamic;

import java.util.concurrent.TimeUnit;
import org.mdlab.dynamic.commitment.DurableGoodProgram;
import org.mdlab.dynamic.commitment.DurableGoodSale;
import org.mdlab.optimisation.SolverOptions;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * One solve of the limited-commitment period-1 linear program (ojAlgo) on a 21-point posterior grid,
 * 69 variables; the concavification it checks is timed alongside.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class DurableGoodProgramBenchmark {

    private final DurableGoodSale sale = new DurableGoodSale(1, 2, 0.9);
    private final double[] grid = java.util.stream.IntStream.rangeClosed(0, 20).mapToDouble(k -> k / 20.0).toArray();

    /**
     * The LP.
     *
     * @return the optimal revenue
     */
    @Benchmark
    public double linearProgram() {
        return DurableGoodProgram.solve(sale, 0.75, grid, SolverOptions.defaults()).value().revenue();
    }

    /**
     * The concavification.
     *
     * @return the optimal revenue
     */
    @Benchmark
    public double concavification() {
        return sale.limitedCommitment(0.75).revenue();
    }
}
