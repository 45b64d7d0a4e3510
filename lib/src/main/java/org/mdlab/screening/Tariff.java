package org.mdlab.screening;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * A nonlinear tariff {@code T(q)}: the price of quality {@code q}, linear between the offered
 * (quality, price) points (Maskin and Riley 1984, Section 4; Mussa and Rosen 1978, Section 3). With
 * a menu computed on a fine type grid it approximates the continuous optimal tariff.
 *
 * @param qualities the offered qualities, strictly increasing; non-empty
 * @param prices    their prices; finite
 */
public record Tariff(double[] qualities, double[] prices) {

    private static final double SAME_QUALITY = 1e-12;
    private static final double SAME_PRICE = 1e-9;

    /**
     * Validates and copies the arrays.
     *
     * @throws IllegalArgumentException if the arrays are empty, of different lengths, or the qualities are
     *                                  not strictly increasing, or a value is not finite
     */
    public Tariff {
        if (qualities == null || prices == null || qualities.length == 0 || qualities.length != prices.length) {
            throw new IllegalArgumentException("qualities and prices must be non-empty and of equal length");
        }
        qualities = qualities.clone();
        prices = prices.clone();
        for (int k = 0; k < qualities.length; k++) {
            if (!Double.isFinite(qualities[k]) || !Double.isFinite(prices[k])) {
                throw new IllegalArgumentException("qualities and prices must be finite (got " + qualities[k] + ", "
                        + prices[k] + " at " + k + ")");
            }
            if (k > 0 && qualities[k] <= qualities[k - 1]) {
                throw new IllegalArgumentException("qualities must be strictly increasing (got " + qualities[k - 1]
                        + " then " + qualities[k] + ")");
            }
        }
    }

    /**
     * The tariff through (quality, price) points in any order, merging points whose qualities agree
     * within {@code 1e-12}.
     *
     * @param qualities the qualities
     * @param prices    the prices
     * @return the tariff
     * @throws IllegalArgumentException if two points share a quality but differ in price by more than {@code 1e-9}
     */
    public static Tariff through(double[] qualities, double[] prices) {
        if (qualities.length != prices.length) {
            throw new IllegalArgumentException("qualities and prices must have equal length (got "
                    + qualities.length + " and " + prices.length + ")");
        }
        TreeMap<Double, Double> points = new TreeMap<>();
        for (int k = 0; k < qualities.length; k++) {
            Map.Entry<Double, Double> near = points.floorEntry(qualities[k] + SAME_QUALITY);
            if (near != null && near.getKey() >= qualities[k] - SAME_QUALITY) {
                if (Math.abs(near.getValue() - prices[k]) > SAME_PRICE) {
                    throw new IllegalArgumentException("quality " + qualities[k] + " has two prices ("
                            + near.getValue() + " and " + prices[k] + ")");
                }
            } else {
                points.put(qualities[k], prices[k]);
            }
        }
        return new Tariff(points.keySet().stream().mapToDouble(Double::doubleValue).toArray(),
                points.values().stream().mapToDouble(Double::doubleValue).toArray());
    }

    /** @return a copy of the qualities */
    @Override
    public double[] qualities() {
        return qualities.clone();
    }

    /** @return a copy of the prices */
    @Override
    public double[] prices() {
        return prices.clone();
    }

    /**
     * The price of a quality between the smallest and the largest offered quality.
     *
     * @param quality the quality
     * @return {@code T(quality)}, linear between offered points
     * @throws IllegalArgumentException if {@code quality} is outside the offered range
     */
    public double price(double quality) {
        int last = qualities.length - 1;
        if (!(quality >= qualities[0] - SAME_QUALITY && quality <= qualities[last] + SAME_QUALITY)) {
            throw new IllegalArgumentException("quality must lie in the offered range [" + qualities[0] + ", "
                    + qualities[last] + "] (got " + quality + ")");
        }
        int k = Arrays.binarySearch(qualities, quality);
        if (k >= 0) {
            return prices[k];
        }
        int upper = -k - 1;
        if (upper == 0) {
            return prices[0];
        }
        if (upper > last) {
            return prices[last];
        }
        double w = (quality - qualities[upper - 1]) / (qualities[upper] - qualities[upper - 1]);
        return prices[upper - 1] + w * (prices[upper] - prices[upper - 1]);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Tariff that && Arrays.equals(qualities, that.qualities) && Arrays.equals(prices, that.prices);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(qualities) + Arrays.hashCode(prices);
    }

    @Override
    public String toString() {
        return "Tariff[qualities=" + Arrays.toString(qualities) + ", prices=" + Arrays.toString(prices) + "]";
    }
}
