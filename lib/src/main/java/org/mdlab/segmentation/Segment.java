package org.mdlab.segmentation;

import org.mdlab.market.Market;

/**
 * One segment of a segmentation (Bergemann, Brooks and Morris 2015, AER 105(3), Section I): a share
 * of the aggregate market, the market of values within it, and the uniform price the seller charges
 * in it.
 *
 * @param weight the segment's share of all buyers; in {@code (0, 1]}
 * @param market the distribution of values within the segment
 * @param price  the price charged in the segment; finite and {@code >= 0}
 */
public record Segment(double weight, Market market, double price) {

    /**
     * Validates the components.
     *
     * @param weight the share; in {@code (0, 1]} (up to {@link Market#SUM_TOLERANCE} above 1)
     * @param market the segment's market; non-null
     * @param price  the price; finite and {@code >= 0}
     * @throws IllegalArgumentException if a component breaks its rule
     */
    public Segment {
        if (!(weight > 0) || weight > 1 + Market.SUM_TOLERANCE) {
            throw new IllegalArgumentException("weight must be in (0, 1] (got " + weight + ")");
        }
        if (market == null) {
            throw new IllegalArgumentException("market must not be null (weight " + weight + ")");
        }
        if (!Double.isFinite(price) || price < 0) {
            throw new IllegalArgumentException("price must be finite and >= 0 (got " + price + ")");
        }
    }

    /**
     * The segment's contribution to consumer surplus: {@code weight * CS(market, price)}.
     *
     * @return the weighted consumer surplus
     */
    public double consumerSurplus() {
        return weight * market.consumerSurplus(price);
    }

    /**
     * The segment's contribution to producer surplus: {@code weight * price * demand(price)}.
     *
     * @return the weighted producer surplus
     */
    public double producerSurplus() {
        return weight * market.producerSurplus(price);
    }

    /**
     * How far the price falls short of optimal in the segment: {@code pi*(market) - revenue(price)}, 0
     * when the price is an optimal uniform price there (the seller's obedience constraint).
     *
     * @return the revenue shortfall, {@code >= 0} up to rounding
     */
    public double obedienceShortfall() {
        return market.monopolyProfit() - market.revenue(price);
    }
}
