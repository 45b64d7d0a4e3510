package org.mdlab.market;

import java.util.Arrays;

/**
 * The discrete inverse hazard rate and price elasticity of demand of a finite market, the quantities
 * that decide whether segmenting a screened market can help consumers (Bergemann, Heumann and Wang,
 * "Screening and Segmenting: A Consumer Surplus Perspective", arXiv 2401.12366). For values
 * {@code v_1 < ... < v_K} with masses {@code x_k} the inverse hazard rate is
 * {@code h_k = (v_{k+1} - v_k) D(v_{k+1}) / x_k} for {@code k < K} and {@code h_K = 0}, so that the
 * discrete virtual value is {@code v_k - h_k}; the elasticity is {@code ε_k = v_k / h_k}, the discrete
 * counterpart of {@code -D'(v) v / D(v) = v f(v) / (1 - F(v))}. A Pareto demand {@code D(v) = v^-α}
 * has constant elasticity {@code α}.
 */
public final class DemandElasticity {

    private DemandElasticity() {
    }

    /**
     * The discrete inverse hazard rates {@code h_k = (v_{k+1} - v_k) D(v_{k+1}) / x_k}; {@code +∞} at a
     * value with zero mass below the top and 0 at the top value. O(K).
     *
     * @param market the market
     * @return {@code h_k} in value order
     */
    public static double[] inverseHazardRates(Market market) {
        Arguments.notNull("market", market);
        int n = market.size();
        double[] h = new double[n];
        double above = 0;
        for (int k = n - 1; k >= 0; k--) {
            if (k < n - 1) {
                double rent = (market.value(k + 1) - market.value(k)) * above;
                h[k] = market.probability(k) > 0 ? rent / market.probability(k) : Double.POSITIVE_INFINITY;
            }
            above += market.probability(k);
        }
        return h;
    }

    /**
     * The discrete elasticities {@code ε_k = v_k / h_k}: {@code +∞} where {@code h_k = 0} (the top
     * value, or no mass above), 0 where {@code h_k = +∞}. O(K).
     *
     * @param market the market
     * @return {@code ε_k} in value order
     */
    public static double[] of(Market market) {
        Arguments.notNull("market", market);
        double[] h = inverseHazardRates(market);
        double[] e = new double[h.length];
        for (int k = 0; k < h.length; k++) {
            e[k] = h[k] == 0 ? Double.POSITIVE_INFINITY : market.value(k) / h[k];
        }
        return e;
    }

    /**
     * The smallest elasticity over the values below the top, {@code min_{k<K} ε_k}; {@code +∞} for a
     * one-value market.
     *
     * @param market the market
     * @return the smallest elasticity
     */
    public static double minimum(Market market) {
        Arguments.notNull("market", market);
        return Arrays.stream(of(market)).min().orElse(Double.POSITIVE_INFINITY);
    }

    /**
     * The market on the given values whose discrete elasticity is {@code ε} at every value below the top:
     * masses solve {@code D(v_{k+1}) / x_k = v_k / (ε (v_{k+1} - v_k))} backwards from {@code x_K}, then
     * are normalised. On a geometric grid {@code v_{k+1} = r v_k} it is a discretised Pareto demand with
     * tail ratio {@code D(v_{k+1}) / D(v_k) = 1 / (1 + ε (r - 1))}.
     *
     * @param values     the values; at least two, finite, {@code > 0}, strictly increasing
     * @param elasticity the elasticity {@code ε}; finite and {@code > 0}
     * @return the market
     * @throws IllegalArgumentException if an argument breaks its rule
     */
    public static Market constant(double[] values, double elasticity) {
        if (values == null || values.length < 2) {
            throw new IllegalArgumentException("values must have at least 2 entries (got "
                    + (values == null ? "null" : values.length) + ")");
        }
        if (!Double.isFinite(elasticity) || !(elasticity > 0)) {
            throw new IllegalArgumentException("elasticity must be finite and > 0 (got " + elasticity + ")");
        }
        int n = values.length;
        for (int k = 0; k < n; k++) {
            if (!Double.isFinite(values[k]) || !(values[k] > 0) || (k > 0 && !(values[k] > values[k - 1]))) {
                throw new IllegalArgumentException("values must be finite, > 0 and strictly increasing (got "
                        + values[k] + " at index " + k + ")");
            }
        }
        double[] x = new double[n];
        x[n - 1] = 1;
        double above = 1;
        for (int k = n - 2; k >= 0; k--) {
            x[k] = above * elasticity * (values[k + 1] - values[k]) / values[k];
            above += x[k];
        }
        for (int k = 0; k < n; k++) {
            x[k] /= above;
        }
        return Market.of(values, x);
    }
}
