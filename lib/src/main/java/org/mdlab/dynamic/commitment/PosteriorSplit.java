package org.mdlab.dynamic.commitment;

import java.util.Arrays;

/**
 * A Bayes-plausible distribution of the seller's period-2 beliefs together with the period-1 sale
 * decision at each belief, and the revenue it yields (Doval and Skreta 2022, "Mechanism Design with
 * Limited Commitment", Econometrica 90(4); the two-period durable-good example).
 *
 * @param prior      the period-1 belief μ1 = Pr(θ_H); in [0, 1]
 * @param posteriors the period-2 beliefs μ2 in the support (copied)
 * @param weights    their probabilities τ(μ2); non-negative, summing to 1, averaging the posteriors to the prior
 * @param sellNow    whether the good is sold in period 1 at each posterior, {@code q(μ2) ∈ {0, 1}} (copied)
 * @param revenue    the seller's expected discounted revenue
 */
public record PosteriorSplit(double prior, double[] posteriors, double[] weights, boolean[] sellNow, double revenue) {

    /**
     * Validates and copies.
     *
     * @throws IllegalArgumentException if the arrays are empty or differ in length, a weight is negative,
     *                                  the weights do not sum to 1 or do not average the posteriors to the prior
     */
    public PosteriorSplit {
        if (posteriors == null || weights == null || sellNow == null || posteriors.length == 0
                || posteriors.length != weights.length || posteriors.length != sellNow.length) {
            throw new IllegalArgumentException("posteriors, weights and sellNow must be non-empty and of equal length");
        }
        double sum = 0;
        double mean = 0;
        for (int k = 0; k < weights.length; k++) {
            if (!(weights[k] >= -1e-12)) {
                throw new IllegalArgumentException("weights must be >= 0 (got " + weights[k] + ")");
            }
            sum += weights[k];
            mean += weights[k] * posteriors[k];
        }
        if (Math.abs(sum - 1) > 1e-9) {
            throw new IllegalArgumentException("weights must sum to 1 (got " + sum + ")");
        }
        if (Math.abs(mean - prior) > 1e-9) {
            throw new IllegalArgumentException("posteriors must average to the prior " + prior + " (got " + mean + ")");
        }
        posteriors = posteriors.clone();
        weights = weights.clone();
        sellNow = sellNow.clone();
    }

    /**
     * The posteriors (a copy).
     *
     * @return the support of the belief distribution
     */
    @Override
    public double[] posteriors() {
        return posteriors.clone();
    }

    /**
     * The weights (a copy).
     *
     * @return τ(μ2) for each posterior
     */
    @Override
    public double[] weights() {
        return weights.clone();
    }

    /**
     * The sale decisions (a copy).
     *
     * @return q(μ2) for each posterior
     */
    @Override
    public boolean[] sellNow() {
        return sellNow.clone();
    }

    /**
     * The probability that the good is sold in period 1, {@code Σ τ(μ2) q(μ2)}.
     *
     * @return the period-1 sale probability
     */
    public double periodOneSaleProbability() {
        double p = 0;
        for (int k = 0; k < weights.length; k++) {
            p += sellNow[k] ? weights[k] : 0;
        }
        return p;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PosteriorSplit p && Double.compare(prior, p.prior) == 0
                && Arrays.equals(posteriors, p.posteriors) && Arrays.equals(weights, p.weights)
                && Arrays.equals(sellNow, p.sellNow) && Double.compare(revenue, p.revenue) == 0;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(posteriors) * 31 + Double.hashCode(revenue);
    }

    @Override
    public String toString() {
        return "PosteriorSplit[prior=" + prior + ", posteriors=" + Arrays.toString(posteriors) + ", weights="
                + Arrays.toString(weights) + ", sellNow=" + Arrays.toString(sellNow) + ", revenue=" + revenue + "]";
    }
}
