package org.mdlab.segmentation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.mdlab.market.Market;
import org.mdlab.market.ConvexCost;

/**
 * Second- and third-degree price discrimination together (Bergemann, Heumann and Wang, "Screening and
 * Segmenting: A Consumer Surplus Perspective", arXiv 2401.12366, Section 2): the aggregate market is
 * split into segments that average back to it, and in each segment the seller offers its
 * profit-maximising menu of qualities ({@link ScreenedMarket}). Consumer and producer surplus are the
 * weighted sums over segments. The paper's structural claims about the consumer-optimal segmentation
 * are measured by {@link #qualitySpread()} (buyers of one value get one quality in every segment) and
 * {@link #monotonicityViolation()} (higher values get higher quality across all segments).
 */
public final class ScreeningSegmentation {

    private final Market aggregate;
    private final ConvexCost cost;
    private final List<ScreenedSegment> segments;

    private ScreeningSegmentation(Market aggregate, ConvexCost cost, List<ScreenedSegment> segments) {
        this.aggregate = aggregate;
        this.cost = cost;
        this.segments = segments;
    }

    /**
     * A segmentation with the given segments.
     *
     * @param aggregate the aggregate market; non-null
     * @param cost      the cost of quality; non-null
     * @param segments  non-empty, no nulls, each on the aggregate's values and screened with this very
     *                  {@code cost} instance,
     *                  weights summing to 1 within {@link Market#SUM_TOLERANCE}
     * @return the segmentation
     * @throws IllegalArgumentException if a rule is broken
     */
    public static ScreeningSegmentation of(Market aggregate, ConvexCost cost, List<ScreenedSegment> segments) {
        if (aggregate == null || cost == null) {
            throw new IllegalArgumentException("aggregate and cost must not be null");
        }
        if (segments == null || segments.isEmpty()) {
            throw new IllegalArgumentException("segments must be non-empty (got " + (segments == null ? "null" : "none") + ")");
        }
        double[] grid = aggregate.values();
        double total = 0;
        for (int j = 0; j < segments.size(); j++) {
            ScreenedSegment s = segments.get(j);
            if (s == null) {
                throw new IllegalArgumentException("segments must not contain null (got null at index " + j + ")");
            }
            if (!Arrays.equals(grid, s.market().market().values())) {
                throw new IllegalArgumentException("segment " + j + " must be on the aggregate's values "
                        + Arrays.toString(grid) + " (got " + Arrays.toString(s.market().market().values()) + ")");
            }
            if (s.market().cost() != cost) {
                throw new IllegalArgumentException("segment " + j + " must be screened with the segmentation's cost");
            }
            total += s.weight();
        }
        if (Math.abs(total - 1) > Market.SUM_TOLERANCE) {
            throw new IllegalArgumentException("segment weights must sum to 1 within " + Market.SUM_TOLERANCE
                    + " (got " + total + ")");
        }
        return new ScreeningSegmentation(aggregate, cost, List.copyOf(segments));
    }

    /**
     * No segmentation: the seller screens the aggregate market with one menu.
     *
     * @param aggregate the market
     * @param cost      the cost of quality
     * @return the one-segment segmentation
     */
    public static ScreeningSegmentation unsegmented(Market aggregate, ConvexCost cost) {
        return of(aggregate, cost, List.of(new ScreenedSegment(1, ScreenedMarket.of(aggregate, cost))));
    }

    /**
     * The segments of a unit-demand segmentation (for example the BBM greedy consumer-optimal one,
     * {@link Segmentation#consumerOptimal}), now screened with menus of qualities; the posted prices of
     * {@code segmentation} are ignored.
     *
     * @param segmentation the segmentation whose segment markets and weights are kept
     * @param cost         the cost of quality
     * @return the screened segmentation
     */
    public static ScreeningSegmentation screening(Segmentation segmentation, ConvexCost cost) {
        List<ScreenedSegment> screened = new ArrayList<>();
        for (Segment s : segmentation.segments()) {
            screened.add(new ScreenedSegment(s.weight(), ScreenedMarket.of(s.market(), cost)));
        }
        return of(segmentation.aggregate(), cost, screened);
    }

    /**
     * The aggregate market the segments average to.
     *
     * @return the aggregate market
     */
    public Market aggregate() {
        return aggregate;
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
     * The screened segments, in the order given.
     *
     * @return the segments (unmodifiable)
     */
    public List<ScreenedSegment> segments() {
        return segments;
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
     * Consumer surplus, {@code Σ_s α_s CS(x_s)}.
     *
     * @return the consumer surplus
     */
    public double consumerSurplus() {
        return segments.stream().mapToDouble(ScreenedSegment::consumerSurplus).sum();
    }

    /**
     * Producer surplus, {@code Σ_s α_s PS(x_s)}.
     *
     * @return the producer surplus
     */
    public double producerSurplus() {
        return segments.stream().mapToDouble(ScreenedSegment::producerSurplus).sum();
    }

    /**
     * Total surplus.
     *
     * @return consumer plus producer surplus
     */
    public double totalSurplus() {
        return consumerSurplus() + producerSurplus();
    }

    /**
     * How far the segments are from averaging back to the aggregate:
     * {@code max_k |Σ_s α_s x_s(v_k) - x*(v_k)|}. Seller optimality holds by construction (each menu is
     * the optimal one). O(K × segments).
     *
     * @return the largest deviation
     */
    public double averagingViolation() {
        double[] average = new double[aggregate.size()];
        for (ScreenedSegment s : segments) {
            for (int k = 0; k < average.length; k++) {
                average[k] += s.weight() * s.market().market().probability(k);
            }
        }
        double worst = 0;
        for (int k = 0; k < average.length; k++) {
            worst = Math.max(worst, Math.abs(average[k] - aggregate.probability(k)));
        }
        return worst;
    }

    /**
     * The largest difference between the qualities that buyers of one value get in different segments,
     * {@code max_k (max_s q_s(v_k) - min_s q_s(v_k))} over segments where {@code v_k} is present; 0 when
     * every value gets one quality in every segment, the structure BHW show for the consumer-optimal
     * segmentation.
     *
     * @return the spread, {@code >= 0}
     */
    public double qualitySpread() {
        double worst = 0;
        for (int k = 0; k < aggregate.size(); k++) {
            double[] range = qualityRange(k);
            if (range[1] >= range[0]) {
                worst = Math.max(worst, range[1] - range[0]);
            }
        }
        return worst;
    }

    /**
     * The largest violation of quality monotonicity across segments,
     * {@code max (q_s(v_k) - q_t(v_l))^+} over all segments {@code s, t} and values {@code v_k < v_l}
     * present in them; 0 when a higher value gets at least as high a quality whatever the segments.
     * Computed in O(K × segments) from the running maximum of the qualities of lower values.
     *
     * @return the violation, {@code >= 0}
     */
    public double monotonicityViolation() {
        double highestBelow = Double.NEGATIVE_INFINITY;
        double worst = 0;
        for (int k = 0; k < aggregate.size(); k++) {
            double[] range = qualityRange(k);
            if (range[1] >= range[0]) {
                worst = Math.max(worst, highestBelow - range[0]);
                highestBelow = Math.max(highestBelow, range[1]);
            }
        }
        return worst;
    }

    private double[] qualityRange(int k) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (ScreenedSegment s : segments) {
            if (s.market().contains(k)) {
                lo = Math.min(lo, s.market().quality(k));
                hi = Math.max(hi, s.market().quality(k));
            }
        }
        return new double[] {lo, hi};
    }
}
