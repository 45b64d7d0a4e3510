package org.mdlab.dynamic;

import org.mdlab.progress.Progress;

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
public final class MarkovDecisionProblem {

    /** The largest admissible deviation of a transition row's sum from 1. */
    public static final double STOCHASTIC_TOLERANCE = 1e-9;

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
     * @param state  a state
     * @param action an action
     * @return {@code r(s, a)}
     */
    public double reward(int state, int action) {
        return rewards[action * states + state];
    }

    /**
     * The expected continuation value {@code Σ_{s'} P(s' | s, a) V(s')}.
     *
     * @param state  a state
     * @param action an action
     * @param values a value function of length {@code S}
     * @return the expectation of {@code values} at the next state
     */
    public double expectation(int state, int action, double[] values) {
        int row = action * states + state;
        double sum = 0;
        for (int k = rowStart[row]; k < rowStart[row + 1]; k++) {
            sum += probabilities[k] * values[successors[k]];
        }
        return sum;
    }

    /**
     * The action-value {@code r(s, a) + δ Σ_{s'} P(s' | s, a) V(s')}.
     *
     * @param state  a state
     * @param action an action
     * @param values a value function of length {@code S}
     * @return the value of taking {@code action} in {@code state} and continuing with {@code values}
     */
    public double actionValue(int state, int action, double[] values) {
        return reward(state, action) + discount * expectation(state, action, values);
    }

