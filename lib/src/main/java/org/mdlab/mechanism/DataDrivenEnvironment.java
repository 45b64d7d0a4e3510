package org.mdlab.mechanism;

import java.util.Arrays;
import java.util.List;
import org.mdlab.market.Arguments;

/**
 * A finite environment of data-driven mechanism design (Bergemann, Bojko, Dütting, Paes Leme, Xu and
 * Zuo, arXiv 2412.16132, §2): agents with preference types θ_i and signals s_i about a common state
 * ω; a commonly known joint prior μ over (ω, s); utilities {@code u_i(x, ω, θ_i)}. The expected payoff
 * given the signal profile is {@code v_i(x, θ_i, s) = E[u_i(x, ω, θ_i) | s]} and an efficient
 * allocation maximises {@code sum_i v_i(x, θ_i, s)}. Signal profiles are numbered in mixed radix with
 * agent 0 fastest.
 *
 * @param outcomes     the outcome labels; non-empty
 * @param states       the states ω; finite, distinct, non-empty
 * @param typeCounts   the number of preference types of each agent, each {@code >= 1}
 * @param signalCounts the number of signals of each agent, each {@code >= 1}, one entry per agent
 * @param prior        {@code prior[state][signalProfile]}: the joint prior μ; non-negative, summing to 1
 * @param utility      the utilities
 */
