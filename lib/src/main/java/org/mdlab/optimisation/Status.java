package org.mdlab.optimisation;

/**
 * How a solver of the library stopped: the one outcome vocabulary shared by linear programs, value and
 * policy iteration, searches and every other iterative computation. A {@link Solution} carries it, so a
 * failure is a state to read, never a number such as NaN.
 */
public enum Status {
    /** An optimal (or converged, within the requested tolerance) solution was found. */
    OPTIMAL,
    /** The iteration limit was reached first; the payload, when present, is the last iterate. */
    ITERATION_LIMIT,
    /** The constraints admit no solution. */
    INFEASIBLE,
    /** The objective is unbounded on the feasible set. */
    UNBOUNDED,
    /** The solver stopped without a solution for another reason (numerical trouble, a time limit). */
    FAILED;

    /**
     * Whether this status means the requested accuracy was reached.
     *
     * @return {@code true} for {@link #OPTIMAL} only
     */
    public boolean isOptimal() {
        return this == OPTIMAL;
    }

    /**
     * Whether a solution with this status can carry a payload: an optimum, or the last iterate of a
     * truncated iteration.
     *
     * @return {@code true} for {@link #OPTIMAL} and {@link #ITERATION_LIMIT}
     */
    public boolean admitsPayload() {
        return this == OPTIMAL || this == ITERATION_LIMIT;
    }
}
