package org.mdlab.dynamic;

import org.mdlab.market.Arguments;
import org.mdlab.optimisation.Diagnostics;
import org.mdlab.optimisation.Solution;
import org.mdlab.optimisation.SolverOptions;

import java.util.Arrays;

/**
 * A finite, discounted Markov decision problem: states {@code 0..S-1}, actions {@code 0..A-1} available
 * in every state, rewards {@code r(s, a)}, transition probabilities {@code P(s' | s, a)} stored sparsely
 * (one compressed row per state and action) and a discount factor {@code δ ∈ (0, 1)}. The Bellman
 * operator is {@code (T V)(s) = max_a r(s, a) + δ Σ_{s'} P(s' | s, a) V(s')} (Puterman 1994, Markov
 * Decision Processes, §6.2). Immutable.
 *
 * <p>One application of {@code T} costs {@code O(nnz)}, the number of stored transitions.
 */
public final class MarkovDecisionProblem implements BellmanOperator<StationaryPolicy> {

    /** The largest admissible deviation of a transition row's sum from 1. */
    public static final double STOCHASTIC_TOLERANCE = 1e-9;

    /** The most (state, action) rows and stored transitions a problem may have. */
    public static final long MAX_ROWS = Integer.MAX_VALUE - 8;

    /** The largest admissible bound {@code max |r| / (1 − δ)} on the values, so that every residual is finite. */
    public static final double LARGEST_VALUE = Double.MAX_VALUE / 4;

    private final int states;
    private final int actions;
    private final double discount;
    private final double[] rewards;
    private final int[] rowStart;
    private final int[] successors;
    private final double[] probabilities;

    private MarkovDecisionProblem(int states, int actions, double discount, double[] rewards,
                                  int[] rowStart, int[] successors, double[] probabilities) {
        this.states = states;
        this.actions = actions;
        this.discount = discount;
        this.rewards = rewards;
        this.rowStart = rowStart;
        this.successors = successors;
        this.probabilities = probabilities;
    }

    /**
     * A problem from dense arrays.
     *
     * @param transitions {@code transitions[a][s][s']} = {@code P(s' | s, a)}; each row non-negative and
     *                    summing to 1 within {@value #STOCHASTIC_TOLERANCE}
     * @param rewards     {@code rewards[a][s]} = {@code r(s, a)}; finite
     * @param discount    the discount factor; in (0, 1)
     * @return the problem
     * @throws IllegalArgumentException if the discount is outside (0, 1), the dimensions disagree, a
     *                                  probability is negative or a row does not sum to 1
     */
    public static MarkovDecisionProblem of(double[][][] transitions, double[][] rewards, double discount) {
        if (transitions == null || transitions.length == 0) {
            throw new IllegalArgumentException("transitions must hold at least one action");
        }
        if (rewards == null || rewards.length != transitions.length) {
            throw new IllegalArgumentException("rewards must have one row per action: expected " + transitions.length
                    + " (got " + (rewards == null ? "null" : rewards.length) + ")");
        }
        int states = transitions[0] == null ? 0 : transitions[0].length;
        Builder builder = builder(states, transitions.length, discount);
        for (int a = 0; a < transitions.length; a++) {
            if (transitions[a] == null || transitions[a].length != states) {
                throw new IllegalArgumentException("transitions[" + a + "] must have " + states + " rows (got "
                        + (transitions[a] == null ? "null" : transitions[a].length) + ")");
            }
            if (rewards[a] == null || rewards[a].length != states) {
                throw new IllegalArgumentException("rewards[" + a + "] must have " + states + " entries (got "
                        + (rewards[a] == null ? "null" : rewards[a].length) + ")");
            }
            for (int s = 0; s < states; s++) {
                double[] row = transitions[a][s];
                if (row == null || row.length != states) {
                    throw new IllegalArgumentException("transitions[" + a + "][" + s + "] must have " + states
                            + " entries (got " + (row == null ? "null" : row.length) + ")");
                }
                int nonzero = 0;
                for (double p : row) {
                    if (p != 0) {
                        nonzero++;
                    }
                }
                int[] next = new int[nonzero];
                double[] prob = new double[nonzero];
                for (int t = 0, k = 0; t < states; t++) {
                    if (row[t] != 0) {
                        next[k] = t;
                        prob[k++] = row[t];
                    }
                }
                builder.row(s, a, rewards[a][s], next, prob);
            }
        }
        return builder.build();
    }

