package org.mdlab.information;

import java.util.Arrays;
import org.mdlab.market.Arguments;

/**
 * A symmetric information structure for bidders in the seller's optimal auction, described by the
 * quantile function {@code G⁻¹} of a bidder's interim (expected) value on {@code N} equal quantile cells,
 * together with the reserve the seller sets given it and what the bidders and the seller get
 * (Bergemann, Heumann and Morris, "Bidders' Surplus and Information in the Optimal Auction", Cowles
 * discussion paper; for one bidder Roesler and Szentes 2017, AER 107(7)). With a regular {@code G} the
 * optimal auction is a second-price auction with reserve {@code G⁻¹} at quantile {@code k/N}: cells
 * below {@code k} are excluded.
 *
 * @param quantiles     {@code G⁻¹} on the cells, non-decreasing; finite, at least two cells
 * @param reserveCell   the lowest cell that is served, {@code 0 <= k < N}
 * @param bidders       the number of bidders, {@code >= 1}
 * @param bidderSurplus the bidders' total expected surplus
 * @param revenue       the seller's expected revenue
 */
public record OptimalAuctionPolicy(double[] quantiles, int reserveCell, int bidders, double bidderSurplus,
                                   double revenue) {

    /**
     * Validates and copies.
     *
     * @throws IllegalArgumentException if an argument breaks its rule
     */
    public OptimalAuctionPolicy {
        quantiles = Arguments.finiteArray("quantiles", quantiles);
        Arguments.atLeast("quantiles.length", quantiles.length, 2);
        Arguments.index("reserveCell", reserveCell, quantiles.length);
        Arguments.atLeast("bidders", bidders, 1);
        Arguments.finite("bidderSurplus", bidderSurplus);
        Arguments.finite("revenue", revenue);
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
     * The reserve price: the interim value of the lowest cell served.
     *
     * @return {@code G⁻¹} on cell {@code reserveCell}
     */
    public double reserve() {
        return quantiles[reserveCell];
    }

    /**
     * The probability that one bidder's interim value is below the reserve.
     *
     * @return {@code reserveCell / N}
     */
    public double reserveQuantile() {
        return (double) reserveCell / quantiles.length;
    }

    /**
     * Expected total surplus, bidders' plus seller's.
     *
     * @return {@code bidderSurplus + revenue}
     */
    public double totalSurplus() {
        return bidderSurplus + revenue;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof OptimalAuctionPolicy p && Arrays.equals(quantiles, p.quantiles)
                && reserveCell == p.reserveCell && bidders == p.bidders
                && Double.compare(bidderSurplus, p.bidderSurplus) == 0 && Double.compare(revenue, p.revenue) == 0;
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Arrays.hashCode(quantiles) + reserveCell) + bidders;
    }

    @Override
    public String toString() {
        return "OptimalAuctionPolicy[" + bidders + " bidders, " + quantiles.length + " cells, reserve "
                + reserve() + " at quantile " + reserveQuantile() + ", bidder surplus " + bidderSurplus
                + ", revenue " + revenue + "]";
    }
}
