package org.mdlab.segmentation;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import org.mdlab.market.Arguments;
import org.mdlab.market.DemandElasticity;
import org.mdlab.market.Market;

/**
 * An upper bound on the consumer surplus of every segmentation of a discrete market screened with the
 * quadratic cost {@code c(q) = κ q^2 / 2} (any largest quality), the discrete form of the reduction in
 * Bergemann, Heumann and Wang, "Screening and Segmenting: A Consumer Surplus Perspective" (arXiv 2401.12366,
 * Theorem 1: consumer surplus is the expected local rent {@code h Q(v - h)} over inverse hazard rates
 * majorised by the aggregate's).
 *
 * <p>The relaxation. In a segment {@code x} let {@code w_k = x_k h_k} be value {@code k}'s rent weight
 * (the gap to the next value present times the mass above it). (i) For every {@code m}, the segment's
 * weights above {@code v_m} sum to at most {@code E_x[(v - v_m)^+]}; averaging over segments, the
 * segmentation's weights {@code W_k = Σ_s α_s w_{s,k}} satisfy {@code Σ_{j>=m} W_j <= T_m = E*[(v - v_m)^+]}.
 * (ii) A segment's consumer surplus is at most {@code Σ_k x_k ũ(v_k, h_k)} with
 * {@code ũ(v, h) = h (v - h) / κ} for {@code h <= v/2} and {@code v^2 / (4κ)} above, the least concave
 * non-decreasing majorant of the local rent: an ironed block {@code B} earns
 * {@code (W_B V_B - M_B H_B^2) / κ} when its ironed virtual value is positive, and within an ironed block
 * the prefix means of {@code φ} are at least the block mean, so {@code cov(h, v) >= 0} and
 * {@code Σ x_j h_j^2 >= M_B H_B^2}. (iii) {@code ũ} is concave in {@code h}, so by Jensen the surplus is at most
 * {@code Σ_k F_k(W_k)}, {@code F_k(W) = x*_k ũ(v_k, W / x*_k)}. Maximising that over (i) is a concave program.
 *
 * <p>Its dual, computed here. With multipliers {@code Λ_k} non-decreasing in {@code k} and {@code >= 0},
 * the Lagrangian dual function is
 * {@code G(Λ) = Σ_k [x*_k ((v_k - κ Λ_k)^+)^2 / (4κ) + Λ_k x*_k h*_k]}, an upper bound for every such
 * {@code Λ} (weak duality), whatever the accuracy of its minimisation. It is minimised exactly by pooling
 * adjacent violators over the separable convex terms (each term alone is minimised at
 * {@code (v_k - 2 h*_k)/κ}, negative exactly when the aggregate's elasticity {@code v_k / h*_k} is below 2)
 * and clipping at 0. The matching primal inverse hazard rates are {@code h_k = (v_k - κΛ_k)^+ / 2}. With
 * {@code Λ = 0} the bound is {@code E[v^2]/(4κ)}; where the aggregate's elasticity is at least 2 and rising,
 * {@code h = h*} and the bound is the unsegmented surplus. O(n^2) for {@code n} values.
 *
 * @param value                 the bound {@code G(Λ)}
 * @param multipliers           {@code Λ_k}, non-decreasing, {@code >= 0}, one per value of the aggregate's grid
 * @param inverseHazardRates    the primal {@code h_k = (v_k - κΛ_k)^+ / 2}; 0 at values of zero mass
 */
public record RentBound(double value, double[] multipliers, double[] inverseHazardRates) {

    /**
     * Validates and copies the components.
     *
     * @throws IllegalArgumentException if an array is null or of different lengths, or {@code value} is not finite
     */
    public RentBound {
        Arguments.finite("value", value);
        Arguments.notNull("multipliers", multipliers);
        Arguments.notNull("inverseHazardRates", inverseHazardRates);
        if (multipliers.length != inverseHazardRates.length) {
            throw new IllegalArgumentException("multipliers and inverseHazardRates must have one entry per value (got "
                    + multipliers.length + " and " + inverseHazardRates.length + ")");
        }
        multipliers = multipliers.clone();
        inverseHazardRates = inverseHazardRates.clone();
    }