    /**
     * A builder for a sparse problem; every (state, action) row must be set exactly once.
     *
     * @param states   the number of states; {@code >= 1}
     * @param actions  the number of actions; {@code >= 1}
     * @param discount the discount factor; in (0, 1)
     * @return an empty builder
     * @throws IllegalArgumentException if a count is below 1 or the discount is outside (0, 1)
     */
    public static Builder builder(int states, int actions, double discount) {
        return new Builder(states, actions, discount);
    }

    /**
     * The number of states.
     *
     * @return {@code S}
     */
    @Override
    public int stateCount() {
        return states;
    }

    /**
     * The number of actions.
     *
     * @return {@code A}
     */
    public int actionCount() {
        return actions;
    }

    /**
     * The discount factor.
     *
     * @return {@code δ}
     */
    @Override
    public double discount() {
        return discount;
    }

    /**
     * The number of stored transitions.
     *
     * @return the count of non-zero {@code P(s' | s, a)}
     */
    public int transitionCount() {
        return successors.length;
    }

    /**
     * The flow reward of an action in a state.
     *
     * @param state  a state in {@code 0..S-1}
     * @param action an action in {@code 0..A-1}
     * @return {@code r(s, a)}
     * @throws IllegalArgumentException if an index is out of range
     */
    public double reward(int state, int action) {
        return rewards[row(state, action)];
    }

    /**
     * The expected continuation value {@code Σ_{s'} P(s' | s, a) V(s')}.
     *
     * @param state  a state in {@code 0..S-1}
     * @param action an action in {@code 0..A-1}
     * @param values a value function of length {@code S}
     * @return the expectation of {@code values} at the next state
     * @throws IllegalArgumentException if an index is out of range or {@code values} has the wrong length
     */
    public double expectation(int state, int action, double[] values) {
        int row = row(state, action);
        return expectationOfRow(row, requireValues("values", values));
    }

    /**
     * The action-value {@code r(s, a) + δ Σ_{s'} P(s' | s, a) V(s')}.
     *
     * @param state  a state in {@code 0..S-1}
     * @param action an action in {@code 0..A-1}
     * @param values a value function of length {@code S}
     * @return the value of taking {@code action} in {@code state} and continuing with {@code values}
     * @throws IllegalArgumentException if an index is out of range or {@code values} has the wrong length
     */
    public double actionValue(int state, int action, double[] values) {
        int row = row(state, action);
        return rewards[row] + discount * expectationOfRow(row, requireValues("values", values));
    }

    private double expectationOfRow(int row, double[] values) {
        double sum = 0;
        for (int k = rowStart[row]; k < rowStart[row + 1]; k++) {
            sum += probabilities[k] * values[successors[k]];
        }
        return sum;
    }

    /**
     * One application of the Bellman operator (Puterman 1994, §6.2) into caller-supplied arrays, ties
     * broken towards the lowest action: the allocation-free form of {@link #improve}.
     *
     * @param values the current value function; length {@code S}
     * @param next   receives {@code T V}; length {@code S}
     * @param policy receives the greedy action of each state; length {@code S}
     * @return the sup-norm residual {@code ||T V - V||_∞}
     * @throws IllegalArgumentException if an array has the wrong length
     */
    public double bellman(double[] values, double[] next, int[] policy) {
        requireValues("values", values);
        requireValues("next", next);
        if (Arguments.notNull("policy", policy).length != states) {
            throw new IllegalArgumentException("policy must have one entry per state: expected " + states
                    + " (got " + policy.length + ")");
        }
        double residual = 0;
        for (int s = 0; s < states; s++) {
            double best = Double.NEGATIVE_INFINITY;
            int argmax = 0;
            for (int a = 0; a < actions; a++) {
                int row = a * states + s;
                double q = rewards[row] + discount * expectationOfRow(row, values);
                if (q > best) {
                    best = q;
                    argmax = a;
                }
            }
            next[s] = best;
            policy[s] = argmax;
            residual = Math.max(residual, Math.abs(best - values[s]));
        }
        return residual;
    }

