package org.mdlab.bench.dynamic;

import java.util.concurrent.TimeUnit;
import org.mdlab.dynamic.contracts.AllocationWithoutMoney;
import org.mdlab.dynamic.contracts.HiddenIncomeInsurance;
import org.mdlab.dynamic.contracts.PromisedUtilityProblem;
import org.mdlab.dynamic.contracts.PromisedUtilityContract;
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
 * One LP-based value-function iteration of a promised-utility recursion (one ojAlgo linear program per
 * grid point): Thomas–Worrall insurance with 33 promises and 41 transfers (notebook 12's size), and
 * Guo–Hörner allocation with 31 promises.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PromisedUtilityIterationBenchmark {

    /** The model: {@code insurance} (Thomas–Worrall) or {@code allocation} (Guo–Hörner). */
    @Param({"insurance", "allocation"})
    public String model;

    private PromisedUtilityProblem problem;
    private double[] values;

    /** Builds the problem and a starting value function (the result of a few iterations from zero). */
    @Setup
    public void setUp() {
        if (model.equals("insurance")) {
            HiddenIncomeInsurance insurance = HiddenIncomeInsurance.of(1, 3, 0.5, 1, 0.7);
            double ce0 = -insurance.caraReduction().constant();
            problem = insurance.problem(insurance.promisedUtilityGrid(ce0 - 3.6, ce0 + 1.2, 33),
                    insurance.transferGrid(ce0 - 3.6, ce0 + 1.2, 41));
        } else {
            problem = AllocationWithoutMoney.of(0.5, 2, 1, 0.5, 0.8).problem(31);
        }
        values = new double[problem.gridSize()];
        for (int k = 0; k < 3; k++) {
            values = problem.improve(values, SolverOptions.defaults()).value().values();
        }
    }

    /**
     * One Bellman step: a linear program at every grid point.
     *
     * @return the step, so that the work is not eliminated
     */
    @Benchmark
    public Solution<ValueFunction<PromisedUtilityContract>> bellmanStep() {
        return problem.improve(values, SolverOptions.defaults());
    }
}
