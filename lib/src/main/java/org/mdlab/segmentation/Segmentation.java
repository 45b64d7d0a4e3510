package org.mdlab.segmentation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.mdlab.market.Arguments;
import org.mdlab.market.Market;

/**
 * A segmentation of an aggregate market with a price in each segment (Bergemann, Brooks and Morris
 * 2015, AER 105(3), Section I): segments with weights, each a market on the aggregate's grid of values
 * and a price. Construction checks the shapes; {@link #verify()} measures how far the segments are from
 * averaging back to the aggregate and from having optimal prices.
 *
 * @param aggregate the aggregate market {@code x*}
 * @param segments  the segments; non-empty, each market on the aggregate's values, weights summing to 1
 */
public record Segmentation(Market aggregate, List<Segment> segments) {

    /**
     * Validates the shapes and copies the list.
     *
     * @param aggregate the aggregate market; non-null
     * @param segments  the segments; non-empty, no nulls, each market on exactly the aggregate's values,
     *                  weights summing to 1 within {@link Market#SUM_TOLERANCE}
     * @throws IllegalArgumentException if a rule is broken
     */
    public Segmentation {
        if (aggregate == null) {
            throw new IllegalArgumentException("aggregate must not be null");
        }
        if (segments == null || segments.isEmpty()) {
            throw new IllegalArgumentException("segments must be non-empty (got " + (segments == null ? "null" : "none") + ")");
        }
        double[] grid = aggregate.values();
        double total = 0;
        for (int j = 0; j < segments.size(); j++) {
            Segment s = segments.get(j);
            if (s == null) {
                throw new IllegalArgumentException("segments must not contain null (got null at index " + j + ")");
            }
            if (!Arrays.equals(grid, s.market().values())) {
                throw new IllegalArgumentException("segment " + j + " must be on the aggregate's values "
                        + Arrays.toString(grid) + " (got " + Arrays.toString(s.market().values()) + ")");
            }
            total += s.weight();
        }
        if (Math.abs(total - 1) > Market.SUM_TOLERANCE) {
            throw new IllegalArgumentException("segment weights must sum to 1 within " + Market.SUM_TOLERANCE + " (got " + total + ")");
        }
        segments = List.copyOf(segments);
    }

    /**
     * The segmentation with the given segments.
     *
     * @param aggregate the aggregate market
     * @param segments  the segments
     * @return the segmentation
     * @throws IllegalArgumentException if the rules of {@link Segmentation} are broken
     */
    public static Segmentation of(Market aggregate, List<Segment> segments) {
        return new Segmentation(aggregate, segments);
    }

    /**
     * No segmentation: the aggregate market as one segment, priced at the uniform monopoly price {@code p*}.
     *
     * @param aggregate the market
     * @return the one-segment segmentation at {@code p*}
     */
    public static Segmentation uniformPricing(Market aggregate) {
        Arguments.notNull("aggregate", aggregate);
        return of(aggregate, List.of(new Segment(1, aggregate, aggregate.monopolyPrice())));
    }

    /**
     * The consumer-optimal segmentation of BBM (2015), Theorem 1: the greedy decomposition into extremal
     * markets, each priced at the lowest value of its support. Trade is efficient and the seller earns
     * {@code pi*}, so it reaches the vertex {@code (w* - pi*, pi*)}. O(K log K) time for the greedy pass, O(K^2) memory for the materialised segments.
     *
     * @param aggregate the market
     * @return the segmentation
     */
    public static Segmentation consumerOptimal(Market aggregate) {
        Arguments.notNull("aggregate", aggregate);
        return GreedySegmentation.of(aggregate).toSegmentation(true);
    }

    /**
     * The greedy segments priced at the highest value of each support: only the highest-value buyers of
     * each segment buy, consumers get nothing and the seller earns {@code pi*}, reaching the vertex
     * {@code (0, pi*)} (BBM 2015, Theorem 1).
     *
     * @param aggregate the market
     * @return the segmentation
     */
    public static Segmentation surplusMinimising(Market aggregate) {
        Arguments.notNull("aggregate", aggregate);
        return GreedySegmentation.of(aggregate).toSegmentation(false);
    }

