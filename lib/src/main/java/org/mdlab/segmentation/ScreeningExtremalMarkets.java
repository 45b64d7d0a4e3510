package org.mdlab.segmentation;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.mdlab.market.Arguments;
import org.mdlab.market.ConvexCost;
import org.mdlab.market.DemandElasticity;
import org.mdlab.market.Market;

/**
 * The extremal markets of segmentation with screening and the greedy decomposition over them (Bergemann,
 * Heumann and Wang, "A Unified Approach to Second and Third Degree Price Discrimination", CEPR DP18793, the
 * early version of arXiv 2401.12366), the screening analogue of the equal-revenue markets of Bergemann, Brooks
 * and Morris (2015). For a power cost {@code c(q) = q^γ/γ} the local rent {@code h Q(v - h)},
 * {@code Q(φ) = φ^{1/(γ-1)}}, peaks at {@code h = v (γ-1)/γ}: elasticity {@code ε* = γ/(γ-1)} (2 for the
 * quadratic cost, 1 in the unit-demand limit). The extremal market on a set of values has elasticity exactly
 * {@code ε*} at every value below its top ({@link DemandElasticity#constant}), so every value below the top
 * earns the largest local rent it can.
 *
 * <p>The greedy decomposition: on the residual market's support take the extremal market, remove the largest
 * multiple that fits, and repeat until nothing is left (at most one step per value). Unlike BBM's greedy
 * algorithm it is not always consumer-optimal: each segment's top value earns no rent, and where the aggregate
 * is more elastic than {@code ε*} the segments lose rent the aggregate had.
 */
public final class ScreeningExtremalMarkets {

    private ScreeningExtremalMarkets() {
    }

    /**
     * The threshold elasticity {@code ε* = γ/(γ-1)} of a power cost.
     *
     * @param cost a cost built by {@link ConvexCost#power} or {@link ConvexCost#quadratic}
     * @return {@code γ/(γ-1)}
     * @throws IllegalArgumentException if {@code cost} is null or not a power cost
     */
    public static double threshold(ConvexCost cost) {
        Arguments.notNull("cost", cost);
        double gamma = cost.powerExponent().orElseThrow(() -> new IllegalArgumentException(
                "cost must be a power cost k q^γ/γ built by ConvexCost.power or ConvexCost.quadratic (got another cost)"));
        return gamma / (gamma - 1);
    }

    /**
     * The extremal market on the values of {@code grid} with the given indices: elasticity {@code ε} at every
     * one of them below the largest, zero mass elsewhere.
     *
     * @param grid       the values; not null
     * @param indices    strictly increasing indices into {@code grid}; at least one
     * @param elasticity {@code ε}; finite and {@code > 0}
     * @return the market on the grid
     * @throws IllegalArgumentException if an argument breaks its rule
     */
    public static Market extremal(double[] grid, int[] indices, double elasticity) {
        Arguments.notNull("grid", grid);
        Arguments.notNull("indices", indices);
        Arguments.positive("elasticity", elasticity);
        Arguments.atLeast("indices length", indices.length, 1);
        for (int i = 0; i < indices.length; i++) {
            Arguments.index("indices[" + i + "]", indices[i], grid.length);
            if (i > 0 && indices[i] <= indices[i - 1]) {
                throw new IllegalArgumentException("indices must be strictly increasing (got " + indices[i]
                        + " after " + indices[i - 1] + ")");
            }
        }
        double[] p = new double[grid.length];
        if (indices.length == 1) {
            p[indices[0]] = 1;
            return Market.of(grid, p);
        }
        double[] values = new double[indices.length];
        for (int i = 0; i < indices.length; i++) {
            values[i] = grid[indices[i]];
        }
        Market e = DemandElasticity.constant(values, elasticity);
        for (int i = 0; i < indices.length; i++) {
            p[indices[i]] = e.probability(i);
        }
        return Market.of(grid, p);
    }

    /**
     * The greedy decomposition of {@code aggregate} into extremal markets of elasticity {@code ε* = threshold(cost)},
     * each screened with {@code cost}.
     *
     * @param aggregate the aggregate market; not null, values {@code > 0}
     * @param cost      a power cost; not null
     * @return the segmentation (at most one segment per value of positive mass)
     * @throws IllegalArgumentException if an argument breaks its rule
     */
    public static ScreeningSegmentation greedy(Market aggregate, ConvexCost cost) {
        Arguments.notNull("aggregate", aggregate);
        double elasticity = threshold(cost);
        double[] residual = aggregate.probabilities();
        List<ScreenedSegment> segments = new ArrayList<>();
        double left = 1;
        while (true) {
            int[] support = IntStream.range(0, residual.length).filter(k -> residual[k] > 0).toArray();
            if (support.length == 0) {
                break;
            }
            Market e = extremal(aggregate.values(), support, elasticity);
            double weight = Double.POSITIVE_INFINITY;
            int binding = -1;
            for (int k : support) {
                double fit = residual[k] / e.probability(k);
                if (fit < weight) {
                    weight = fit;
                    binding = k;
                }
            }
            for (int k : support) {
                residual[k] = k == binding || residual[k] - weight * e.probability(k) <= Market.SUM_TOLERANCE * 1e-3
                        ? 0 : residual[k] - weight * e.probability(k);
            }
            left -= weight;
            segments.add(new ScreenedSegment(weight, ScreenedMarket.of(e, cost)));
        }
        double total = 1 - left;
        List<ScreenedSegment> normalised = new ArrayList<>();
        for (ScreenedSegment s : segments) {
            normalised.add(new ScreenedSegment(s.weight() / total, s.market()));
        }
        return ScreeningSegmentation.of(aggregate, cost, normalised);
    }
}