    /**
     * The bound for an aggregate market and the cost {@code κ q^2 / 2}.
     *
     * @param aggregate the aggregate market; not null
     * @param curvature {@code κ}; finite and {@code > 0}
     * @return the bound with its multipliers and primal inverse hazard rates
     * @throws IllegalArgumentException if an argument breaks its rule
     */
    public static RentBound of(Market aggregate, double curvature) {
        Arguments.notNull("aggregate", aggregate);
        Arguments.positive("curvature", curvature);
        int[] support = ConsumerOptimalScreening.support(aggregate);
        Market present = ConsumerOptimalScreening.restrict(aggregate, support);
        int n = support.length;
        double[] v = present.values();
        double[] x = present.probabilities();
        double[] hStar = DemandElasticity.inverseHazardRates(present);
        double[] lambda = isotonicMinimiser(v, x, hStar, curvature);
        double bound = 0;
        double[] lambdaGrid = new double[aggregate.size()];
        double[] hGrid = new double[aggregate.size()];
        for (int i = 0; i < n; i++) {
            double a = Math.max(0, v[i] - curvature * lambda[i]);
            bound += x[i] * a * a / (4 * curvature) + lambda[i] * x[i] * hStar[i];
            lambdaGrid[support[i]] = lambda[i];
            hGrid[support[i]] = a / 2;
        }
        for (int k = 0, i = 0; k < aggregate.size(); k++) {
            if (i < n && support[i] == k) {
                i++;
            } else {
                lambdaGrid[k] = i == 0 ? 0 : lambdaGrid[support[i - 1]];
            }
        }
        return new RentBound(bound, lambdaGrid, hGrid);
    }

    private static double[] isotonicMinimiser(double[] v, double[] x, double[] hStar, double curvature) {
        int n = v.length;
        Deque<int[]> blocks = new ArrayDeque<>();
        Deque<Double> levels = new ArrayDeque<>();
        for (int i = 0; i < n; i++) {
            int[] block = {i, i};
            double level = blockMinimiser(v, x, hStar, curvature, i, i);
            while (!levels.isEmpty() && levels.peekLast() > level) {
                int[] previous = blocks.pollLast();
                levels.pollLast();
                block = new int[] {previous[0], block[1]};
                level = blockMinimiser(v, x, hStar, curvature, block[0], block[1]);
            }
            blocks.addLast(block);
            levels.addLast(level);
        }
        double[] lambda = new double[n];
        while (!blocks.isEmpty()) {
            int[] block = blocks.pollFirst();
            double level = Math.max(0, levels.pollFirst());
            for (int i = block[0]; i <= block[1]; i++) {
                lambda[i] = level;
            }
        }
        return lambda;
    }

    /**
     * The smallest minimiser of {@code Σ_{i in [from, to]} ψ_i(Λ)}, where {@code ψ_i'(Λ) = x_i h*_i - x_i (v_i - κΛ)^+ / 2}:
     * the root of a decreasing piecewise-linear function, found by trying each active set of the largest values.
     */
    private static double blockMinimiser(double[] v, double[] x, double[] hStar, double curvature, int from, int to) {
        double rent = 0;
        double top = Double.NEGATIVE_INFINITY;
        for (int i = from; i <= to; i++) {
            rent += x[i] * hStar[i];
            top = Math.max(top, v[i]);
        }
        if (rent <= 0) {
            return top / curvature;
        }
        Integer[] order = new Integer[to - from + 1];
        for (int i = 0; i < order.length; i++) {
            order[i] = from + i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(v[b], v[a]));
        double mass = 0;
        double moment = 0;
        for (int j = 0; j < order.length; j++) {
            mass += x[order[j]];
            moment += x[order[j]] * v[order[j]];
            double level = (moment - 2 * rent) / (curvature * mass);
            double next = j + 1 < order.length ? v[order[j + 1]] : Double.NEGATIVE_INFINITY;
            if (curvature * level >= next) {
                return level;
            }
        }
        throw new IllegalStateException("unreachable: the last active set always solves the block equation");
    }
}
