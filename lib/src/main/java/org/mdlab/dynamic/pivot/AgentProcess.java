package org.mdlab.dynamic.pivot;

import org.mdlab.market.Arguments;

import org.mdlab.dynamic.MarkovDecisionProblem;

/**
 * One agent of a dynamic environment: a finite set of private types {@code 0..T-1}, the flow value
 * {@code v_i(a, θ_i)} of each allocation, and a controlled Markov type process
 * {@code θ_{i,t+1} ~ F_i(· | θ_{i,t}, a_t)}, independent across agents (Bergemann and Välimäki 2010,
 * Econometrica 78(2), the model).
 *
 * @param values      {@code values[θ][a]}, the flow value of allocation {@code a} to type {@code θ}; finite
 * @param transitions {@code transitions[a][θ][θ']}, the type transition under allocation {@code a};
 *                    rows non-negative and summing to 1 within {@value MarkovDecisionProblem#STOCHASTIC_TOLERANCE}
 */
public record AgentProcess(double[][] values, double[][][] transitions) {

    /**
     * Validates and deep-copies the arrays.
     *
     * @throws IllegalArgumentException if the dimensions disagree, a value is not finite or a
     *                                  transition row is not a probability vector
     */
    public AgentProcess {
        if (values == null || values.length == 0) {
            throw new IllegalArgumentException("values must hold at least one type");
        }
        int types = values.length;
        int actions = values[0] == null ? 0 : values[0].length;
        if (actions == 0) {
            throw new IllegalArgumentException("values[0] must hold at least one action");
        }
        if (transitions == null || transitions.length != actions) {
            throw new IllegalArgumentException("transitions must have one matrix per action: expected " + actions
                    + " (got " + (transitions == null ? "null" : transitions.length) + ")");
        }
        double[][] valueCopy = new double[types][];
        for (int t = 0; t < types; t++) {
            if (values[t] == null || values[t].length != actions) {
                throw new IllegalArgumentException("values[" + t + "] must have " + actions + " entries (got "
                        + (values[t] == null ? "null" : values[t].length) + ")");
            }
            for (int a = 0; a < actions; a++) {
                if (!Double.isFinite(values[t][a])) {
                    throw new IllegalArgumentException("values[" + t + "][" + a + "] must be finite (got "
                            + values[t][a] + ")");
                }
            }
            valueCopy[t] = values[t].clone();
        }
        double[][][] transitionCopy = new double[actions][types][];
        for (int a = 0; a < actions; a++) {
            if (transitions[a] == null || transitions[a].length != types) {
                throw new IllegalArgumentException("transitions[" + a + "] must have " + types + " rows (got "
                        + (transitions[a] == null ? "null" : transitions[a].length) + ")");
            }
            for (int t = 0; t < types; t++) {
                double[] row = transitions[a][t];
                if (row == null || row.length != types) {
                    throw new IllegalArgumentException("transitions[" + a + "][" + t + "] must have " + types
                            + " entries (got " + (row == null ? "null" : row.length) + ")");
                }
                double sum = 0;
                for (double p : row) {
                    if (!(p >= 0) || !Double.isFinite(p)) {
                        throw new IllegalArgumentException("type transition probabilities must be finite and >= 0 (got "
                                + p + " in transitions[" + a + "][" + t + "])");
                    }
                    sum += p;
                }
                if (Math.abs(sum - 1) > MarkovDecisionProblem.STOCHASTIC_TOLERANCE) {
                    throw new IllegalArgumentException("transitions[" + a + "][" + t + "] must sum to 1 (got " + sum + ")");
                }
                transitionCopy[a][t] = row.clone();
            }
        }
        values = valueCopy;
        transitions = transitionCopy;
    }

    /**
     * The number of types.
     *
     * @return {@code T}
     */
    public int typeCount() {
        return values.length;
    }

    /**
     * The number of allocations.
     *
     * @return {@code A}
     */
    public int actionCount() {
        return values[0].length;
    }

    /**
     * The flow value of an allocation.
     *
     * @param type   a type
     * @param action an allocation
     * @return {@code v_i(a, θ)}
     */
    public double value(int type, int action) {
        return values[Arguments.index("type", type, values.length)][Arguments.index("action", action, values[0].length)];
    }

    /**
     * A transition probability.
     *
     * @param action an allocation
     * @param type   the current type
     * @param next   the next type
     * @return {@code F_i(next | type, action)}
     */
    public double transition(int action, int type, int next) {
        Arguments.index("action", action, transitions.length);
        Arguments.index("type", type, values.length);
        return transitions[action][type][Arguments.index("next", next, values.length)];
    }

    /**
     * The values (a deep copy).
     *
     * @return {@code values[θ][a]}
     */
    @Override
    public double[][] values() {
        double[][] copy = new double[values.length][];
        for (int t = 0; t < values.length; t++) {
            copy[t] = values[t].clone();
        }
        return copy;
    }

    /**
     * The transitions (a deep copy).
     *
     * @return {@code transitions[a][θ][θ']}
     */
    @Override
    public double[][][] transitions() {
        double[][][] copy = new double[transitions.length][][];
        for (int a = 0; a < transitions.length; a++) {
            copy[a] = new double[transitions[a].length][];
            for (int t = 0; t < transitions[a].length; t++) {
                copy[a][t] = transitions[a][t].clone();
            }
        }
        return copy;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AgentProcess p && java.util.Arrays.deepEquals(values, p.values)
                && java.util.Arrays.deepEquals(transitions, p.transitions);
    }

    @Override
    public int hashCode() {
        return java.util.Arrays.deepHashCode(values) * 31 + java.util.Arrays.deepHashCode(transitions);
    }

    @Override
    public String toString() {
        return "AgentProcess[types=" + typeCount() + ", actions=" + actionCount() + "]";
    }
}
