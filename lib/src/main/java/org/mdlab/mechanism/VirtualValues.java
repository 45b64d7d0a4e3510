package org.mdlab.mechanism;

import org.mdlab.market.Market;

/**
 * Discrete virtual values and their ironing (Myerson 1981, §6; Bulow and Roberts 1989). For values
 * {@code v_1 < ... < v_K} with masses {@code f_k > 0} and upper quantiles {@code q_k = P(v >= v_k)},
 * the revenue curve has points {@code (q_k, R_k = v_k q_k)} and {@code (0, 0)}; the virtual value of
 * {@code v_k} is the slope of the revenue curve between {@code q_{k+1}} and {@code q_k}:
 * {@code φ_k = (v_k q_k - v_{k+1} q_{k+1}) / f_k = v_k - (v_{k+1} - v_k) q_{k+1} / f_k}.
 * The ironed virtual values are the slopes of the least concave majorant of the revenue curve; they
 * are non-decreasing and equal to the mass-weighted mean of {@code φ} on every ironed interval.
 */
public final class VirtualValues {

    private VirtualValues() {
    }

    /**
     * The virtual value of each value of the market, in increasing order of values.
     *
     * @param market the value distribution; every probability positive
     * @return {@code φ_k}
     * @throws IllegalArgumentException if a value has probability 0
     */
    public static double[] of(Market market) {
        requirePositive(market);
        int k = market.size();
        double[] phi = new double[k];
        double upper = 0;
        for (int j = k - 1; j >= 0; j--) {
            double q = upper + market.probability(j);
            double next = j + 1 < k ? market.value(j + 1) * upper : 0;
            phi[j] = (market.value(j) * q - next) / market.probability(j);
            upper = q;
        }
        return phi;
    }

    /**
     * The ironed virtual values: the slopes of the concave hull of the revenue curve in quantile
     * space, assigned to the values whose quantile interval the hull segment covers.
     *
     * @param market the value distribution; every probability positive
     * @return {@code φ̄_k}, non-decreasing in {@code k}
     * @throws IllegalArgumentException if a value has probability 0
     */
    public static double[] ironed(Market market) {
        requirePositive(market);
        int k = market.size();
        double[] q = new double[k + 1];
        double[] r = new double[k + 1];
        for (int j = k - 1; j >= 0; j--) {
            q[j] = q[j + 1] + market.probability(j);
            r[j] = market.value(j) * q[j];
        }
        int[] hull = new int[k + 1];
        int size = 0;
        for (int j = k; j >= 0; j--) {
            while (size >= 2 && !strictlyConcave(q, r, hull[size - 2], hull[size - 1], j)) {
                size--;
            }
            hull[size++] = j;
        }
        double[] ironed = new double[k];
        for (int h = 0; h + 1 < size; h++) {
            int from = hull[h];
            int to = hull[h + 1];
            double slope = (r[to] - r[from]) / (q[to] - q[from]);
            for (int j = to; j < from; j++) {
                ironed[j] = slope;
            }
        }
        return ironed;
    }

    private static boolean strictlyConcave(double[] q, double[] r, int a, int b, int c) {
        double cross = (q[b] - q[a]) * (r[c] - r[a]) - (r[b] - r[a]) * (q[c] - q[a]);
        return cross < 0;
    }

    private static void requirePositive(Market market) {
        for (int j = 0; j < market.size(); j++) {
            if (market.probability(j) <= 0) {
                throw new IllegalArgumentException("virtual values need positive probabilities (got "
                        + market.probability(j) + " at value " + market.value(j) + ")");
            }
        }
    }
}
