package org.mdlab.segmentation;

import org.mdlab.market.Market;

/**
 * One segment of a segmentation in which the seller screens within each segment (Bergemann, Heumann
 * and Wang, arXiv 2401.12366, Section 2): the segment's share of all buyers and its screened market.
 *
 * @param weight the segment's share of all buyers; in {@code (0, 1]} (up to {@link Market#SUM_TOLERANCE} above 1)
 * @param market the segment's market with the seller's optimal menu; non-null
 */
public record ScreenedSegment(double weight, ScreenedMarket market) {

    /**
     * Validates the components.
     *
     * @throws IllegalArgumentException if a component breaks its rule
     */
    public ScreenedSegment {
        if (!(weight > 0) || weight > 1 + Market.SUM_TOLERANCE) {
            throw new IllegalArgumentException("weight must be in (0, 1] (got " + weight + ")");
        }
        if (market == null) {
            throw new IllegalArgumentException("market must not be null (weight " + weight + ")");
        }
    }

    /**
     * The segment's contribution to consumer surplus.
     *
     * @return {@code weight * CS(segment)}
     */
    public double consumerSurplus() {
        return weight * market.consumerSurplus();
    }

    /**
     * The segment's contribution to producer surplus.
     *
     * @return {@code weight * PS(segment)}
     */
    public double producerSurplus() {
        return weight * market.producerSurplus();
    }
}