    /**
     * {@inheritDoc} Here {@code (T V)(s) = max_a r(s, a) + δ Σ_{s'} P(s' | s, a) V(s')}, ties broken
     * towards the lowest action; always optimal.
     */
    @Override
    public Solution<ValueFunction<StationaryPolicy>> improve(double[] values, SolverOptions options) {
        Arguments.notNull("options", options);
        double[] next = new double[states];
        int[] policy = new int[states];
        bellman(values, next, policy);
        return Solution.optimal(new ValueFunction<>(next, new StationaryPolicy(policy)), Diagnostics.iterations(1));
    }

    /**
     * {@inheritDoc} Here {@code (T_π V)(s) = r(s, π(s)) + δ Σ_{s'} P(s' | s, π(s)) V(s')}.
     */
    @Override
    public double[] backup(StationaryPolicy policy, double[] values) {
        return backup(policy, rewardsOf(policy), values);
    }

    private double[] backup(StationaryPolicy policy, double[] flow, double[] values) {
        requireValues("values", values);
        double[] next = new double[states];
        for (int s = 0; s < states; s++) {
            next[s] = flow[s] + discount * expectationOfRow(policy.action(s) * states + s, values);
        }
        return next;
    }

    /**
     * Value iteration from {@code V = 0} (Puterman 1994, §6.3), or modified policy iteration when
     * {@link SolverOptions#evaluationSweeps()} exceeds 1 (§6.5; a large number of sweeps is policy
     * iteration), by the {@link ValueIteration} driver: stops when the Bellman residual
     * {@code ||T V - V||_∞} of the current iterate is at most the tolerance. The returned values are that
     * iterate with its greedy policy, within {@code residual / (1 - δ)} of the optimum. Cost {@code O(nnz)}
     * per sweep.
     *
     * @param options tolerance (Bellman residual), iteration limit (sweeps), evaluation sweeps, progress, cancellation
     * @return the solution; {@link org.mdlab.optimisation.Status#ITERATION_LIMIT} with the last iterate if the limit binds
     * @throws IllegalArgumentException if {@code options} is null
     * @throws java.util.concurrent.CancellationException if cancellation was requested
     */
    public Solution<ValueFunction<StationaryPolicy>> solve(SolverOptions options) {
        return ValueIteration.solve(this, new double[states], Arguments.notNull("options", options),
                "value iteration, " + states + " states");
    }

    /**
     * The value of a fixed policy, {@code V = r_π + δ P_π V}, by successive approximation from 0 until the
     * change between iterates is at most {@code tolerance (1 - δ) / δ}, so that the returned values are
     * within {@code tolerance} of the policy's value ({@link ValueIteration#evaluate}).
     *
     * @param policy  the action of each state; {@code S} entries in {@code 0..A-1}
     * @param options tolerance (accuracy of the values), iteration limit (sweeps) and cancellation
     * @return the policy's values; {@link org.mdlab.optimisation.Status#ITERATION_LIMIT} with the last
     *         iterate when the sweeps ran out first
     * @throws IllegalArgumentException if the policy has the wrong length or an action out of range
     */
    public Solution<double[]> evaluate(StationaryPolicy policy, SolverOptions options) {
        requirePolicy(policy);
        return evaluate(policy, rewardsOf(policy), options);
    }

