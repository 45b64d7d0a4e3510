package org.mdlab.information;

import org.mdlab.market.Arguments;

/**
 * A member of the three-region family of information structures for {@code n >= 2} bidders in the
 * seller's optimal auction (Bergemann, Heumann and Morris, "Bidders' Surplus and Information in the
 * Optimal Auction", Cowles discussion paper, the form stated in the abstract; the formulas are those of
 * {@link ParetoCentreDisclosure}): full disclosure below the quantile {@code a}, a generalized Pareto centre
 * {@code G⁻¹(q) = c + α/(1 - q)} on {@code [a, b)}, full disclosure from {@code b}. On the centre the
 * revenue curve {@code R(s) = s G⁻¹(1 - s)} is linear, {@code R(s) = α + c s}, so every centre type has the
 * virtual value {@code c}; with {@code c = 0} it is the equal-revenue distribution and the seller is
 * indifferent among all reserves in the centre.
 *
 * @param lowerQuantile the quantile {@code a} where the centre starts, {@code 0 <= a < b}
 * @param upperQuantile the quantile {@code b} where full disclosure resumes, {@code a < b <= 1}
 * @param virtualValue  the centre's virtual value {@code c}, finite
 * @param scale         the centre's Pareto scale {@code α >= 0}
 * @param bidders       the number of bidders, {@code >= 2}
 * @param bidderSurplus the bidders' total expected surplus in the second-price auction with reserve {@link #reserve()}
 * @param revenue       the seller's expected revenue in it
 */
public record ParetoCentrePolicy(double lowerQuantile, double upperQuantile, double virtualValue, double scale,
                                 int bidders, double bidderSurplus, double revenue) {

    /**
     * Validates.
     *
     * @throws IllegalArgumentException if an argument breaks its rule
     */
    public ParetoCentrePolicy {
        Arguments.probability("lowerQuantile", lowerQuantile);
        Arguments.probability("upperQuantile", upperQuantile);
        if (upperQuantile <= lowerQuantile) {
            throw new IllegalArgumentException("upperQuantile must be > lowerQuantile " + lowerQuantile + " (got "
                    + upperQuantile + ")");
        }
        Arguments.finite("virtualValue", virtualValue);
        Arguments.nonNegative("scale", scale);
        Arguments.atLeast("bidders", bidders, 2);
        Arguments.finite("bidderSurplus", bidderSurplus);
        Arguments.finite("revenue", revenue);
    }

    /**
     * The centre's quantile function.
     *
     * @param q a quantile in {@code [lowerQuantile, upperQuantile)}
     * @return {@code c + α/(1 - q)}
     * @throws IllegalArgumentException if {@code q} is outside the centre
     */
    public double centreQuantile(double q) {
        Arguments.finite("q", q);
        if (q < lowerQuantile || q >= upperQuantile) {
            throw new IllegalArgumentException("q must be in the centre [" + lowerQuantile + ", " + upperQuantile
                    + ") (got " + q + ")");
        }
        return virtualValue + scale / (1 - q);
    }

    /**
     * The reserve: the lowest centre value, every lower type is excluded.
     *
     * @return {@code c + α/(1 - a)}
     */
    public double reserve() {
        return virtualValue + scale / (1 - lowerQuantile);
    }

    /**
     * Expected total surplus, bidders' plus seller's.
     *
     * @return {@code bidderSurplus + revenue}
     */
    public double totalSurplus() {
        return bidderSurplus + revenue;
    }
}
