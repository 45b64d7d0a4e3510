package org.mdlab.dynamic;

import org.mdlab.optimisation.Solution;
import org.mdlab.optimisation.SolverOptions;

/**
 * The Bellman operator of a discounted dynamic program on a finite state space: the maximisation
 * {@code (T V)(s) = max_π (T_π V)(s)} with its greedy policy, and the backup {@code T_π} of a fixed policy
 * (Puterman 1994, <i>Markov Decision Processes</i>, §6.2). Both are {@code δ}-contractions in the sup
 * norm, which is what {@link ValueIteration} relies on for its stopping rule and error bound. A value of
 * {@code -∞} marks a state that cannot be reached by any policy (a promise that cannot be kept); the
 * backup keeps it there.
 *
 * @param <P> the policy type: an immutable value (a decision rule, a contract)
 */
public interface BellmanOperator<P> {

    /**
     * The number of states.
     *
     * @return {@code S >= 1}
     */
    int stateCount();

    /**
     * The contraction modulus of {@code T} and of every {@code T_π}: the discount factor.
     *
     * @return {@code δ} in (0, 1)
     */
    double discount();

    /**
     * One application of {@code T}: {@code T V} with the policy greedy with respect to {@code V}.
     *
     * @param values  the current values, one per state
     * @param options read for cancellation between sub-problems (one linear program per state)
     * @return {@code T V} and the greedy policy; a failure status when a sub-problem was not solved
     * @throws IllegalArgumentException if {@code values} has the wrong length or an inadmissible entry
     */
    Solution<ValueFunction<P>> improve(double[] values, SolverOptions options);

    /**
     * One application of the policy's own operator {@code T_π V = r_π + δ P_π V}.
     *
     * @param policy a policy of this problem
     * @param values the current values, one per state
     * @return {@code T_π V}
     * @throws IllegalArgumentException if the policy belongs to another problem or {@code values} has the
     *                                  wrong length
     */
    double[] backup(P policy, double[] values);
}
