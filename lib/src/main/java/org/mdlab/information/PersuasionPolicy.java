package org.mdlab.information;

import java.util.Arrays;
import org.mdlab.market.Arguments;

/**
 * An obedient recommendation policy of Bayesian persuasion (Bergemann and Morris 2019, JEL 57(1),
 * Section 2, Definition 1; Kamenica and Gentzkow 2011): {@code π[a][ω]}, the probability of
 * recommending action {@code a} in state {@code ω}, and the sender's expected utility under it.
 *
 * @param recommendation {@code π[a][ω]}; a non-empty rectangular matrix with entries in {@code [0, 1]}
 * @param senderValue    the sender's expected utility; finite
 */
public record PersuasionPolicy(double[][] recommendation, double senderValue) {

    /**
     * Validates and copies the matrix.
     *
     * @throws IllegalArgumentException if the matrix is null, empty or ragged, an entry lies outside
     *                                  {@code [0, 1]}, or {@code senderValue} is not finite
     */
    public PersuasionPolicy {
        Arguments.notNull("recommendation", recommendation);
        Arguments.atLeast("recommendation.length", recommendation.length, 1);
        recommendation = copy(recommendation);
        for (int a = 0; a < recommendation.length; a++) {
            if (recommendation[a].length != recommendation[0].length) {
                throw new IllegalArgumentException("recommendation[" + a + "] must have " + recommendation[0].length
                        + " states (got " + recommendation[a].length + ")");
            }
            for (int w = 0; w < recommendation[a].length; w++) {
                Arguments.probability("recommendation[" + a + "][" + w + "]", recommendation[a][w]);
            }
        }
        Arguments.finite("senderValue", senderValue);
    }

    /**
     * The recommendation matrix.
     *
     * @return a copy of {@code π[a][ω]}
     */
    @Override
    public double[][] recommendation() {
        return copy(recommendation);
    }

    /**
     * The probability that action {@code a} is recommended, {@code Σ_ω μ0(ω) π(a|ω)}.
     *
     * @param prior the prior used to compute the policy; a probability vector over the states
     * @param a     the action; an index into the recommendation's rows
     * @return the probability
     * @throws IllegalArgumentException if {@code prior} is not a probability vector over the states or
     *                                  {@code a} is out of range
     */
    public double actionProbability(double[] prior, int a) {
        double[] mu = Arguments.probabilities("prior", prior);
        if (mu.length != recommendation[0].length) {
            throw new IllegalArgumentException("prior must have " + recommendation[0].length + " states (got "
                    + mu.length + ")");
        }
        Arguments.index("a", a, recommendation.length);
        double sum = 0;
        for (int w = 0; w < mu.length; w++) {
            sum += mu[w] * recommendation[a][w];
        }
        return sum;
    }

    private static double[][] copy(double[][] m) {
        double[][] c = new double[m.length][];
        for (int a = 0; a < m.length; a++) {
            c[a] = Arguments.notNull("recommendation[" + a + "]", m[a]).clone();
        }
        return c;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PersuasionPolicy p && Double.compare(senderValue, p.senderValue) == 0
                && Arrays.deepEquals(recommendation, p.recommendation);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.deepHashCode(recommendation) + Double.hashCode(senderValue);
    }

    @Override
    public String toString() {
        return "PersuasionPolicy[senderValue=" + senderValue + ", " + recommendation.length + " actions]";
    }
}
