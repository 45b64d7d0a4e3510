package org.mdlab.dynamic;

import org.mdlab.market.Arguments;

import java.util.Arrays;

/**
 * A stationary deterministic policy of a {@link MarkovDecisionProblem}: the action taken in each state
 * (Puterman 1994, <i>Markov Decision Processes</i>, §2.1, a decision rule in {@code D^MD} used in every
 * period).
 *
 * @param actions the action of each state (copied); each {@code >= 0}
 */
public record StationaryPolicy(int[] actions) {

    /**
     * Validates and copies.
     *
     * @throws IllegalArgumentException if {@code actions} is null or empty or holds a negative action
     */
    public StationaryPolicy {
        Arguments.notNull("actions", actions);
        if (actions.length == 0) {
            throw new IllegalArgumentException("actions must hold one action per state (got 0 entries)");
        }
        for (int s = 0; s < actions.length; s++) {
            if (actions[s] < 0) {
                throw new IllegalArgumentException("actions[" + s + "] must be >= 0 (got " + actions[s] + ")");
            }
        }
        actions = actions.clone();
    }

    /**
     * The policy taking the given actions.
     *
     * @param actions the action of each state
     * @return the policy
     */
    public static StationaryPolicy of(int... actions) {
        return new StationaryPolicy(actions);
    }

    /**
     * The policy taking the same action in every state.
     *
     * @param states the number of states; {@code >= 1}
     * @param action the action; {@code >= 0}
     * @return the constant policy
     */
    public static StationaryPolicy constant(int states, int action) {
        Arguments.atLeast("states", states, 1);
        int[] actions = new int[states];
        Arrays.fill(actions, action);
        return new StationaryPolicy(actions);
    }

    /**
     * The actions (a copy).
     *
     * @return the action of each state
     */
    @Override
    public int[] actions() {
        return actions.clone();
    }

    /**
     * The action of one state.
     *
     * @param state a state in {@code 0..S-1}
     * @return the action taken there
     * @throws IllegalArgumentException if the state is out of range
     */
    public int action(int state) {
        return actions[Arguments.index("state", state, actions.length)];
    }

    /**
     * The number of states.
     *
     * @return {@code S}
     */
    public int stateCount() {
        return actions.length;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StationaryPolicy p && Arrays.equals(actions, p.actions);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(actions);
    }

    @Override
    public String toString() {
        return "StationaryPolicy" + Arrays.toString(actions);
    }
}
