package org.mdlab.dynamic;

import org.mdlab.optimisation.SolverState;

/**
 * One application of the Bellman operator of a {@link PersistentAllocationProblem}: the greedy policy, or
 * the solver state of the first program that ended neither optimal nor infeasible.
 */
public final class PersistentAllocationStep {

    private final PersistentAllocationPolicy policy;
    private final SolverState state;
    private final int failedState;

    private PersistentAllocationStep(PersistentAllocationPolicy policy, SolverState state, int failedState) {
        this.policy = policy;
        this.state = state;
        this.failedState = failedState;
    }

    static PersistentAllocationStep solved(PersistentAllocationPolicy policy) {
        return new PersistentAllocationStep(policy, SolverState.OPTIMAL, -1);
    }

    static PersistentAllocationStep failed(SolverState state, int failedState) {
        return new PersistentAllocationStep(null, state, failedState);
    }

    /** @return whether every program was optimal or infeasible */
    public boolean solved() {
        return state == SolverState.OPTIMAL;
    }

    /** @return {@link SolverState#OPTIMAL}, or the state of the first program that failed */
    public SolverState state() {
        return state;
    }

    /** @return the index of the failed program's state, or -1 */
    public int failedState() {
        return failedState;
    }

    /**
     * @return the greedy policy
     * @throws IllegalStateException if a program failed
     */
    public PersistentAllocationPolicy policy() {
        if (policy == null) {
            throw new IllegalStateException("no policy: the program at state " + failedState + " ended " + state);
        }
        return policy;
    }

    @Override
    public String toString() {
        return "PersistentAllocationStep[" + state + (failedState >= 0 ? " at state " + failedState : "") + "]";
    }
}
