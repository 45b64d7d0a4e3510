package org.mdlab.dynamic;

import org.mdlab.optimisation.SolverState;

/**
 * The outcome of LP-based value-function iteration on a {@link PromisedUtilityProblem}: the principal's
 * values on the grid, the contract greedy with respect to them, the sup-norm Bellman residual
 * {@code ||T V - V||_∞} of those values, the number of LP rounds, whether the tolerance was met, and the
 * solver state of the linear programs. By the contraction property the values are within
 * {@code residual / (1 - δ)} of the fixed point (Puterman 1994, §6.3).
 */
public final class PromisedUtilitySolution {

    private final double[] values;
    private final PromisedUtilityContract contract;
    private final double residual;
    private final int iterations;
    private final Convergence convergence;
    private final SolverState solverState;
    private final int failedGridPoint;
    private final double discount;

    private PromisedUtilitySolution(double[] values, PromisedUtilityContract contract, double residual,
                                    int iterations, Convergence convergence, SolverState solverState,
                                    int failedGridPoint, double discount) {
        this.values = values.clone();
        this.contract = contract;
        this.residual = residual;
        this.iterations = iterations;
        this.convergence = convergence;
        this.solverState = solverState;
        this.failedGridPoint = failedGridPoint;
        this.discount = discount;
    }

    static PromisedUtilitySolution solved(double[] values, PromisedUtilityContract contract, double residual,
                                          int iterations, Convergence convergence) {
        return new PromisedUtilitySolution(values, contract, residual, iterations, convergence, SolverState.OPTIMAL,
                -1, contract.problem().discount());
    }

    static PromisedUtilitySolution failed(PromisedUtilityProblem problem, double[] values, double residual,
                                          int iterations, SolverState state, int gridPoint) {
        return new PromisedUtilitySolution(values, null, residual, iterations, Convergence.ITERATION_LIMIT, state,
                gridPoint, problem.discount());
    }

    /** @return the principal's value at each grid point (a copy) */
    public double[] values() {
        return values.clone();
    }

    /**
     * @param gridPoint a grid index
     * @return {@code V(w_j)}
     */
    public double value(int gridPoint) {
        return values[gridPoint];
    }

    /** @return the Bellman residual of {@link #values()}; infinite if the first LP round failed */
    public double residual() {
        return residual;
    }

    /** @return the a-posteriori bound {@code residual / (1 - δ)} on the distance to the fixed point */
    public double errorBound() {
        return residual / (1 - discount);
    }

    /** @return the number of LP rounds performed */
    public int iterations() {
        return iterations;
    }

    /** @return whether the residual met the tolerance */
    public Convergence convergence() {
        return convergence;
    }

    /** @return {@link SolverState#OPTIMAL} unless a linear program failed */
    public SolverState solverState() {
        return solverState;
    }

    /** @return the grid index of the failed program, or -1 */
    public int failedGridPoint() {
        return failedGridPoint;
    }

    /** @return whether every LP was optimal and the tolerance was met */
    public boolean converged() {
        return solverState == SolverState.OPTIMAL && convergence == Convergence.CONVERGED;
    }

    /**
     * The contract greedy with respect to {@link #values()}.
     *
     * @return the contract
     * @throws IllegalStateException if a linear program failed
     */
    public PromisedUtilityContract contract() {
        if (contract == null) {
            throw new IllegalStateException("no contract: the program at grid point " + failedGridPoint + " ended "
                    + solverState);
        }
        return contract;
    }

    @Override
    public String toString() {
        return "PromisedUtilitySolution[" + solverState + ", " + convergence + ", residual=" + residual
                + ", iterations=" + iterations + "]";
    }
}