public record DataDrivenEnvironment(List<String> outcomes, double[] states, int[] typeCounts, int[] signalCounts,
                                    double[][] prior, StateUtility utility) {

    /**
     * Validates the components and copies the arrays.
     *
     * @throws IllegalArgumentException if a rule stated in the record description is broken
     */
    public DataDrivenEnvironment {
        if (outcomes == null || outcomes.isEmpty()) {
            throw new IllegalArgumentException("outcomes must be non-empty");
        }
        outcomes = List.copyOf(outcomes);
        if (states == null || states.length == 0) {
            throw new IllegalArgumentException("states must be non-empty");
        }
        states = states.clone();
        for (double w : states) {
            if (!Double.isFinite(w)) {
                throw new IllegalArgumentException("states must be finite (got " + w + ")");
            }
        }
        if (typeCounts == null || signalCounts == null || typeCounts.length == 0 || typeCounts.length != signalCounts.length) {
            throw new IllegalArgumentException("typeCounts and signalCounts must be non-empty with one entry per agent");
        }
        typeCounts = typeCounts.clone();
        signalCounts = signalCounts.clone();
        long signalCount = 1;
        long typeCount = 1;
        for (int i = 0; i < typeCounts.length; i++) {
            Arguments.atLeast("typeCounts[" + i + "]", typeCounts[i], 1);
            Arguments.atLeast("signalCounts[" + i + "]", signalCounts[i], 1);
            signalCount = Math.multiplyExact(signalCount, signalCounts[i]);
            typeCount = Math.multiplyExact(typeCount, typeCounts[i]);
            Arguments.sizeAtMost("signal profiles (at least)", signalCount, Environment.MAX_PROFILES,
                    "one prior entry per state and signal profile");
            Arguments.sizeAtMost("type profiles (at least)", typeCount, Environment.MAX_PROFILES,
                    "the efficient outcome at every type and signal profile");
        }
        int signalProfiles = (int) signalCount;
        if (prior == null || prior.length != states.length) {
            throw new IllegalArgumentException("prior must have one row per state (" + states.length + ")");
        }
        double[][] copy = new double[states.length][];
        double sum = 0;
        for (int w = 0; w < states.length; w++) {
            if (prior[w] == null || prior[w].length != signalProfiles) {
                throw new IllegalArgumentException("prior[" + w + "] must have one entry per signal profile (" + signalProfiles + ")");
            }
            copy[w] = prior[w].clone();
            for (double p : copy[w]) {
                if (!Double.isFinite(p) || p < 0) {
                    throw new IllegalArgumentException("prior probabilities must be finite and >= 0 (got " + p + ")");
                }
                sum += p;
            }
        }
        if (Math.abs(sum - 1) > Arguments.PROBABILITY_SUM_TOLERANCE * states.length * signalProfiles) {
            throw new IllegalArgumentException("prior must sum to 1 (got " + sum + ")");
        }
        prior = copy;
        if (utility == null) {
            throw new IllegalArgumentException("utility must not be null");
        }
    }

    /**
     * The number of agents {@code n}.
     *
     * @return the number of agents
     */
    public int agents() {
        return typeCounts.length;
    }

    /**
     * The number of signal profiles, the product of the agents' signal counts.
     *
     * @return the number of signal profiles
     */
    public int signalProfiles() {
        return prior[0].length;
    }

    /**
     * The number of preference-type profiles, the product of the agents' type counts.
     *
     * @return the number of preference-type profiles
     */
    public int typeProfiles() {
        return Arrays.stream(typeCounts).reduce(1, (a, b) -> a * b);
    }

    /**
     * The probability of a signal profile.
     *
     * @param index a signal-profile index in {@code [0, signalProfiles())}
     * @return its probability {@code sum_ω μ(ω, s)}
     * @throws IllegalArgumentException if {@code index} is out of range
     */
    public double signalProbability(int index) {
        Arguments.index("signal profile", index, prior[0].length);
        double p = 0;
        for (double[] row : prior) {
            p += row[index];
        }
        return p;
    }

    /**
     * The posterior over the states given a signal profile, by Bayes' rule.
     *
     * @param index a signal-profile index with positive probability
     * @return the posterior {@code μ(ω | s)} over the states
     * @throws IllegalArgumentException if {@code index} is out of range or the profile has probability 0
     */
    public double[] posterior(int index) {
        double total = signalProbability(index);
        if (total <= 0) {
            throw new IllegalArgumentException("signal profile " + index + " has probability 0");
        }
        double[] post = new double[states.length];
        for (int w = 0; w < states.length; w++) {
            post[w] = prior[w][index] / total;
        }
        return post;
    }

    /**
     * The expected payoff {@code v_i(x, θ_i, s) = E[u_i(x, ω, θ_i) | s]} under a posterior over the states.
     *
     * @param posterior the posterior {@code μ(ω | s)}, one entry per state
     * @param agent     the agent i
     * @param type      its preference type
     * @param outcome   the outcome x
     * @return the expected utility
     */
    double expectedUtility(double[] posterior, int agent, int type, int outcome) {
        double v = 0;
        for (int w = 0; w < posterior.length; w++) {
            if (posterior[w] > 0) {
                v += posterior[w] * utility.value(agent, type, outcome, states[w]);
            }
        }
        return v;
    }

    /**
     * Decodes a mixed-radix index.
     *
     * @param index  the index
     * @param counts the radices, agent by agent
     * @return the digits
     */
    static int[] digits(int index, int[] counts) {
        int[] d = new int[counts.length];
        int rest = index;
        for (int i = 0; i < counts.length; i++) {
            d[i] = rest % counts[i];
            rest /= counts[i];
        }
        return d;
    }

    /**
     * Replaces one digit of a mixed-radix index.
     *
     * @param index  the index
     * @param counts the radices
     * @param i      the position
     * @param digit  the new digit
     * @return the new index
     */
    static int replace(int index, int[] counts, int i, int digit) {
        int stride = 1;
        for (int j = 0; j < i; j++) {
            stride *= counts[j];
        }
        int current = (index / stride) % counts[i];
        return index + (digit - current) * stride;
    }

    @Override
    public double[] states() {
        return states.clone();
    }

    @Override
    public int[] typeCounts() {
        return typeCounts.clone();
    }

    @Override
    public int[] signalCounts() {
        return signalCounts.clone();
    }

    @Override
    public double[][] prior() {
        return Arrays.stream(prior).map(double[]::clone).toArray(double[][]::new);
    }

    double state(int w) {
        return states[w];
    }

    int typeCount(int i) {
        return typeCounts[i];
    }

    int signalCount(int i) {
        return signalCounts[i];
    }
}
