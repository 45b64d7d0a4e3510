package org.mdlab.dynamic;

import org.mdlab.market.Arguments;

import java.util.Arrays;
import java.util.Objects;

/**
 * A value function on the states of a dynamic program together with a policy: after one application of a
 * {@link BellmanOperator}, the values {@code T V} with the policy greedy for {@code V}; after a
 * {@link ValueIteration}, the last iterate {@code V} with the policy greedy for it, within
 * {@code residual / (1 − δ)} of the optimum (Puterman 1994, Theorem 6.3.1; the residual travels in the
 * solution's diagnostics).
 *
 * @param values the value of each state (copied); {@code -∞} marks a state that cannot be reached
 * @param policy the policy; an immutable value
 * @param <P>    the policy type
 */
public record ValueFunction<P>(double[] values, P policy) {

    /**
     * Validates and copies.
     *
     * @throws IllegalArgumentException if an argument is null or a value is NaN or {@code +∞}
     */
    public ValueFunction {
        Arguments.notNull("values", values);
        Arguments.notNull("policy", policy);
        for (int s = 0; s < values.length; s++) {
            if (Double.isNaN(values[s]) || values[s] == Double.POSITIVE_INFINITY) {
                throw new IllegalArgumentException("values[" + s + "] must be finite or -Infinity (got " + values[s] + ")");
            }
        }
        values = values.clone();
    }

    /**
     * The values (a copy).
     *
     * @return the value of each state
     */
    @Override
    public double[] values() {
        return values.clone();
    }

    /**
     * The value of one state.
     *
     * @param state a state in {@code 0..S-1}
     * @return its value
     * @throws IllegalArgumentException if the state is out of range
     */
    public double value(int state) {
        return values[Arguments.index("state", state, values.length)];
    }

    /**
     * The number of states.
     *
     * @return {@code S}
     */
    public int stateCount() {
        return values.length;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ValueFunction<?> v && Arrays.equals(values, v.values) && policy.equals(v.policy);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(values) + Objects.hashCode(policy);
    }

    @Override
    public String toString() {
        return "ValueFunction[states=" + values.length + ", policy=" + policy + "]";
    }
}
