package org.mdlab.segmentation;

import java.util.stream.IntStream;
import org.mdlab.market.Market;
import org.mdlab.market.ConvexCost;
import org.mdlab.screening.NonlinearPricing;
import org.mdlab.screening.PricingSolution;

/**
 * One market segment in which the seller screens with a menu of qualities (Bergemann, Heumann and
 * Wang, "Screening and Segmenting: A Consumer Surplus Perspective", arXiv 2401.12366, Section 2): a
 * buyer of value {@code v} gets {@code v q - t}, quality {@code q} costs {@code c(q)}, and the seller
 * offers the profit-maximising menu for the segment's distribution of values (Mussa and Rosen 1978
 * with ironing, computed by {@link NonlinearPricing#optimal(Market, ConvexCost)}, which keeps the values
 * present in the segment). Consumer surplus is the buyers' information rent
 * {@code Σ_k x_k U_k = Σ_k (v_{k+1} - v_k) D(v_{k+1}) q_k} (sum over present values, {@code v_{k+1}} the
 * next present value); producer surplus is profit {@code Σ_k x_k (t_k - c(q_k))}.
 */
public final class ScreenedMarket {

    private final Market market;
    private final ConvexCost cost;
    private final int[] support;
    private final PricingSolution solution;

    private ScreenedMarket(Market market, ConvexCost cost) {
        this.market = market;
        this.cost = cost;
        this.support = IntStream.range(0, market.size()).filter(k -> market.probability(k) > 0).toArray();
        this.solution = NonlinearPricing.optimal(market, cost);
    }

    /**
     * The seller's optimal menu in a market.
     *
     * @param market the segment's distribution of values
     * @param cost   the cost of quality
     * @return the screened market
     * @throws IllegalArgumentException if an argument is null
     */
    public static ScreenedMarket of(Market market, ConvexCost cost) {
        if (market == null || cost == null) {
            throw new IllegalArgumentException("market and cost must not be null (got market "
                    + (market == null ? "null" : "non-null") + ", cost " + (cost == null ? "null" : "non-null") + ")");
        }
        return new ScreenedMarket(market, cost);
    }

    /**
     * The segment's distribution of values.
     *
     * @return the segment's market
     */
    public Market market() {
        return market;
    }

    /**
     * The cost of quality {@code c(q)} shared by all segments.
     *
     * @return the cost of quality
     */
    public ConvexCost cost() {
        return cost;
    }

    /**
     * The seller's optimal menu over the values present in the segment, with profit and rents.
     *
     * @return the pricing solution (its types are the present values in increasing order)
     */
    public PricingSolution solution() {
        return solution;
    }

    /**
     * Whether value {@code k} of the market's grid has positive mass in this segment.
     *
     * @param k an index of the market's values
     * @return true if {@code x_k > 0}
     * @throws IllegalArgumentException if {@code k} is out of range
     */
    public boolean contains(int k) {
        checkIndex(k);
        return market.probability(k) > 0;
    }

    /**
     * The quality the seller's menu gives to buyers of value {@code v_k}.
     *
     * @param k an index of a value present in the segment
     * @return {@code q_k}
     * @throws IllegalArgumentException if {@code k} is out of range or the value is absent from the segment
     */
    public double quality(int k) {
        return solution.menu().qualities()[position(k)];
    }

    /**
     * The price the seller's menu charges buyers of value {@code v_k}.
     *
     * @param k an index of a value present in the segment
     * @return {@code t_k}
     * @throws IllegalArgumentException if {@code k} is out of range or the value is absent from the segment
     */
    public double price(int k) {
        return solution.menu().prices()[position(k)];
    }

    /**
     * The information rent of buyers of value {@code v_k} under the seller's menu, {@code v_k q_k - t_k}.
     *
     * @param k an index of a value present in the segment
     * @return {@code U_k}
     * @throws IllegalArgumentException if {@code k} is out of range or the value is absent from the segment
     */
    public double rent(int k) {
        int i = position(k);
        return market.value(k) * solution.menu().qualities()[i] - solution.menu().prices()[i];
    }

    /**
     * Consumer surplus per buyer in the segment: the expected information rent.
     *
     * @return {@code Σ_k x_k U_k}
     */
    public double consumerSurplus() {
        return solution.consumerRent();
    }

    /**
     * Producer surplus per buyer in the segment: the seller's expected profit.
     *
     * @return {@code Σ_k x_k (t_k - c(q_k))}
     */
    public double producerSurplus() {
        return solution.profit();
    }

    /**
     * Total surplus per buyer in the segment.
     *
     * @return consumer plus producer surplus
     */
    public double totalSurplus() {
        return consumerSurplus() + producerSurplus();
    }

    private int position(int k) {
        checkIndex(k);
        for (int i = 0; i < support.length; i++) {
            if (support[i] == k) {
                return i;
            }
        }
        throw new IllegalArgumentException("value index " + k + " (value " + market.value(k)
                + ") must be present in the segment (its mass is 0)");
    }

    private void checkIndex(int k) {
        if (k < 0 || k >= market.size()) {
            throw new IllegalArgumentException("k must be in [0, " + market.size() + ") (got " + k + ")");
        }
    }
}
