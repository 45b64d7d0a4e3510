package org.mdlab.optimisation;

import org.ojalgo.optimisation.Optimisation;

/**
 * The outcome state of a linear program, mirrored from ojAlgo's {@link Optimisation.State} so that
 * results carry a state instead of a number when the solver does not succeed.
 */
public enum SolverState {
    /** An optimal solution was found. */
    OPTIMAL,
    /** The constraints admit no solution. */
    INFEASIBLE,
    /** The objective is unbounded on the feasible set. */
    UNBOUNDED,
    /** The solver stopped without an optimal solution for another reason. */
    FAILED;

    /**
     * The state of an ojAlgo result.
     *
     * @param state ojAlgo's state
     * @return {@link #OPTIMAL} for an optimal or distinct solution, {@link #INFEASIBLE},
     *         {@link #UNBOUNDED}, or {@link #FAILED} for anything else
     */
    public static SolverState of(Optimisation.State state) {
        if (state.isOptimal()) {
            return OPTIMAL;
        }
        if (state == Optimisation.State.INFEASIBLE) {
            return INFEASIBLE;
        }
        if (state == Optimisation.State.UNBOUNDED) {
            return UNBOUNDED;
        }
        return FAILED;
    }
}
