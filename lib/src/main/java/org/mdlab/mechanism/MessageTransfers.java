package org.mdlab.mechanism;

import java.util.Arrays;
import org.mdlab.market.Arguments;

/**
 * Ex-post incentive compatible transfers of a message-driven mechanism, {@code t_i(θ, s)} for every
 * agent {@code i}, type profile {@code θ} and signal profile {@code s} (Bergemann et al., arXiv
 * 2412.16132, Definition "Ex-post implementation"), as found by {@link MessageDrivenLp}. Profiles are
 * indexed as in {@link DataDrivenEnvironment}.
 *
 * @param transfers {@code t[i][θ][s]}; finite, rectangular, at least one agent
 */
public record MessageTransfers(double[][][] transfers) {

    /**
     * Validates and copies the transfers.
     *
     * @throws IllegalArgumentException if the array is null, empty, ragged or holds a value that is not finite
     */
    public MessageTransfers {
        Arguments.notNull("transfers", transfers);
        Arguments.atLeast("transfers.length (agents)", transfers.length, 1);
        transfers = copy(transfers);
    }

    private static double[][][] copy(double[][][] t) {
        double[][][] copy = new double[t.length][][];
        for (int i = 0; i < t.length; i++) {
            Arguments.notNull("transfers[" + i + "]", t[i]);
            if (t[i].length != t[0].length) {
                throw new IllegalArgumentException("transfers[" + i + "] must have " + t[0].length
                        + " type profiles (got " + t[i].length + ")");
            }
            copy[i] = new double[t[i].length][];
            for (int tp = 0; tp < t[i].length; tp++) {
                copy[i][tp] = Arguments.finiteArray("transfers[" + i + "][" + tp + "]", t[i][tp]);
            }
        }
        return copy;
    }

    /**
     * The transfer to agent {@code i} at type profile {@code θ} and signal profile {@code s}.
     *
     * @param agent         {@code i}; an agent index
     * @param typeProfile   the index of {@code θ}
     * @param signalProfile the index of {@code s}
     * @return {@code t_i(θ, s)}
     * @throws IllegalArgumentException if an index is out of range
     */
    public double transfer(int agent, int typeProfile, int signalProfile) {
        Arguments.index("agent", agent, transfers.length);
        Arguments.index("typeProfile", typeProfile, transfers[agent].length);
        Arguments.index("signalProfile", signalProfile, transfers[agent][typeProfile].length);
        return transfers[agent][typeProfile][signalProfile];
    }

    /**
     * All transfers.
     *
     * @return a copy of {@code t[i][θ][s]}
     */
    @Override
    public double[][][] transfers() {
        return copy(transfers);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MessageTransfers m && Arrays.deepEquals(transfers, m.transfers);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(transfers);
    }

    @Override
    public String toString() {
        return "MessageTransfers[" + transfers.length + " agents]";
    }
}
