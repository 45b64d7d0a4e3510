package org.mdlab.dynamic;

import org.mdlab.optimisation.SolverState;

/**
 * The outcome of LP-based value-function iteration on a {@link PersistentAllocationProblem}: the
 * principal's values {@code V_j(w, ŵ)} ({@code -∞} where the state cannot be promised), the policy greedy
 * with respect to them, the sup-norm Bellman residual over the states kept, the number of LP rounds,
 * whether the tolerance was met, and the solver state. By the contraction property the values are within
 * {@code residual / (1 - δ)} of the grid problem's fixed point (Puterman 1994, §6.3).
 */
public final class PersistentAllocationSolution {

    private final PersistentAllocationProblem problem;
    private final double[] values;
    private final PersistentAllocationPolicy policy;
    private final double residual;
    private final int iterations;
    private final Convergence convergence;
    private final SolverState solverState;
    private final int failedState;

    private PersistentAllocationSolution(PersistentAllocationProblem problem, double[] values,
                                         PersistentAllocationPolicy policy, double residual, int iterations,
                                         Convergence convergence, SolverState solverState, int failedState) {
        this.problem = problem;
        this.values = values.clone();
        this.policy = policy;
        this.residual = residual;
        this.iterations = iterations;
        this.convergence = convergence;
        this.solverState = solverState;
        this.failedState = failedState;
    }

    static PersistentAllocationSolution solved(double[] values, PersistentAllocationPolicy policy, double residual,
                                               int iterations, Convergence convergence) {
        return new PersistentAllocationSolution(policy.problem(), values, policy, residual, iterations, convergence,
                SolverState.OPTIMAL, -1);
    }

    static PersistentAllocationSolution failed(PersistentAllocationProblem problem, double[] values, double residual,
                                               int iterations, SolverState state, int failedState) {
        return new PersistentAllocationSolution(problem, values, null, residual, iterations,
                Convergence.ITERATION_LIMIT, state, failedState);
    }

    /** @return the problem */
    public PersistentAllocationProblem problem() {
        return problem;
    }

    /** @return {@code V} per state index (a copy); {@code -∞} where the state cannot be promised */
    public double[] values() {
        return values.clone();
    }

    /**
     * @param belief       yesterday's reported type
     * @param promiseIndex the promise index
     * @param threatIndex  the threat index
     * @return {@code V_j(w, ŵ)}
     */
    public double value(int belief, int promiseIndex, int threatIndex) {
        return values[problem.state(belief, promiseIndex, threatIndex)];
    }

    /** @return the Bellman residual of {@link #values()}; infinite if a state was dropped in the last round */
    public double residual() {
        return residual;
    }

    /** @return the a-posteriori bound {@code residual / (1 - δ)} on the distance to the fixed point */
    public double errorBound() {
        return residual / (1 - problem.model().discount());
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

    /** @return the state index of the failed program, or -1 */
    public int failedState() {
        return failedState;
    }

    /** @return whether every LP was optimal or infeasible and the tolerance was met */
    public boolean converged() {
        return solverState == SolverState.OPTIMAL && convergence == Convergence.CONVERGED;
    }

    /**
     * The policy greedy with respect to {@link #values()}.
     *
     * @return the policy
     * @throws IllegalStateException if a linear program failed
     */
    public PersistentAllocationPolicy policy() {
        if (policy == null) {
            throw new IllegalStateException("no policy: the program at state " + failedState + " ended " + solverState);
        }
        return policy;
    }

    @Override
    public String toString() {
        return "PersistentAllocationSolution[" + solverState + ", " + convergence + ", residual=" + residual
                + ", iterations=" + iterations + "]";
    }
}