    /**
     * Perfect (first-degree) discrimination: one segment per value with positive mass, priced at that
     * value; consumers get nothing and the seller earns {@code w*}, the vertex {@code (0, w*)}.
     *
     * @param aggregate the market; not null
     * @return the segmentation
     * @throws IllegalArgumentException if {@code aggregate} is null or {@code K^2} exceeds
     *                                  {@link GreedySegmentation#MAX_MATERIALISED}
     */
    public static Segmentation producerOptimal(Market aggregate) {
        Arguments.notNull("aggregate", aggregate);
        double[] v = aggregate.values();
        Arguments.sizeAtMost("segments x values", Math.multiplyExact((long) v.length, v.length),
                GreedySegmentation.MAX_MATERIALISED, "one market of " + v.length + " doubles for each of up to "
                        + v.length + " segments");
        List<Segment> segments = new ArrayList<>();
        for (int k = 0; k < v.length; k++) {
            if (aggregate.probability(k) > 0) {
                segments.add(new Segment(aggregate.probability(k), ExtremalMarket.on(v, k), v[k]));
            }
        }
        return of(aggregate, segments);
    }

    /**
     * A segmentation reaching the surplus pair {@code (cs, ps)} by mixing the three vertex segmentations
     * with the point's barycentric weights (BBM 2015, Theorem 1: the achievable set is convex).
     *
     * @param aggregate the market
     * @param cs        the requested consumer surplus
     * @param ps        the requested producer surplus
     * @return a segmentation with consumer surplus {@code cs} and producer surplus {@code ps} (up to rounding)
     * @throws IllegalArgumentException if {@code (cs, ps)} is outside the welfare triangle of {@code aggregate}
     */
    public static Segmentation reaching(Market aggregate, double cs, double ps) {
        Arguments.notNull("aggregate", aggregate);
        WelfareTriangle triangle = WelfareTriangle.of(aggregate);
        triangle.requireContains(cs, ps);
        double[] lambda = triangle.barycentric(cs, ps);
        double total = 0;
        for (int i = 0; i < lambda.length; i++) {
            lambda[i] = Math.max(0, lambda[i]);
            total += lambda[i];
        }
        for (int i = 0; i < lambda.length; i++) {
            lambda[i] /= total;
        }
        GreedySegmentation greedy = GreedySegmentation.of(aggregate);
        List<Segment> segments = new ArrayList<>();
        addScaled(segments, greedy.toSegmentation(false), lambda[0]);
        addScaled(segments, producerOptimal(aggregate), lambda[1]);
        addScaled(segments, greedy.toSegmentation(true), lambda[2]);
        return of(aggregate, segments);
    }

    private static void addScaled(List<Segment> into, Segmentation from, double share) {
        if (share <= 0) {
            return;
        }
        for (Segment s : from.segments()) {
            into.add(new Segment(share * s.weight(), s.market(), s.price()));
        }
    }

    /**
     * The number of segments.
     *
     * @return the number of segments
     */
    public int size() {
        return segments.size();
    }

    /**
     * Consumer surplus: {@code sum_j alpha_j CS(x_j, p_j)}.
     *
     * @return the consumer surplus
     */
    public double consumerSurplus() {
        return segments.stream().mapToDouble(Segment::consumerSurplus).sum();
    }

    /**
     * Producer surplus: {@code sum_j alpha_j p_j D_j(p_j)}.
     *
     * @return the producer surplus
     */
    public double producerSurplus() {
        return segments.stream().mapToDouble(Segment::producerSurplus).sum();
    }

    /**
     * Total surplus: consumer plus producer surplus.
     *
     * @return the total surplus
     */
    public double totalSurplus() {
        return consumerSurplus() + producerSurplus();
    }

    /**
     * How far this is from a valid segmentation: the largest deviation of
     * {@code sum_j alpha_j x_j(v_k)} from {@code x*(v_k)} over values {@code k}, and the largest revenue
     * shortfall of a segment's price below that segment's optimal revenue. O(K * segments).
     *
     * @return the violations
     */
    public Verification verify() {
        double[] average = new double[aggregate.size()];
        double obedience = 0;
        for (Segment s : segments) {
            double[] x = s.market().probabilities();
            for (int k = 0; k < x.length; k++) {
                average[k] += s.weight() * x[k];
            }
            obedience = Math.max(obedience, s.obedienceShortfall());
        }
        double averaging = 0;
        for (int k = 0; k < average.length; k++) {
            averaging = Math.max(averaging, Math.abs(average[k] - aggregate.probability(k)));
        }
        return new Verification(averaging, obedience);
    }
}
