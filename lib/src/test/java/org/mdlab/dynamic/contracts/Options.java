package org.mdlab.dynamic.contracts;

import org.mdlab.optimisation.SolverOptions;

/** Solver options of the dynamic tests, built from a tolerance, a limit and the sweeps per round. */
final class Options {

    private Options() {
    }

    static SolverOptions of(double tolerance, long iterations, int evaluationSweeps) {
        return SolverOptions.defaults().withTolerance(tolerance).withIterationLimit(iterations)
                .withEvaluationSweeps(evaluationSweeps);
    }
}
