package org.mdlab.market;

import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.DoubleUnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * A market: a finite distribution of buyers' values for one good, {@code values[k]} held by a mass
 * {@code probabilities[k]} of buyers, with unit demand and zero marginal cost. This is the primitive of
 * Bergemann, Brooks and Morris (2015), "The Limits of Price Discrimination", AER 105(3), Section I:
 * values {@code 0 <= v_1 < ... < v_K} and a market {@code x} in the simplex.
 *
 * <p>The canonical constructor sorts the pairs by value; after sorting the values must be strictly
 * increasing (a repeated value is rejected, naming it). Probabilities must be finite, non-negative and
 * sum to 1 within {@link #SUM_TOLERANCE}. Zero probabilities are allowed, so that segments of one market
 * can share its grid of values. The arrays are copied on the way in and on the way out.
 *
 * @param values        the buyers' values; finite, non-negative, distinct; sorted increasingly on construction
 * @param probabilities the mass of buyers at each value; finite, non-negative, summing to 1
 */
public record Market(double[] values, double[] probabilities) {

    /** The largest admissible distance of the sum of the probabilities from 1. */
    public static final double SUM_TOLERANCE = 1e-9;

    /** Revenues within this relative distance of the maximum count as optimal (ties in {@link #optimalPrices()}). */
    public static final double TIE_TOLERANCE = 1e-12;

    /** The largest number of grid values the factories build ({@link #random}, {@link #uniformOn}, …): O(k) memory. */
    public static final int MAX_GRID_SIZE = 10_000_000;

    /**
     * Validates the arguments, sorts them by value and keeps copies.
     *
     * @param values        the buyers' values; finite, non-negative and distinct
     * @param probabilities the masses; finite, non-negative, summing to 1 within {@link #SUM_TOLERANCE}
     * @throws IllegalArgumentException if an array is null or empty, the lengths differ, a value is not
     *                                  finite or is negative, a value repeats, or a probability breaks its rules
     */
    public Market {
        if (values == null || probabilities == null) {
            throw new IllegalArgumentException("values and probabilities must not be null (got values "
                    + (values == null ? "null" : "non-null") + ", probabilities "
                    + (probabilities == null ? "null" : "non-null") + ")");
        }
        if (values.length == 0) {
            throw new IllegalArgumentException("values must be non-empty (got 0 values)");
        }
        if (values.length != probabilities.length) {
            throw new IllegalArgumentException("values and probabilities must have the same length (got "
                    + values.length + " values and " + probabilities.length + " probabilities)");
        }
        double sum = 0;
        for (int k = 0; k < values.length; k++) {
            if (!Double.isFinite(values[k]) || values[k] < 0) {
                throw new IllegalArgumentException("values must be finite and >= 0 (got " + values[k] + " at index " + k + ")");
            }
            if (!Double.isFinite(probabilities[k]) || probabilities[k] < 0) {
                throw new IllegalArgumentException(
                        "probabilities must be finite and >= 0 (got " + probabilities[k] + " at index " + k + ")");
            }
            sum += probabilities[k];
        }
        if (Math.abs(sum - 1) > SUM_TOLERANCE) {
            throw new IllegalArgumentException("probabilities must sum to 1 within " + SUM_TOLERANCE + " (got " + sum + ")");
        }
        double[] v = values;
        int[] order = IntStream.range(0, v.length).boxed().sorted((a, b) -> Double.compare(v[a], v[b]))
                .mapToInt(Integer::intValue).toArray();
        double[] sortedValues = new double[v.length];
        double[] sortedProbabilities = new double[v.length];
        for (int k = 0; k < order.length; k++) {
            sortedValues[k] = values[order[k]];
            sortedProbabilities[k] = probabilities[order[k]];
            if (k > 0 && sortedValues[k] == sortedValues[k - 1]) {
                throw new IllegalArgumentException("values must be distinct (got " + sortedValues[k] + " twice)");
            }
        }
        values = sortedValues;
        probabilities = sortedProbabilities;
    }

    /**
     * The market with the given values and masses (in any order).
     *
     * @param values        the buyers' values; finite, non-negative and distinct
     * @param probabilities the masses; finite, non-negative, summing to 1
     * @return the market
     * @throws IllegalArgumentException if the arguments break the rules of {@link Market}
     */
    public static Market of(double[] values, double[] probabilities) {
        return new Market(values, probabilities);
    }

    /**
     * A seeded random market, for exploring the theorems on many instances (and for the library's own
     * property tests and benchmarks): {@code k} values with gaps {@code 0.05 + U(0, 1)} starting from 0,
     * and masses proportional to {@code 0.01 + U(0, 1)}, all drawn from {@code new SplittableRandom(seed)}.
     *
     * @param k    the number of values, in {@code [1, MAX_GRID_SIZE]}
     * @param seed the seed; the same seed gives the same market on every JDK
     * @return the market
     * @throws IllegalArgumentException if {@code k < 1}
     */
    public static Market random(int k, long seed) {
        Arguments.atLeast("k", k, 1);
        Arguments.sizeAtMost("k", k, MAX_GRID_SIZE, "O(k) memory");
        SplittableRandom rng = new SplittableRandom(seed);
        double[] values = new double[k];
        double[] masses = new double[k];
        double level = 0;
        double total = 0;
        for (int i = 0; i < k; i++) {
            level += 0.05 + rng.nextDouble();
            values[i] = level;
            masses[i] = 0.01 + rng.nextDouble();
            total += masses[i];
        }
        for (int i = 0; i < k; i++) {
            masses[i] /= total;
        }
        return of(values, masses);
    }

    /**
     * The market with equal mass {@code 1/K} on each of the {@code K} given values; e.g. the
     * three-value example of BBM (2015), {@code Market.uniform(1, 2, 3)}.
     *
     * @param values the buyers' values; non-empty, finite, non-negative and distinct
     * @return the market
     * @throws IllegalArgumentException if {@code values} is empty or breaks the rules of {@link Market}
     */
    public static Market uniform(double... values) {
        if (values == null || values.length == 0) {
            throw new IllegalArgumentException("values must be non-empty (got none)");
        }
        double[] p = new double[values.length];
        Arrays.fill(p, 1.0 / values.length);
        return new Market(values, p);
    }

    /**
     * The uniform distribution on {@code [lo, hi]} discretised on the grid of {@code k} equally spaced
     * values {@code lo, lo + (hi-lo)/(k-1), ..., hi}, each with mass {@code 1/k}.
     *
     * @param lo the lowest value; finite, {@code >= 0}
     * @param hi the highest value; finite, {@code > lo}
     * @param k  the number of grid points; in {@code [2, MAX_GRID_SIZE]}
     * @return the market
     * @throws IllegalArgumentException if the grid is invalid
     */
    public static Market uniformOn(double lo, double hi, int k) {
        return onGrid(lo, hi, k, v -> 1.0);
    }

    /**
     * The Pareto distribution with scale {@code lo} and shape {@code alpha} (density proportional to
     * {@code v^-(alpha+1)}), truncated to {@code [lo, hi]} and discretised on {@code k} equally spaced
     * values, the mass of each value proportional to the density there.
     *
     * @param lo    the scale and lowest value; finite, {@code > 0}
     * @param hi    the truncation point and highest value; finite, {@code > lo}
     * @param alpha the shape; finite, {@code > 0}
     * @param k     the number of grid points; in {@code [2, MAX_GRID_SIZE]}
     * @return the market
     * @throws IllegalArgumentException if a parameter is invalid
     */
    public static Market pareto(double lo, double hi, double alpha, int k) {
        if (!(lo > 0) || !Double.isFinite(lo)) {
            throw new IllegalArgumentException("lo must be finite and > 0 for a Pareto distribution (got " + lo + ")");
        }
        if (!(alpha > 0) || !Double.isFinite(alpha)) {
            throw new IllegalArgumentException("alpha must be finite and > 0 (got " + alpha + ")");
        }
        return onGrid(lo, hi, k, v -> Math.pow(v / lo, -(alpha + 1)));
    }

    /**
     * The normal distribution with the given mean and standard deviation, truncated to {@code [lo, hi]}
     * and discretised on {@code k} equally spaced values, the mass of each value proportional to the
     * density there.
     *
     * @param mean the mean; finite
     * @param sd   the standard deviation; finite, {@code > 0}
     * @param lo   the lowest value; finite, {@code >= 0}
     * @param hi   the highest value; finite, {@code > lo}
     * @param k    the number of grid points; in {@code [2, MAX_GRID_SIZE]}
     * @return the market
     * @throws IllegalArgumentException if a parameter is invalid
     */
    public static Market truncatedNormal(double mean, double sd, double lo, double hi, int k) {
        if (!Double.isFinite(mean)) {
            throw new IllegalArgumentException("mean must be finite (got " + mean + ")");
        }
        if (!(sd > 0) || !Double.isFinite(sd)) {
            throw new IllegalArgumentException("sd must be finite and > 0 (got " + sd + ")");
        }
        return onGrid(lo, hi, k, v -> Math.exp(-0.5 * ((v - mean) / sd) * ((v - mean) / sd)));
    }

    private static Market onGrid(double lo, double hi, int k, DoubleUnaryOperator density) {
        if (!Double.isFinite(lo) || lo < 0) {
            throw new IllegalArgumentException("lo must be finite and >= 0 (got " + lo + ")");
        }
        if (!Double.isFinite(hi) || !(hi > lo)) {
            throw new IllegalArgumentException("hi must be finite and > lo = " + lo + " (got " + hi + ")");
        }
        Arguments.atLeast("k", k, 2);
        Arguments.sizeAtMost("k", k, MAX_GRID_SIZE, "O(k) memory");
        double[] v = new double[k];
        double[] w = new double[k];
        double total = 0;
        for (int i = 0; i < k; i++) {
            v[i] = i == k - 1 ? hi : lo + i * (hi - lo) / (k - 1);
            w[i] = density.applyAsDouble(v[i]);
            total += w[i];
        }
        if (!(total > 0) || !Double.isFinite(total)) {
            throw new IllegalArgumentException("the density must have positive finite mass on the grid (got " + total + ")");
        }
        for (int i = 0; i < k; i++) {
            w[i] /= total;
        }
        return new Market(v, w);
    }

    /**
     * The number of values {@code K} (including values with zero mass).
     *
     * @return {@code K}
     */
    public int size() {
        return values.length;
    }

    /**
     * The {@code k}-th smallest value {@code v_{k+1}} (0-based).
     *
     * @param k the index; {@code 0 <= k < size()}
     * @return the value
     * @throws IllegalArgumentException if {@code k} is out of range
     */
    public double value(int k) {
        return values[checkIndex(k)];
    }

    /**
     * The mass of buyers at the {@code k}-th smallest value (0-based).
     *
     * @param k the index; {@code 0 <= k < size()}
     * @return the mass {@code x_k}
     * @throws IllegalArgumentException if {@code k} is out of range
     */
    public double probability(int k) {
        return probabilities[checkIndex(k)];
    }

    private int checkIndex(int k) {
        if (k < 0 || k >= values.length) {
            throw new IllegalArgumentException("k must be in [0, " + values.length + ") (got " + k + ")");
        }
        return k;
    }

    /**
     * A copy of the values, increasing.
     *
     * @return the values
     */
    @Override
    public double[] values() {
        return values.clone();
    }

    /**
     * A copy of the masses, in the order of {@link #values()}.
     *
     * @return the probabilities
     */
    @Override
    public double[] probabilities() {
        return probabilities.clone();
    }

    /**
     * The demand at a uniform price: the mass of buyers whose value is at least {@code price}
     * (buyers indifferent at the price buy, as in BBM 2015).
     *
     * @param price the price; finite
     * @return {@code sum of x_k over v_k >= price}
     * @throws IllegalArgumentException if {@code price} is not finite
     */
    public double demand(double price) {
        checkPrice(price);
        double d = 0;
        for (int k = values.length - 1; k >= 0 && values[k] >= price; k--) {
            d += probabilities[k];
        }
        return d;
    }

    /**
     * The seller's revenue (= profit, zero cost) at a uniform price: {@code price * demand(price)}.
     *
     * @param price the price; finite
     * @return the revenue
     * @throws IllegalArgumentException if {@code price} is not finite
     */
    public double revenue(double price) {
        return price * demand(price);
    }

    /**
     * The revenue at the price {@code v_k}: {@code v_k * sum_{j >= k} x_j}, the objective whose
     * maximum is the uniform monopoly profit {@code pi*} of BBM (2015), Section I.
     *
     * @param k the index of the price among the values (0-based)
     * @return the revenue
     * @throws IllegalArgumentException if {@code k} is out of range
     */
    public double revenueAtValue(int k) {
        checkIndex(k);
        double d = 0;
        for (int j = k; j < values.length; j++) {
            d += probabilities[j];
        }
        return values[k] * d;
    }

    private double[] revenues() {
        double[] r = new double[values.length];
        double d = 0;
        for (int k = values.length - 1; k >= 0; k--) {
            d += probabilities[k];
            r[k] = values[k] * d;
        }
        return r;
    }

    /**
     * All optimal uniform prices: the values {@code v_k} whose revenue is within
     * {@link #TIE_TOLERANCE}{@code * pi*} of {@code pi*} (a relative rule, so that the choice does not
     * depend on the units of the values), increasing. An optimal uniform price can always be taken among
     * the values. O(K).
     *
     * @return the optimal prices; non-empty
     */
    public double[] optimalPrices() {
        double[] r = revenues();
        double best = Arrays.stream(r).max().orElseThrow();
        double slack = TIE_TOLERANCE * best;
        return IntStream.range(0, r.length).filter(k -> r[k] >= best - slack).mapToDouble(k -> values[k]).toArray();
    }

    /**
     * The uniform monopoly price {@code p*}: the lowest optimal uniform price (the one that serves the most buyers).
     *
     * @return {@code p*}
     */
    public double monopolyPrice() {
        return optimalPrices()[0];
    }

    /**
     * The uniform monopoly profit {@code pi* = max_k v_k * sum_{j >= k} x_j} (BBM 2015, Section I).
     *
     * @return {@code pi*}
     */
    public double monopolyProfit() {
        return Arrays.stream(revenues()).max().orElseThrow();
    }

    /**
     * The efficient (total) surplus {@code w* = sum_k v_k x_k}: every buyer is served (BBM 2015, Section I).
     *
     * @return {@code w*}
     */
    public double efficientSurplus() {
        double w = 0;
        for (int k = 0; k < values.length; k++) {
            w += values[k] * probabilities[k];
        }
        return w;
    }

    /**
     * The buyers' surplus at a uniform price: {@code sum over v_k >= price of (v_k - price) x_k}.
     *
     * @param price the price; finite
     * @return the consumer surplus
     * @throws IllegalArgumentException if {@code price} is not finite
     */
    public double consumerSurplus(double price) {
        checkPrice(price);
        double cs = 0;
        for (int k = values.length - 1; k >= 0 && values[k] >= price; k--) {
            cs += (values[k] - price) * probabilities[k];
        }
        return cs;
    }

    /**
     * The seller's surplus at a uniform price (zero cost): equal to {@link #revenue(double)}.
     *
     * @param price the price; finite
     * @return the producer surplus
     * @throws IllegalArgumentException if {@code price} is not finite
     */
    public double producerSurplus(double price) {
        return revenue(price);
    }

    private static void checkPrice(double price) {
        if (!Double.isFinite(price)) {
            throw new IllegalArgumentException("price must be finite (got " + price + ")");
        }
    }

    /**
     * Markets are equal when they have the same values and the same masses, element by element.
     *
     * @param o the other object
     * @return whether {@code o} is an equal market
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof Market m && Arrays.equals(values, m.values) && Arrays.equals(probabilities, m.probabilities);
    }

    /**
     * A hash consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(values) + Arrays.hashCode(probabilities);
    }

    /**
     * The market as {@code Market{v1: x1, v2: x2, ...}}.
     *
     * @return the description
     */
    @Override
    public String toString() {
        return IntStream.range(0, values.length)
                .mapToObj(k -> String.format(Locale.ROOT, "%s: %s", values[k], probabilities[k]))
                .collect(Collectors.joining(", ", "Market{", "}"));
    }
}