    /**
     * The discounted value of an arbitrary flow {@code f(s)} along a fixed policy,
     * {@code U = f + δ P_π U}, by successive approximation from 0 to accuracy {@code tolerance}; used for
     * an agent's own utility under a mechanism, whose flow is not the problem's reward.
     *
     * @param policy  the action of each state; {@code S} entries in {@code 0..A-1}
     * @param flow    the flow payoff of each state; length {@code S}, finite
     * @param options tolerance (accuracy of the values), iteration limit (sweeps) and cancellation
     * @return the discounted values of the flow, with status
     * @throws IllegalArgumentException if an array has the wrong length, a flow is not finite or an action
     *                                  is out of range
     */
    public Solution<double[]> evaluate(StationaryPolicy policy, double[] flow, SolverOptions options) {
        requirePolicy(policy);
        double[] f = Arguments.finiteArray("flow", flow);
        if (f.length != states) {
            throw new IllegalArgumentException("flow must have one entry per state: expected " + states
                    + " (got " + f.length + ")");
        }
        Arguments.notNull("options", options);
        return ValueIteration.evaluate(v -> backup(policy, f, v), discount, new double[states], options,
                "policy evaluation, " + states + " states");
    }

    /**
     * The successor drawn by inverting the cumulative transition probabilities at {@code uniform}.
     *
     * @param state   a state in {@code 0..S-1}
     * @param action  an action in {@code 0..A-1}
     * @param uniform a number in [0, 1)
     * @return the next state
     * @throws IllegalArgumentException if an index is out of range or {@code uniform} is outside [0, 1)
     */
    public int sample(int state, int action, double uniform) {
        int row = row(state, action);
        if (!(uniform >= 0 && uniform < 1)) {
            throw new IllegalArgumentException("uniform must lie in [0, 1) (got " + uniform + ")");
        }
        double cumulative = 0;
        for (int k = rowStart[row]; k < rowStart[row + 1]; k++) {
            cumulative += probabilities[k];
            if (uniform < cumulative) {
                return successors[k];
            }
        }
        return successors[rowStart[row + 1] - 1];
    }

    private int row(int state, int action) {
        Arguments.index("state", state, states);
        Arguments.index("action", action, actions);
        return action * states + state;
    }

    private double[] rewardsOf(StationaryPolicy policy) {
        requirePolicy(policy);
        double[] flow = new double[states];
        for (int s = 0; s < states; s++) {
            flow[s] = rewards[policy.action(s) * states + s];
        }
        return flow;
    }

    private double[] requireValues(String name, double[] values) {
        if (Arguments.notNull(name, values).length != states) {
            throw new IllegalArgumentException(name + " must have one entry per state: expected " + states
                    + " (got " + values.length + ")");
        }
        return values;
    }

    private void requirePolicy(StationaryPolicy policy) {
        if (Arguments.notNull("policy", policy).stateCount() != states) {
            throw new IllegalArgumentException("policy must have one action per state: expected " + states
                    + " (got " + policy.stateCount() + ")");
        }
        for (int s = 0; s < states; s++) {
            if (policy.action(s) >= actions) {
                throw new IllegalArgumentException("policy action of state " + s + " must lie in [0, " + actions
                        + ") (got " + policy.action(s) + ")");
            }
        }
    }

    /**
     * Collects the rows of a sparse {@link MarkovDecisionProblem}; not thread-safe.
     */
    public static final class Builder {
        private final int states;
        private final int actions;
        private final double discount;
        private final double[] rewards;
        private final int[][] next;
        private final double[][] prob;

        private Builder(int states, int actions, double discount) {
            if (states < 1) {
                throw new IllegalArgumentException("states must be >= 1 (got " + states + ")");
            }
            if (actions < 1) {
                throw new IllegalArgumentException("actions must be >= 1 (got " + actions + ")");
            }
            Arguments.openUnit("discount", discount);
            Arguments.sizeAtMost("states × actions", (long) states * actions, MAX_ROWS,
                    "one reward and one transition row per (state, action)");
            this.states = states;
            this.actions = actions;
            this.discount = discount;
            this.rewards = new double[states * actions];
            this.next = new int[states * actions][];
            this.prob = new double[states * actions][];
        }

