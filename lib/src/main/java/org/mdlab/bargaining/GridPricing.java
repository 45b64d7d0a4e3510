package org.mdlab.bargaining;

import java.util.Arrays;
import org.mdlab.market.Arguments;

/**
 * The seller's best reply on a grid of cutoffs against the stationary buyer rule of seller-offer bargaining
 * (Gul, Sonnenschein and Wilson 1986, JET 39(1); computed by {@link CoasianBargaining#solveSellerProgram}): the
 * revenue at each grid belief {@code [0, k_i]} and the next cutoff chosen there.
 *
 * @param cutoffs          the grid {@code k_0 = 0 < … < k_N = v̄} (copied)
 * @param revenues         the seller's revenue at each grid belief (copied); finite
 * @param next             the index of the next cutoff at each grid belief (copied); {@code next[i] ≤ i}
 * @param acceptanceFactor the buyer's {@code q}: the price that moves the cutoff to {@code k} is {@code q k}; in (0, 1)
 */
public record GridPricing(double[] cutoffs, double[] revenues, int[] next, double acceptanceFactor) {

    /**
     * Validates and copies.
     *
     * @throws IllegalArgumentException if the arrays are null, empty or of different lengths, or an entry breaks its rule
     */
    public GridPricing {
        cutoffs = Arguments.finiteArray("cutoffs", cutoffs);
        revenues = Arguments.finiteArray("revenues", revenues);
        next = Arguments.notNull("next", next).clone();
        if (revenues.length != cutoffs.length || next.length != cutoffs.length) {
            throw new IllegalArgumentException("revenues and next must have " + cutoffs.length + " entries (got "
                    + revenues.length + " and " + next.length + ")");
        }
        for (int i = 0; i < next.length; i++) {
            if (next[i] < 0 || next[i] > i) {
                throw new IllegalArgumentException("next[" + i + "] must lie in 0.." + i + " (got " + next[i] + ")");
            }
        }
        Arguments.openUnit("acceptanceFactor", acceptanceFactor);
    }

    /**
     * The number of grid cells.
     *
     * @return {@code N}
     */
    public int cells() {
        return cutoffs.length - 1;
    }

    /**
     * The revenue from the full belief {@code [0, v̄]}.
     *
     * @return {@code revenues[N]}
     */
    public double revenue() {
        return revenues[cells()];
    }

    /**
     * The opening price: {@code q} times the first cutoff chosen from the full belief.
     *
     * @return the first price
     */
    public double openingPrice() {
        return acceptanceFactor * cutoffs[next[cells()]];
    }

    /**
     * The price path from the full belief until the cutoff stops moving or {@code periods} prices were set.
     *
     * @param periods the most prices; {@code >= 1}
     * @return the prices
     */
    public double[] pricePath(int periods) {
        Arguments.atLeast("periods", periods, 1);
        double[] prices = new double[periods];
        int state = cells();
        int t = 0;
        while (t < periods && next[state] < state) {
            state = next[state];
            prices[t++] = acceptanceFactor * cutoffs[state];
        }
        return Arrays.copyOf(prices, t);
    }

    @Override
    public double[] cutoffs() {
        return cutoffs.clone();
    }

    @Override
    public double[] revenues() {
        return revenues.clone();
    }

    @Override
    public int[] next() {
        return next.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof GridPricing g && Arrays.equals(cutoffs, g.cutoffs) && Arrays.equals(revenues, g.revenues)
                && Arrays.equals(next, g.next) && Double.compare(acceptanceFactor, g.acceptanceFactor) == 0;
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(revenues) + Arrays.hashCode(next);
    }

    @Override
    public String toString() {
        return "GridPricing[N=" + cells() + ", revenue=" + revenue() + "]";
    }
}
