package org.mdlab.dynamic.contracts;

import org.mdlab.market.Arguments;

/**
 * The agent's true values {@code A(s, k)} under a {@link PersistentAllocationPolicy} with truthful reporting
 * (Guo and Hörner, Markov values): the utility from state {@code s} of an agent whose type today is
 * {@code k}. States that cannot be promised have no value; they are marked as such, and asking for their
 * value is an error rather than a NaN. Immutable.
 */
public final class AgentValues {

    private final boolean[] promisable;
    private final double[][] values;

    AgentValues(boolean[] promisable, double[][] values) {
        this.promisable = promisable.clone();
        this.values = new double[values.length][];
        for (int s = 0; s < values.length; s++) {
            this.values[s] = values[s].clone();
        }
    }

    /** @return the number of states */
    public int stateCount() {
        return promisable.length;
    }

    /**
     * @param state a state index
     * @return whether the state can be promised, so that it has a value
     */
    public boolean promisable(int state) {
        return promisable[Arguments.index("state", state, promisable.length)];
    }

    /**
     * @param state a state that can be promised
     * @param type  today's type {@code k}, 0 or 1
     * @return {@code A(state, type)}
     * @throws IllegalArgumentException if an index is out of range or the state cannot be promised
     */
    public double value(int state, int type) {
        if (!promisable(state)) {
            throw new IllegalArgumentException("state must be a state that can be promised (got " + state + ")");
        }
        return values[state][Arguments.index("type", type, 2)];
    }
}