        /**
         * Sets the reward and transition row of one state and action.
         *
         * @param state         a state in {@code 0..S-1}
         * @param action        an action in {@code 0..A-1}
         * @param reward        {@code r(s, a)}; finite
         * @param successors    the states reachable with positive probability, each in {@code 0..S-1}
         * @param probabilities their probabilities; non-negative, summing to 1 within {@value #STOCHASTIC_TOLERANCE}
         * @return this builder
         * @throws IllegalArgumentException if an index is out of range, the row was already set, the reward
         *                                  is not finite, the lengths differ, or the row is not stochastic
         */
        public Builder row(int state, int action, double reward, int[] successors, double[] probabilities) {
            Arguments.index("state", state, states);
            Arguments.index("action", action, actions);
            int row = action * states + state;
            if (next[row] != null) {
                throw new IllegalArgumentException("row (state " + state + ", action " + action + ") was already set");
            }
            if (!Double.isFinite(reward)) {
                throw new IllegalArgumentException("reward(" + state + ", " + action + ") must be finite (got " + reward + ")");
            }
            if (successors == null || probabilities == null || successors.length != probabilities.length) {
                throw new IllegalArgumentException("successors and probabilities of (state " + state + ", action "
                        + action + ") must have equal lengths");
            }
            double sum = 0;
            for (int k = 0; k < successors.length; k++) {
                if (successors[k] < 0 || successors[k] >= states) {
                    throw new IllegalArgumentException("successor of (state " + state + ", action " + action
                            + ") must lie in 0.." + (states - 1) + " (got " + successors[k] + ")");
                }
                if (!(probabilities[k] >= 0) || !Double.isFinite(probabilities[k])) {
                    throw new IllegalArgumentException("transition probabilities must be finite and >= 0 (got "
                            + probabilities[k] + " at state " + state + ", action " + action + ")");
                }
                sum += probabilities[k];
            }
            if (Math.abs(sum - 1) > STOCHASTIC_TOLERANCE) {
                throw new IllegalArgumentException("transition probabilities of state " + state + " under action "
                        + action + " must sum to 1 within " + STOCHASTIC_TOLERANCE + " (got " + sum + ")");
            }
            rewards[row] = reward;
            next[row] = successors.clone();
            prob[row] = probabilities.clone();
            return this;
        }

        /**
         * The problem.
         *
         * @return an immutable problem
         * @throws IllegalArgumentException if a (state, action) row was never set
         */
        public MarkovDecisionProblem build() {
            int[] rowStart = new int[states * actions + 1];
            long stored = 0;
            double largestReward = 0;
            for (int row = 0; row < next.length; row++) {
                if (next[row] == null) {
                    throw new IllegalArgumentException("row (state " + (row % states) + ", action " + (row / states)
                            + ") was never set");
                }
                stored += next[row].length;
                Arguments.sizeAtMost("stored transitions", stored, MAX_ROWS, "O(transitions) memory");
                rowStart[row + 1] = (int) stored;
                largestReward = Math.max(largestReward, Math.abs(rewards[row]));
            }
            if (!(largestReward / (1 - discount) <= LARGEST_VALUE)) {
                throw new IllegalArgumentException("rewards must satisfy max |r| / (1 - discount) <= " + LARGEST_VALUE
                        + " so that values and residuals stay finite (got max |r| = " + largestReward + ", discount "
                        + discount + ")");
            }
            int[] successors = new int[rowStart[next.length]];
            double[] probabilities = new double[successors.length];
            for (int row = 0; row < next.length; row++) {
                System.arraycopy(next[row], 0, successors, rowStart[row], next[row].length);
                System.arraycopy(prob[row], 0, probabilities, rowStart[row], prob[row].length);
            }
            return new MarkovDecisionProblem(states, actions, discount, rewards.clone(), rowStart, successors,
                    probabilities);
        }
    }

    @Override
    public String toString() {
        return "MarkovDecisionProblem[states=" + states + ", actions=" + actions + ", discount=" + discount
                + ", transitions=" + successors.length + "]";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MarkovDecisionProblem m && states == m.states && actions == m.actions
                && Double.compare(discount, m.discount) == 0 && Arrays.equals(rewards, m.rewards)
                && Arrays.equals(rowStart, m.rowStart) && Arrays.equals(successors, m.successors)
                && Arrays.equals(probabilities, m.probabilities);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(rewards) * 31 + Arrays.hashCode(successors);
    }
}
