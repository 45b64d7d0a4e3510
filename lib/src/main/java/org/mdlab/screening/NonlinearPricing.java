package org.mdlab.screening;

import org.mdlab.market.Arguments;
import org.mdlab.market.ConvexCost;
import org.mdlab.market.Ironing;
import org.mdlab.market.Market;
import org.mdlab.market.ValueDistribution;
import org.mdlab.market.VirtualValues;

/**
 * The seller-optimal menu of qualities and prices (Mussa and Rosen 1978; Maskin and Riley 1984).
 * Qualities maximise the ironed virtual surplus pointwise, {@code q_i = argmax_q φ̄_i q - c(q)}
 * (Mussa and Rosen 1978, eq. (12); Myerson 1981, Section 6 for ironing), and prices make the lowest
 * type's participation and the local downward incentive constraints bind (discrete types) or follow
 * the envelope formula {@code t(θ) = θ q(θ) - ∫_low^θ q(s) ds} (continuous types).
 */
public final class NonlinearPricing {

    /** The largest grid of types {@link #optimal(ValueDistribution, ConvexCost, int)} accepts. */
    public static final int MAX_GRID_POINTS = 1_000_000;

    private NonlinearPricing() {
    }

    /**
     * The optimal menu for finitely many types (Maskin and Riley 1984, Section 3): a type distribution is
     * a {@link Market} whose values are the types (marginal values of quality, {@code >= 0}); values with
     * zero probability are not types and are dropped. Ironed discrete virtual values
     * ({@link VirtualValues}, {@link Ironing}), {@code t_1 = θ_1 q_1},
     * {@code t_i = t_{i-1} + θ_i (q_i - q_{i-1})}.
     *
     * @param types the type distribution
     * @param cost  the convex cost of quality
     * @return the optimal menu with profit, rents and first best, one item per type of positive probability
     * @throws IllegalArgumentException if an argument is null
     */
    public static PricingSolution optimal(Market types, ConvexCost cost) {
        Arguments.notNull("types", types);
        Arguments.notNull("cost", cost);
        int n = 0;
        for (int k = 0; k < types.size(); k++) {
            n += types.probability(k) > 0 ? 1 : 0;
        }
        double[] theta = new double[n];
        double[] p = new double[n];
        for (int k = 0, i = 0; k < types.size(); k++) {
            if (types.probability(k) > 0) {
                theta[i] = types.value(k);
                p[i++] = types.probability(k);
            }
        }
        double[] ironed = Ironing.ironed(VirtualValues.of(theta, p), p);
        double[] q = new double[n];
        double[] t = new double[n];
        double[] firstBest = new double[n];
        for (int i = 0; i < n; i++) {
            q[i] = cost.bestQuality(ironed[i]);
            if (i > 0 && q[i] < q[i - 1]) {
                q[i] = q[i - 1];
            }
            t[i] = i == 0 ? theta[0] * q[0] : t[i - 1] + theta[i] * (q[i] - q[i - 1]);
            firstBest[i] = cost.bestQuality(theta[i]);
        }
        return new PricingSolution(new Menu(theta, p, q, t), ironed, firstBest, cost);
    }

    /**
     * The optimal menu for a continuum of types, evaluated on {@code gridPoints} equally spaced types
     * (Mussa and Rosen 1978, Sections 3–4). Virtual values are exact at the grid points; ironing
     * pools them with trapezoid masses {@code f(θ_k) w_k}; prices follow the envelope formula with the
     * integral by the trapezoid rule, so they are exact when {@code q} is linear between grid points.
     * Profit and rents are the trapezoid-rule integrals, accurate to {@code O(h^2)}.
     *
     * @param types      the type distribution
     * @param cost       the convex cost of quality
     * @param gridPoints the number of grid types; in {@code [2, MAX_GRID_POINTS]}
     * @return the optimal menu on the grid with profit, rents and first best
     * @throws IllegalArgumentException if an argument is null or {@code gridPoints} is out of range
     */
    public static PricingSolution optimal(ValueDistribution types, ConvexCost cost, int gridPoints) {
        Arguments.notNull("types", types);
        Arguments.notNull("cost", cost);
        Arguments.atLeast("gridPoints", gridPoints, 2);
        Arguments.sizeAtMost("gridPoints", gridPoints, MAX_GRID_POINTS, "O(gridPoints) bisections of the cost");
        int n = gridPoints;
        double h = (types.upper() - types.lower()) / (n - 1);
        double[] theta = new double[n];
        double[] mass = new double[n];
        double[] phi = new double[n];
        for (int k = 0; k < n; k++) {
            theta[k] = k == n - 1 ? types.upper() : types.lower() + k * h;
            mass[k] = (k == 0 || k == n - 1 ? h / 2 : h) * types.density(theta[k]);
            phi[k] = types.virtualValue(theta[k]);
        }
        double[] ironed = Ironing.ironed(phi, mass);
        double[] q = new double[n];
        double[] t = new double[n];
        double[] firstBest = new double[n];
        double integral = 0;
        for (int k = 0; k < n; k++) {
            q[k] = cost.bestQuality(ironed[k]);
            if (k > 0 && q[k] < q[k - 1]) {
                q[k] = q[k - 1];
            }
            if (k > 0) {
                integral += (theta[k] - theta[k - 1]) * (q[k] + q[k - 1]) / 2;
            }
            t[k] = theta[k] * q[k] - integral;
            firstBest[k] = cost.bestQuality(theta[k]);
        }
        return new PricingSolution(new Menu(theta, mass, q, t), ironed, firstBest, cost);
    }
}
