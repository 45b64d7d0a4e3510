package org.mdlab.dynamic;

import org.mdlab.optimisation.SolverState;

/**
 * One application of the Bellman operator of a {@link PromisedUtilityProblem}: either the updated values
 * with the maximising contract, or the state of the first grid point's linear program that was not
 * solved to optimality.
 */
public final class PromisedUtilityStep {

    private final double[] values;
    private final PromisedUtilityContract contract;
    private final SolverState state;
    private final int failedGridPoint;

    private PromisedUtilityStep(double[] values, PromisedUtilityContract contract, SolverState state,
                                int failedGridPoint) {
        this.values = values;
        this.contract = contract;
        this.state = state;
        this.failedGridPoint = failedGridPoint;
    }

    static PromisedUtilityStep solved(double[] values, PromisedUtilityContract contract) {
        return new PromisedUtilityStep(values.clone(), contract, SolverState.OPTIMAL, -1);
    }

    static PromisedUtilityStep failed(SolverState state, int gridPoint) {
        return new PromisedUtilityStep(new double[0], null, state, gridPoint);
    }

    /** @return whether every grid point's program was solved to optimality */
    public boolean solved() {
        return state == SolverState.OPTIMAL;
    }

    /** @return {@link SolverState#OPTIMAL}, or the state of the first program that failed */
    public SolverState state() {
        return state;
    }

    /** @return the index of the grid point whose program failed, or -1 if all were solved */
    public int failedGridPoint() {
        return failedGridPoint;
    }

    /**
     * The updated values {@code (T V)(w_j)}.
     *
     * @return the values (a copy)
     * @throws IllegalStateException if a program failed
     */
    public double[] values() {
        requireSolved();
        return values.clone();
    }

    /**
     * The contract attaining {@code T V}.
     *
     * @return the maximising lotteries at every grid point
     * @throws IllegalStateException if a program failed
     */
    public PromisedUtilityContract contract() {
        requireSolved();
        return contract;
    }

    private void requireSolved() {
        if (!solved()) {
            throw new IllegalStateException("the program at grid point " + failedGridPoint + " ended " + state);
        }
    }

    @Override
    public String toString() {
        return solved() ? "PromisedUtilityStep[solved, " + values.length + " grid points]"
                : "PromisedUtilityStep[" + state + " at grid point " + failedGridPoint + "]";
    }
}
