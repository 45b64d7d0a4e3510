package org.mdlab.mechanism;

/** The outcome of a linear program solved by this package: a solver failure is a state, never a number. */
public enum SolverState {
    /** An optimal solution was found. */
    OPTIMAL,
    /** The constraints have no solution. */
    INFEASIBLE,
    /** The objective is unbounded on the feasible set. */
    UNBOUNDED,
    /** The solver stopped without a conclusion. */
    FAILED
}
