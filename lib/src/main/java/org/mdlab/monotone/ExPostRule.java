package org.mdlab.monotone;

import java.util.Arrays;
import org.mdlab.market.Arguments;

/**
 * An ex-post allocation rule for one indivisible object among the agents of a {@link TypeGrid}: bidder
 * {@code i}'s probability of winning at each type profile, the shares summing to at most 1. Its interim
 * allocation (reduced form) is the vector of one-dimensional marginals (Border 1991, <i>Econometrica</i>
 * 59(4); Yang and Yang 2025, arXiv:2502.18876, the asymmetric reduced-form application).
 *
 * @param grid   the type grid, one agent per bidder
 * @param shares {@code shares[i][point]} in {@code [0, 1]} (copied)
 */
public record ExPostRule(TypeGrid grid, double[][] shares) {

    /** The largest admissible excess of a profile's total share over 1, {@value}. */
    public static final double TOLERANCE = 1e-9;

    /**
     * Validates and copies.
     *
     * @throws IllegalArgumentException if the shape is wrong, a share leaves {@code [0, 1]} or a profile's
     *                                  shares exceed 1 by more than {@value #TOLERANCE}
     */
    public ExPostRule {
        Arguments.notNull("grid", grid);
        Arguments.notNull("shares", shares);
        if (shares.length != grid.agents()) {
            throw new IllegalArgumentException("shares must hold one rule per bidder (got " + shares.length + " for "
                    + grid.agents() + ")");
        }
        double[][] copy = new double[shares.length][];
        for (int i = 0; i < shares.length; i++) {
            grid.requireFunction(shares[i]);
            copy[i] = shares[i].clone();
            for (double share : copy[i]) {
                Arguments.probability("share of bidder " + i, share);
            }
        }
        for (int point = 0; point < grid.size(); point++) {
            double total = 0;
            for (double[] share : copy) {
                total += share[point];
            }
            if (total > 1 + TOLERANCE) {
                throw new IllegalArgumentException("shares at point " + point + " must sum to at most 1 (got " + total + ")");
            }
        }
        shares = copy;
    }

    /** @return a copy of the shares */
    @Override
    public double[][] shares() {
        return Arrays.stream(shares).map(double[]::clone).toArray(double[][]::new);
    }

    /**
     * @param bidder a bidder
     * @return a copy of that bidder's winning probabilities by point
     */
    public double[] share(int bidder) {
        return shares[Arguments.index("bidder", bidder, shares.length)].clone();
    }

    /** @return the reduced form {@code Q_i(x_i) = E[q_i(x_i, X_{-i})]}, {@code [i][x_i]} */
    public double[][] interim() {
        double[][] interim = new double[shares.length][];
        for (int i = 0; i < shares.length; i++) {
            interim[i] = grid.marginals(shares[i])[i];
        }
        return interim;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ExPostRule r && grid.equals(r.grid) && Arrays.deepEquals(shares, r.shares);
    }

    @Override
    public int hashCode() {
        return 31 * grid.hashCode() + Arrays.deepHashCode(shares);
    }
}
