package org.mdlab.cloud;

import java.util.Arrays;

/**
 * A worst-case demand distribution for a contract (Bergemann and Deb 2025, arXiv 2502.07168): the
 * distribution on the support grid with the known mean that minimises the seller's expected profit.
 *
 * @param profit        the seller's expected profit under it (0 if the buyer declines)
 * @param support       the support grid, increasing
 * @param probabilities the probabilities on the grid, {@code >= 0}
 * @param buyerDeclines whether the buyer with this distribution declines the contract
 */
public record WorstCaseDemand(double profit, double[] support, double[] probabilities, boolean buyerDeclines) {

    /**
     * Validates and copies the arrays.
     *
     * @throws IllegalArgumentException if the profit is not finite, or the arrays are empty, of different
     *                                  lengths, or contain a negative probability
     */
    public WorstCaseDemand {
        if (!Double.isFinite(profit)) {
            throw new IllegalArgumentException("profit must be finite (got " + profit + ")");
        }
        if (support == null || probabilities == null || support.length == 0 || support.length != probabilities.length) {
            throw new IllegalArgumentException("support and probabilities must be non-empty and of equal length");
        }
        for (double p : probabilities) {
            if (!(p >= 0)) {
                throw new IllegalArgumentException("probabilities must be >= 0 (got " + p + ")");
            }
        }
        support = support.clone();
        probabilities = probabilities.clone();
    }

    /** @return a copy of the support */
    @Override
    public double[] support() {
        return support.clone();
    }

    /** @return a copy of the probabilities */
    @Override
    public double[] probabilities() {
        return probabilities.clone();
    }

    /**
     * The mean of the distribution.
     *
     * @return {@code Σ π_j θ_j}
     */
    public double mean() {
        double m = 0;
        for (int j = 0; j < support.length; j++) {
            m += probabilities[j] * support[j];
        }
        return m;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof WorstCaseDemand that && profit == that.profit && buyerDeclines == that.buyerDeclines
                && Arrays.equals(support, that.support) && Arrays.equals(probabilities, that.probabilities);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(new double[] {profit, Arrays.hashCode(support), Arrays.hashCode(probabilities),
                buyerDeclines ? 1 : 0});
    }

    @Override
    public String toString() {
        return "WorstCaseDemand[profit=" + profit + ", mean=" + mean() + ", declines=" + buyerDeclines + "]";
    }
}
