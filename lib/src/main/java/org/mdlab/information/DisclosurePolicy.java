package org.mdlab.information;

import java.util.Arrays;
import org.mdlab.market.Arguments;

/**
 * A symmetric disclosure policy of a second-price auction, described by what it does to the bidders'
 * expected values: the quantile function {@code G⁻¹} of a bidder's expected value, constant on each of
 * {@code N} equal quantile cells (Bergemann, Heumann, Morris, Sorokin and Winter 2022, AER: Insights
 * 4(3), Section I: a policy is feasible iff {@code G} is a mean-preserving contraction of the prior).
 *
 * @param quantiles {@code G⁻¹} on the cells, in quantile order; finite, at least two cells
 */
public record DisclosurePolicy(double[] quantiles) {

    /**
     * Validates and copies the quantiles.
     *
     * @throws IllegalArgumentException if {@code quantiles} is null, has fewer than two cells or a value
     *                                  that is not finite
     */
    public DisclosurePolicy {
        quantiles = Arguments.finiteArray("quantiles", quantiles);
        Arguments.atLeast("quantiles.length", quantiles.length, 2);
    }

    /**
     * {@code G⁻¹} on the cells.
     *
     * @return a copy of the quantiles
     */
    @Override
    public double[] quantiles() {
        return quantiles.clone();
    }

    /**
     * The number of quantile cells {@code N}.
     *
     * @return the cell count
     */
    public int cells() {
        return quantiles.length;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DisclosurePolicy p && Arrays.equals(quantiles, p.quantiles);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(quantiles);
    }

    @Override
    public String toString() {
        return "DisclosurePolicy[" + quantiles.length + " cells, " + Arrays.toString(quantiles) + "]";
    }
}