    /**
     * One application of the Bellman operator (Puterman 1994, §6.2), ties broken towards the lowest action.
     *
     * @param values the current value function; length {@code S}
     * @param next   receives {@code T V}; length {@code S}
     * @param policy receives the greedy action of each state; length {@code S}
     * @return the sup-norm residual {@code ||T V - V||_∞}
     */
    public double bellman(double[] values, double[] next, int[] policy) {
        double residual = 0;
        for (int s = 0; s < states; s++) {
            double best = Double.NEGATIVE_INFINITY;
            int argmax = 0;
            for (int a = 0; a < actions; a++) {
                double q = actionValue(s, a, values);
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
     * Value iteration from {@code V = 0} (Puterman 1994, §6.3): iterate {@code V ← T V} until the Bellman
     * residual {@code ||T V - V||_∞} of the current iterate is at most {@code tolerance}. The returned
     * values are that iterate, with its greedy policy and residual; they lie within
     * {@code residual / (1 - δ)} of the optimum.
     *
     * @param tolerance     the target Bellman residual; {@code > 0}
     * @param maxIterations the largest number of Bellman sweeps; {@code >= 1}
     * @return the solution, {@link Convergence#ITERATION_LIMIT} with the residual reached if the limit binds
     * @throws IllegalArgumentException if {@code tolerance <= 0} or {@code maxIterations < 1}
     */
    public DynamicProgramSolution valueIteration(double tolerance, int maxIterations) {
        requireTolerance(tolerance, maxIterations);
        double[] values = new double[states];
        double[] next = new double[states];
        int[] policy = new int[states];
        try (Progress progress = Progress.start("value iteration, " + states + " states", maxIterations)) {
            for (int iteration = 1; iteration <= maxIterations; iteration++) {
                double residual = bellman(values, next, policy);
                progress.advance(1);
                if (residual <= tolerance) {
                    return new DynamicProgramSolution(values, policy, residual, discount, iteration, Convergence.CONVERGED);
                }
                double[] swap = values;
                values = next;
                next = swap;
            }
        }
        double residual = bellman(values, next, policy);
        Convergence state = residual <= tolerance ? Convergence.CONVERGED : Convergence.ITERATION_LIMIT;
        return new DynamicProgramSolution(values, policy, residual, discount, maxIterations, state);
    }

    /**
     * The value of a fixed policy, {@code V = r_π + δ P_π V}, by successive approximation until the
     * change between iterates is at most {@code tolerance (1 - δ) / δ}, so that the returned values are
     * within {@code tolerance} of the policy's value (the contraction argument of Puterman 1994, §6.3, applied to {@code T_π}).
     *
     * @param policy        the action of each state; length {@code S}, entries in {@code 0..A-1}
     * @param tolerance     the target accuracy; {@code > 0}
     * @param maxIterations the largest number of sweeps; {@code >= 1}
     * @return the policy's values
     * @throws IllegalArgumentException if the policy has the wrong length or an action out of range
     */
    public double[] evaluate(int[] policy, double tolerance, int maxIterations) {
        requirePolicy(policy);
        double[] flow = new double[states];
        for (int s = 0; s < states; s++) {
            flow[s] = reward(s, policy[s]);
        }
        return evaluate(policy, flow, tolerance, maxIterations);
    }

    /**
     * The discounted value of an arbitrary flow {@code f(s)} along a fixed policy,
     * {@code U = f + δ P_π U}, by successive approximation to accuracy {@code tolerance}; used for an
     * agent's own utility under a mechanism, whose flow is not the problem's reward.
     *
     * @param policy        the action of each state; length {@code S}, entries in {@code 0..A-1}
     * @param flow          the flow payoff of each state; length {@code S}
     * @param tolerance     the target accuracy; {@code > 0}
     * @param maxIterations the largest number of sweeps; {@code >= 1}
     * @return the discounted values of the flow
     * @throws IllegalArgumentException if an array has the wrong length or an action is out of range
     */
    public double[] evaluate(int[] policy, double[] flow, double tolerance, int maxIterations) {
        requireTolerance(tolerance, maxIterations);
        requirePolicy(policy);
        if (flow == null || flow.length != states) {
            throw new IllegalArgumentException("flow must have one entry per state: expected " + states
                    + " (got " + (flow == null ? "null" : flow.length) + ")");
        }
        double[] values = new double[states];
        double[] next = new double[states];
        double stop = tolerance * (1 - discount) / discount;
        for (int iteration = 0; iteration < maxIterations; iteration++) {
            double change = 0;
            for (int s = 0; s < states; s++) {
                next[s] = flow[s] + discount * expectation(s, policy[s], values);
                change = Math.max(change, Math.abs(next[s] - values[s]));
            }
            double[] swap = values;
            values = next;
            next = swap;
            if (change <= stop) {
                break;
            }
        }
        return values;
    }

    /**
     * The successor drawn by inverting the cumulative transition probabilities at {@code uniform}.
     *
     * @param state   a state
     * @param action  an action
     * @param uniform a number in [0, 1)
     * @return the next state
     */
    public int sample(int state, int action, double uniform) {
        int row = action * states + state;
        double cumulative = 0;
        for (int k = rowStart[row]; k < rowStart[row + 1]; k++) {
            cumulative += probabilities[k];
            if (uniform < cumulative) {
                return successors[k];
            }
        }
        return successors[rowStart[row + 1] - 1];
    }

    /**
     * Policy iteration (Puterman 1994, §6.4): evaluate the current policy to accuracy
     * {@code tolerance (1 - δ) / 2} by {@link #evaluate}, improve greedily (keeping the current action
     * unless another is better by more than {@code 1e-12}), and stop when the policy no longer changes.
     * Reports the Bellman residual of the final values; converged if it is at most {@code tolerance}.
     *
     * @param tolerance     the target Bellman residual; {@code > 0}
     * @param maxIterations the largest number of improvement steps; {@code >= 1}
     * @return the solution
     * @throws IllegalArgumentException if {@code tolerance <= 0} or {@code maxIterations < 1}
     */
    public DynamicProgramSolution policyIteration(double tolerance, int maxIterations) {
        requireTolerance(tolerance, maxIterations);
        int[] policy = new int[states];
        double[] values = new double[states];
        int evaluationLimit = Math.max(1000, (int) Math.ceil(Math.log(tolerance * (1 - discount) / 2)
                / Math.log(discount) * 4));
        int iteration = 0;
        boolean stable = false;
        while (iteration < maxIterations && !stable) {
            iteration++;
            values = evaluate(policy, tolerance * (1 - discount) / 2, evaluationLimit);
            stable = true;
            for (int s = 0; s < states; s++) {
                double current = actionValue(s, policy[s], values);
                for (int a = 0; a < actions; a++) {
                    double q = actionValue(s, a, values);
                    if (q > current + 1e-12) {
                        current = q;
                        policy[s] = a;
                        stable = false;
                    }
                }
            }
        }
        int[] greedy = new int[states];
        double residual = bellman(values, new double[states], greedy);
        Convergence state = stable && residual <= tolerance ? Convergence.CONVERGED : Convergence.ITERATION_LIMIT;
        return new DynamicProgramSolution(values, policy, residual, discount, iteration, state);
    }

    private void requireTolerance(double tolerance, int maxIterations) {
        if (!(tolerance > 0) || !Double.isFinite(tolerance)) {
            throw new IllegalArgumentException("tolerance must be finite and > 0 (got " + tolerance + ")");
        }
        if (maxIterations < 1) {
            throw new IllegalArgumentException("maxIterations must be >= 1 (got " + maxIterations + ")");
        }
    }

    private void requirePolicy(int[] policy) {
        if (policy == null || policy.length != states) {
            throw new IllegalArgumentException("policy must have one action per state: expected " + states
                    + " (got " + (policy == null ? "null" : policy.length) + ")");
        }
        for (int s = 0; s < states; s++) {
            if (policy[s] < 0 || policy[s] >= actions) {
                throw new IllegalArgumentException("policy[" + s + "] must lie in 0.." + (actions - 1)
                        + " (got " + policy[s] + ")");
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
            if (!(discount > 0 && discount < 1)) {
                throw new IllegalArgumentException("discount must lie in (0, 1) (got " + discount + ")");
            }
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
            if (state < 0 || state >= states) {
                throw new IllegalArgumentException("state must lie in 0.." + (states - 1) + " (got " + state + ")");
            }
            if (action < 0 || action >= actions) {
                throw new IllegalArgumentException("action must lie in 0.." + (actions - 1) + " (got " + action + ")");
            }
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
            for (int row = 0; row < next.length; row++) {
                if (next[row] == null) {
                    throw new IllegalArgumentException("row (state " + (row % states) + ", action " + (row / states)
                            + ") was never set");
                }
                rowStart[row + 1] = rowStart[row] + next[row].length;
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
