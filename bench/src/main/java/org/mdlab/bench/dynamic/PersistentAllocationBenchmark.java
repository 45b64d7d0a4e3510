package org.mdlab.bench.dynamic;

import java.util.concurrent.TimeUnit;
import org.mdlab.dynamic.contracts.PersistentAllocation;
import org.mdlab.dynamic.contracts.PersistentAllocationProblem;
import org.mdlab.dynamic.contracts.PersistentAllocationPolicy;
import org.mdlab.dynamic.ValueFunction;
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
 * One Bellman step of Guo–Hörner with persistent values (p = 0.7, notebook 12's model): one ojAlgo
 * linear program per state {@code (j, w, ŵ)} kept, on {@code points × points} grids per belief, at the
 * converged values (so the kept states are the grid's self-generating set).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PersistentAllocationBenchmark {

    /** Grid points per axis. */
    @Param({"7", "13"})
    public int points;

    private PersistentAllocationProblem problem;
    private double[] values;

    /** Solves the problem once; the benchmark repeats one step at the solution. */
    @Setup
    public void setUp() {
        problem = PersistentAllocation.symmetric(0.5, 2, 1, 0.7, 0.8).problem(points);
        values = problem.solve(SolverOptions.defaults().withTolerance(1e-9).withIterationLimit(200)
                .withEvaluationSweeps(51)).value().values();
    }

    /**
     * One Bellman step: a linear program at every kept state.
     *
     * @return the step, so that the work is not eliminated
     */
    @Benchmark
    public Solution<ValueFunction<PersistentAllocationPolicy>> bellmanStep() {
        return problem.improve(values, SolverOptions.defaults());
    }
}
