package org.mdlab.information;

import java.util.Arrays;
import org.mdlab.market.Arguments;

/**
 * A Bayes-plausible splitting of a prior into posteriors (Kamenica and Gentzkow 2011, Proposition 1):
 * the posteriors used with positive probability, their probabilities, and the expected value
 * {@code Σ_k λ_k v(μ_k)} of the function being concavified, which at an optimum is the concave
 * envelope at the prior.
 *
 * @param value         the expected value {@code Σ_k λ_k v(μ_k)}; finite
 * @param posteriors    the posteriors {@code μ_k}, each a probability vector over the same states
 * @param probabilities their probabilities {@code λ_k >= 0}, one per posterior
 */
public record BeliefSplit(double value, double[][] posteriors, double[] probabilities) {

    /**
     * Validates and copies the arrays.
     *
     * @throws IllegalArgumentException if {@code value} is not finite, an array is null, the lengths
     *                                  differ, a posterior is not a probability vector over the states of
     *                                  the first one, or a probability is negative or not finite
     */
    public BeliefSplit {
        Arguments.finite("value", value);
        Arguments.notNull("posteriors", posteriors);
        probabilities = Arguments.finiteArray("probabilities", probabilities);
        if (posteriors.length != probabilities.length) {
            throw new IllegalArgumentException("posteriors and probabilities must have equal length (got "
                    + posteriors.length + " and " + probabilities.length + ")");
        }
        posteriors = copy(posteriors);
        for (int k = 0; k < posteriors.length; k++) {
            Arguments.nonNegative("probabilities[" + k + "]", probabilities[k]);
            if (posteriors[k].length != posteriors[0].length) {
                throw new IllegalArgumentException("posteriors[" + k + "] must have " + posteriors[0].length
                        + " states (got " + posteriors[k].length + ")");
            }
        }
    }

    private static double[][] copy(double[][] rows) {
        double[][] copy = new double[rows.length][];
        for (int k = 0; k < rows.length; k++) {
            copy[k] = Arguments.probabilities("posteriors[" + k + "]", rows[k]);
        }
        return copy;
    }

    /**
     * The posteriors used with positive probability.
     *
     * @return a copy of the posteriors
     */
    @Override
    public double[][] posteriors() {
        double[][] copy = new double[posteriors.length][];
        for (int k = 0; k < posteriors.length; k++) {
            copy[k] = posteriors[k].clone();
        }
        return copy;
    }

    /**
     * The probabilities of the posteriors.
     *
     * @return a copy of the probabilities
     */
    @Override
    public double[] probabilities() {
        return probabilities.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof BeliefSplit s && Double.compare(value, s.value) == 0
                && Arrays.deepEquals(posteriors, s.posteriors) && Arrays.equals(probabilities, s.probabilities);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Double.hashCode(value) + Arrays.deepHashCode(posteriors)) + Arrays.hashCode(probabilities);
    }

    @Override
    public String toString() {
        return "BeliefSplit[value=" + value + ", " + posteriors.length + " posteriors]";
    }
}
