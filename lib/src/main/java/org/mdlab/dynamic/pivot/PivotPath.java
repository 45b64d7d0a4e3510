package org.mdlab.dynamic.pivot;

import org.mdlab.market.Arguments;

/**
 * A simulated path of the {@link DynamicPivotMechanism} under truthful reporting (Bergemann and Välimäki
 * 2010, Econometrica 78(2)).
 *
 * @param states      the joint state of each period
 * @param allocations the efficient allocation of each period
 * @param payments    {@code payments[t][i]}, agent {@code i}'s flow payment in period {@code t}
 */
public record PivotPath(int[] states, int[] allocations, double[][] payments) {

    /**
     * Validates and deep-copies the arrays.
     *
     * @throws IllegalArgumentException if the arrays are empty or differ in length
     */
    public PivotPath {
        if (states == null || allocations == null || payments == null || states.length == 0
                || states.length != allocations.length || states.length != payments.length) {
            throw new IllegalArgumentException("states, allocations and payments must be non-empty and of equal length");
        }
        states = states.clone();
        allocations = allocations.clone();
        double[][] copy = new double[payments.length][];
        for (int t = 0; t < payments.length; t++) {
            copy[t] = payments[t].clone();
        }
        payments = copy;
    }

    /**
     * The number of periods.
     *
     * @return the path length
     */
    public int periods() {
        return states.length;
    }

    /**
     * The state of a period.
     *
     * @param period a period
     * @return the joint state
     */
    public int state(int period) {
        return states[Arguments.index("period", period, states.length)];
    }

    /**
     * The allocation of a period.
     *
     * @param period a period
     * @return the allocation
     */
    public int allocation(int period) {
        return allocations[Arguments.index("period", period, allocations.length)];
    }

    /**
     * One agent's payment in a period.
     *
     * @param period a period
     * @param agent  an agent
     * @return the flow payment
     */
    public double payment(int period, int agent) {
        return payments[Arguments.index("period", period, payments.length)][Arguments.index("agent", agent, payments[period].length)];
    }

    /**
     * The states (a copy).
     *
     * @return the joint state of each period
     */
    @Override
    public int[] states() {
        return states.clone();
    }

    /**
     * The allocations (a copy).
     *
     * @return the allocation of each period
     */
    @Override
    public int[] allocations() {
        return allocations.clone();
    }

    /**
     * The payments (a deep copy).
     *
     * @return {@code payments[t][i]}
     */
    @Override
    public double[][] payments() {
        double[][] copy = new double[payments.length][];
        for (int t = 0; t < payments.length; t++) {
            copy[t] = payments[t].clone();
        }
        return copy;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PivotPath p && java.util.Arrays.equals(states, p.states)
                && java.util.Arrays.equals(allocations, p.allocations) && java.util.Arrays.deepEquals(payments, p.payments);
    }

    @Override
    public int hashCode() {
        return java.util.Arrays.hashCode(states) * 31 + java.util.Arrays.hashCode(allocations);
    }

    @Override
    public String toString() {
        return "PivotPath[periods=" + states.length + "]";
    }
}
