package org.mdlab.segmentation;

import org.mdlab.market.Market;

/**
 * Extremal markets of Bergemann, Brooks and Morris (2015), AER 105(3), Section II.A: for a support
 * {@code S = {s_1 < ... < s_m}}, the unique market on {@code S} in which the seller is indifferent among
 * all prices in {@code S}:
 * {@code x^S(s_i) = s_1/s_i - s_1/s_{i+1}} for {@code i < m} and {@code x^S(s_m) = s_1/s_m}.
 * Every price in {@code S} earns {@code s_1}.
 */
public final class ExtremalMarket {

    private ExtremalMarket() {
    }

    /**
     * The extremal market {@code x^S} written on a grid of values, with zero mass off the support.
     *
     * @param values  the grid of values; finite, non-negative and strictly increasing
     * @param support indices into {@code values}, strictly increasing and non-empty; if it has more than
     *                one element its lowest value must be positive
     * @return the market {@code x^S} on {@code values}
     * @throws IllegalArgumentException if the grid or the support is invalid
     */
    public static Market on(double[] values, int... support) {
        if (values == null || values.length == 0) {
            throw new IllegalArgumentException("values must be non-empty (got " + (values == null ? "null" : "none") + ")");
        }
        if (support == null || support.length == 0) {
            throw new IllegalArgumentException("support must be non-empty (got none)");
        }
        for (int i = 0; i < support.length; i++) {
            if (support[i] < 0 || support[i] >= values.length) {
                throw new IllegalArgumentException("support indices must be in [0, " + values.length + ") (got " + support[i] + ")");
            }
            if (i > 0 && support[i] <= support[i - 1]) {
                throw new IllegalArgumentException("support indices must be strictly increasing (got " + support[i - 1]
                        + " before " + support[i] + ")");
            }
            if (i > 0 && !(values[support[i]] > values[support[i - 1]])) {
                throw new IllegalArgumentException("values must be strictly increasing on the support (got "
                        + values[support[i - 1]] + " before " + values[support[i]] + ")");
            }
        }
        double s1 = values[support[0]];
        if (support.length > 1 && !(s1 > 0)) {
            throw new IllegalArgumentException(
                    "the lowest value of a support with several values must be > 0 (got " + s1 + ")");
        }
        double[] x = new double[values.length];
        for (int i = 0; i < support.length; i++) {
            double next = i + 1 < support.length ? s1 / values[support[i + 1]] : 0;
            x[support[i]] = support.length == 1 ? 1 : s1 / values[support[i]] - next;
        }
        return Market.of(values, x);
    }
}
