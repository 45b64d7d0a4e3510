package org.mdlab.market;

import java.util.OptionalDouble;
import java.util.function.DoubleUnaryOperator;

/**
 * A convex cost of quality {@code c(q)} on {@code [0, maxQuality]}, the seller's cost in the
 * Mussa–Rosen model (Mussa and Rosen 1978, Section 2). Convexity is checked numerically on a grid of
 * {@value #CHECK_POINTS} equally spaced qualities: every second difference must be non-negative up to
 * a relative tolerance of {@code 1e-9}. A power cost {@code c(q) = k q^γ / γ} built by {@link #power} or
 * {@link #quadratic} remembers {@code k} and {@code γ}, so its best quality is the closed form
 * {@code (v/k)^{1/(γ-1)}} and solvers can use results proved for that family.
 */
public final class ConvexCost {

    /** Number of equally spaced qualities on which convexity and finiteness are checked. */
    public static final int CHECK_POINTS = 1001;

    private static final int BISECTIONS = 200;

    private final DoubleUnaryOperator cost;
    private final DoubleUnaryOperator marginalCost;
    private final double maxQuality;
    private final double scale;
    private final double exponent;

    private ConvexCost(DoubleUnaryOperator cost, DoubleUnaryOperator marginalCost, double maxQuality) {
        this(cost, marginalCost, maxQuality, Double.NaN, Double.NaN);
    }

    private ConvexCost(DoubleUnaryOperator cost, DoubleUnaryOperator marginalCost, double maxQuality, double scale,
            double exponent) {
        this.cost = cost;
        this.marginalCost = marginalCost;
        this.maxQuality = maxQuality;
        this.scale = scale;
        this.exponent = exponent;
    }

    /**
     * A convex cost given as a function.
     *
     * @param cost       {@code q -> c(q)}; finite and convex on {@code [0, maxQuality]}
     * @param maxQuality the largest quality the seller can produce; finite and {@code > 0}
     * @return the cost
     * @throws IllegalArgumentException if {@code maxQuality} is not finite and positive, or {@code cost}
     *                                  is null, not finite, or not convex on the check grid
     */
    public static ConvexCost of(DoubleUnaryOperator cost, double maxQuality) {
        if (!Double.isFinite(maxQuality) || maxQuality <= 0) {
            throw new IllegalArgumentException("maxQuality must be finite and > 0 (got " + maxQuality + ")");
        }
        if (cost == null) {
            throw new IllegalArgumentException("cost must not be null");
        }
        double[] values = new double[CHECK_POINTS];
        double step = maxQuality / (CHECK_POINTS - 1);
        for (int k = 0; k < CHECK_POINTS; k++) {
            values[k] = cost.applyAsDouble(k * step);
            if (!Double.isFinite(values[k])) {
                throw new IllegalArgumentException("cost must be finite (got c(" + k * step + ") = " + values[k] + ")");
            }
        }
        for (int k = 1; k < CHECK_POINTS - 1; k++) {
            double second = values[k - 1] - 2 * values[k] + values[k + 1];
            double scale = Math.abs(values[k - 1]) + 2 * Math.abs(values[k]) + Math.abs(values[k + 1]);
            if (second < -1e-9 * scale) {
                throw new IllegalArgumentException("cost must be convex (got second difference " + second
                        + " < 0 at q = " + k * step + ")");
            }
        }
        double h = 1e-6 * maxQuality;
        DoubleUnaryOperator quotient = q -> {
            double a = Math.max(0, q - h);
            double b = Math.min(maxQuality, q + h);
            return (cost.applyAsDouble(b) - cost.applyAsDouble(a)) / (b - a);
        };
        return new ConvexCost(cost, quotient, maxQuality);
    }

