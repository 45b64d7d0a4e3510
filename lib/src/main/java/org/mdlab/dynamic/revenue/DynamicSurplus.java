package org.mdlab.dynamic.revenue;

import org.mdlab.market.Arguments;

/**
 * The expected discounted accounts of the optimal dynamic mechanism of {@link AutoregressiveScreening}
 * (Pavan, Segal and Toikka 2014, Econometrica 82(2)): the seller's profit (expected virtual
 * surplus), the buyer's information rent, and the first-best surplus of the efficient allocation. The
 * profit and the rent sum to the surplus the optimal allocation creates, which the first best bounds.
 *
 * @param profit          {@code Σ_t δ^{t-1} E[½ q_t²]}
 * @param consumerRent    {@code Σ_t δ^{t-1} E[γ^{t-1}(1 - θ_1) q_t]}
 * @param firstBest       {@code Σ_t δ^{t-1} E[½ (θ_t)₊²]}
 * @param periodProfit    the undiscounted {@code E[½ q_t²]}, index {@code t - 1} (copied)
 */
public record DynamicSurplus(double profit, double consumerRent, double firstBest, double[] periodProfit) {

    /**
     * Validates and copies.
     *
     * @throws IllegalArgumentException if a value is not finite or the array is null
     */
    public DynamicSurplus {
        Arguments.finite("profit", profit);
        Arguments.finite("consumerRent", consumerRent);
        Arguments.finite("firstBest", firstBest);
        periodProfit = Arguments.finiteArray("periodProfit", periodProfit).clone();
    }

    /** @return a copy of the per-period expected virtual surplus */
    @Override
    public double[] periodProfit() {
        return periodProfit.clone();
    }

    /** @return the deadweight loss {@code firstBest - profit - consumerRent} */
    public double deadweightLoss() {
        return firstBest - profit - consumerRent;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DynamicSurplus d && Double.compare(profit, d.profit) == 0
                && Double.compare(consumerRent, d.consumerRent) == 0 && Double.compare(firstBest, d.firstBest) == 0
                && java.util.Arrays.equals(periodProfit, d.periodProfit);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(profit, consumerRent, firstBest) * 31 + java.util.Arrays.hashCode(periodProfit);
    }

    @Override
    public String toString() {
        return "DynamicSurplus[profit=" + profit + ", consumerRent=" + consumerRent + ", firstBest=" + firstBest + "]";
    }
}
