package org.mdlab.monotone;

import java.util.Arrays;
import org.mdlab.market.Arguments;

/**
 * A bilateral-trade mechanism found by {@link BilateralTrade}: the probability of trade for each pair of a
 * buyer value and a seller cost, and the ex-ante expected utilities it gives (Yang and Yang 2025,
 * arXiv:2502.18876, the interim efficient bilateral trade application).
 *
 * @param weight         the Pareto weight {@code λ} on the buyer, in {@code [0, 1]}
 * @param trade          {@code trade[i][j]}, the probability of trade at value {@code v_i} and cost {@code c_j} (copied)
 * @param buyerSurplus   the buyer's expected utility
 * @param sellerSurplus  the seller's expected utility
 * @param gainsFromTrade {@code E[(v − c) q(v, c)]}
 */
public record TradeMechanism(double weight, double[][] trade, double buyerSurplus, double sellerSurplus,
                             double gainsFromTrade) {

    /**
     * Validates and copies.
     *
     * @throws IllegalArgumentException if a number is not finite, the weight leaves {@code [0, 1]} or a trade
     *                                  probability leaves {@code [0, 1]}
     */
    public TradeMechanism {
        Arguments.probability("weight", weight);
        Arguments.notNull("trade", trade);
        trade = Arrays.stream(trade).map(row -> Arguments.finiteArray("trade row", row)).toArray(double[][]::new);
        for (double[] row : trade) {
            for (double q : row) {
                Arguments.probability("trade probability", q);
            }
        }
        Arguments.finite("buyerSurplus", buyerSurplus);
        Arguments.finite("sellerSurplus", sellerSurplus);
        Arguments.finite("gainsFromTrade", gainsFromTrade);
    }

    /** @return a copy of the trade probabilities */
    @Override
    public double[][] trade() {
        return Arrays.stream(trade).map(double[]::clone).toArray(double[][]::new);
    }

    /** @return the weighted objective {@code λ U_B + (1 − λ) U_S} */
    public double objective() {
        return weight * buyerSurplus + (1 - weight) * sellerSurplus;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TradeMechanism t && Double.compare(weight, t.weight) == 0
                && Arrays.deepEquals(trade, t.trade) && Double.compare(buyerSurplus, t.buyerSurplus) == 0
                && Double.compare(sellerSurplus, t.sellerSurplus) == 0
                && Double.compare(gainsFromTrade, t.gainsFromTrade) == 0;
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(trade) + 31 * Double.hashCode(weight);
    }
}