    /**
     * A convex cost given with its derivative, for qualities exact to rounding.
     *
     * @param cost         {@code q -> c(q)}; finite and convex on {@code [0, maxQuality]}
     * @param marginalCost {@code q -> c'(q)}; at every point of the check grid it must lie between the
     *                     slopes of the chords to its neighbours (the bracket every derivative of a convex
     *                     function obeys), within {@code 1e-9} times the slope plus the cost values
     *                     at the point and its neighbours over the step (a scale-free bracket)
     * @param maxQuality   the largest quality; finite and {@code > 0}
     * @return the cost
     * @throws IllegalArgumentException if a rule of {@link #of(DoubleUnaryOperator, double)} is broken or
     *                                  the derivative does not match
     */
    public static ConvexCost of(DoubleUnaryOperator cost, DoubleUnaryOperator marginalCost, double maxQuality) {
        ConvexCost checked = of(cost, maxQuality);
        if (marginalCost == null) {
            throw new IllegalArgumentException("marginalCost must not be null");
        }
        double step = maxQuality / (CHECK_POINTS - 1);
        for (int k = 0; k < CHECK_POINTS; k++) {
            double q = k * step;
            double given = marginalCost.applyAsDouble(q);
            double left = k == 0 ? Double.NEGATIVE_INFINITY
                    : (cost.applyAsDouble(q) - cost.applyAsDouble(q - step)) / step;
            double right = k == CHECK_POINTS - 1 ? Double.POSITIVE_INFINITY
                    : (cost.applyAsDouble(q + step) - cost.applyAsDouble(q)) / step;
            double magnitude = (Math.abs(cost.applyAsDouble(Math.max(0, q - step))) + Math.abs(cost.applyAsDouble(q))
                    + Math.abs(cost.applyAsDouble(Math.min(maxQuality, q + step)))) / step;
            double slack = 1e-9 * (magnitude + Math.max(k == 0 ? 0 : Math.abs(left), k == CHECK_POINTS - 1 ? 0 : Math.abs(right)));
            if (!(given >= left - slack && given <= right + slack)) {
                throw new IllegalArgumentException("marginalCost must be the derivative of cost (got c'(" + q + ") = "
                        + given + " outside the chord slopes [" + left + ", " + right + "])");
            }
        }
        return new ConvexCost(checked.cost, marginalCost, maxQuality);
    }

    /**
     * The quadratic cost {@code c(q) = k q^2 / 2}, the textbook Mussa–Rosen cost.
     *
     * @param k          the curvature; finite and {@code >= 0}
     * @param maxQuality the largest quality; finite and {@code > 0}
     * @return the cost
     * @throws IllegalArgumentException if an argument breaks its rule
     */
    public static ConvexCost quadratic(double k, double maxQuality) {
        if (!Double.isFinite(k) || k < 0) {
            throw new IllegalArgumentException("k must be finite and >= 0 (got " + k + ")");
        }
        ConvexCost checked = of(q -> k * q * q / 2, q -> k * q, maxQuality);
        return new ConvexCost(checked.cost, checked.marginalCost, maxQuality, k, 2);
    }

    /**
     * The power cost {@code c(q) = q^γ / γ}, whose supply elasticity is {@code 1/(γ-1)}; {@code γ = 2} is
     * the quadratic cost.
     *
     * @param gamma      the exponent {@code γ}; finite and {@code > 1}
     * @param maxQuality the largest quality; finite and {@code > 0}
     * @return the cost
     * @throws IllegalArgumentException if an argument breaks its rule
     */
    public static ConvexCost power(double gamma, double maxQuality) {
        if (!Double.isFinite(gamma) || !(gamma > 1)) {
            throw new IllegalArgumentException("gamma must be finite and > 1 (got " + gamma + ")");
        }
        ConvexCost checked = of(q -> Math.pow(q, gamma) / gamma, q -> Math.pow(q, gamma - 1), maxQuality);
        return new ConvexCost(checked.cost, checked.marginalCost, maxQuality, 1, gamma);
    }

