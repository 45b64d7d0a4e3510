package org.mdlab.monotone;

import org.mdlab.market.Arguments;

/**
 * The result of the anti-equivalence audit of one up-set (Yang and Yang 2025, arXiv:2502.18876, the
 * mechanism anti-equivalence theorem): the largest mean absolute difference between a monotone function
 * with the same one-dimensional marginals and the up-set's indicator, and a function attaining it. Zero
 * means the marginals determine the deterministic rule: any mechanism payoff-equivalent to it is ex-post
 * equivalent.
 *
 * @param upSet    the audited up-set
 * @param distance {@code max_g (1/|grid|) Σ_x |g(x) − 1_U(x)|} over monotone {@code g} with the same marginals; {@code >= 0}
 * @param witness  a maximising {@code g}, one value per point (copied)
 */
public record EquivalenceGap(UpSet upSet, double distance, double[] witness) {

    /**
     * Validates and copies.
     *
     * @throws IllegalArgumentException if an argument is null, the distance is negative or not finite, or the
     *                                  witness has the wrong length
     */
    public EquivalenceGap {
        Arguments.notNull("upSet", upSet);
        Arguments.nonNegative("distance", distance);
        upSet.grid().requireFunction(witness);
        witness = witness.clone();
    }

    /** @return a copy of the witness */
    @Override
    public double[] witness() {
        return witness.clone();
    }

    /** @return {@code max_x |g(x) − 1_U(x)|} for the witness {@code g} */
    public double supDistance() {
        double[] indicator = upSet.indicator();
        double worst = 0;
        for (int point = 0; point < witness.length; point++) {
            worst = Math.max(worst, Math.abs(witness[point] - indicator[point]));
        }
        return worst;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof EquivalenceGap g && upSet.equals(g.upSet) && Double.compare(distance, g.distance) == 0
                && java.util.Arrays.equals(witness, g.witness);
    }

    @Override
    public int hashCode() {
        return 31 * upSet.hashCode() + Double.hashCode(distance);
    }
}