    /**
     * The curvature {@code k} of a quadratic cost {@code k q^2 / 2} built by {@link #quadratic}.
     *
     * @return {@code k}, or empty for any other cost
     */
    public OptionalDouble quadraticCurvature() {
        return exponent == 2 ? OptionalDouble.of(scale) : OptionalDouble.empty();
    }

    /**
     * The exponent {@code γ} of a power cost {@code k q^γ / γ} built by {@link #power} or {@link #quadratic}.
     *
     * @return {@code γ}, or empty for any other cost
     */
    public OptionalDouble powerExponent() {
        return Double.isNaN(exponent) ? OptionalDouble.empty() : OptionalDouble.of(exponent);
    }

    /**
     * The cost of a quality.
     *
     * @param quality a quality in {@code [0, maxQuality]}
     * @return {@code c(quality)}
     * @throws IllegalArgumentException if {@code quality} is outside {@code [0, maxQuality]}
     */
    public double at(double quality) {
        if (!(quality >= 0 && quality <= maxQuality)) {
            throw new IllegalArgumentException("quality must lie in [0, " + maxQuality + "] (got " + quality + ")");
        }
        return cost.applyAsDouble(quality);
    }

    /**
     * The largest quality the seller can produce.
     *
     * @return {@code maxQuality}
     */
    public double maxQuality() {
        return maxQuality;
    }

    /**
     * The marginal cost {@code c'(q)}: the given derivative, or else the central difference quotient
     * over {@code [q - h, q + h] ∩ [0, maxQuality]} with {@code h = 1e-6 maxQuality}, which is
     * non-decreasing in {@code q} for a convex cost.
     *
     * @param quality a quality in {@code [0, maxQuality]}
     * @return the marginal cost at {@code quality}
     * @throws IllegalArgumentException if {@code quality} is outside {@code [0, maxQuality]}
     */
    public double marginal(double quality) {
        if (!(quality >= 0 && quality <= maxQuality)) {
            throw new IllegalArgumentException("quality must lie in [0, " + maxQuality + "] (got " + quality + ")");
        }
        return marginalCost.applyAsDouble(quality);
    }

    /**
     * The quality that maximises {@code v q - c(q)} on {@code [0, maxQuality]}: the first-best quality
     * of a buyer with marginal value {@code v}, and the second-best quality when {@code v} is an
     * (ironed) virtual value (Mussa and Rosen 1978, eq. (12)). For a power cost the closed form
     * {@code (v/k)^{1/(γ-1)}}; otherwise found by bisection on the non-decreasing
     * marginal cost, {@value #BISECTIONS} halvings: exact to rounding with a given derivative, to about
     * {@code 1e-10} with the difference quotient.
     *
     * @param marginalValue the marginal value {@code v}; finite
     * @return the maximising quality: 0 if {@code c'(0) >= v}, {@code maxQuality} if {@code c'(maxQuality) <= v}
     * @throws IllegalArgumentException if {@code marginalValue} is not finite
     */
    public double bestQuality(double marginalValue) {
        if (!Double.isFinite(marginalValue)) {
            throw new IllegalArgumentException("marginalValue must be finite (got " + marginalValue + ")");
        }
        if (marginalCost.applyAsDouble(0) >= marginalValue) {
            return 0;
        }
        if (marginalCost.applyAsDouble(maxQuality) <= marginalValue) {
            return maxQuality;
        }
        if (!Double.isNaN(exponent)) {
            return Math.min(maxQuality, exponent == 2 ? marginalValue / scale
                    : Math.pow(marginalValue / scale, 1 / (exponent - 1)));
        }
        double lo = 0;
        double hi = maxQuality;
        for (int k = 0; k < BISECTIONS && hi > lo; k++) {
            double mid = (lo + hi) / 2;
            if (marginalCost.applyAsDouble(mid) < marginalValue) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return (lo + hi) / 2;
    }
}
