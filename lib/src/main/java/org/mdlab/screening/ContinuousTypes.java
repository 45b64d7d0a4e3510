package org.mdlab.screening;

import java.util.function.DoubleUnaryOperator;

/**
 * A continuum of buyer types on {@code [low, high]} with distribution {@code F} and density
 * {@code f > 0}, the model of Mussa and Rosen (1978); the virtual value is
 * {@code φ(θ) = θ - (1 - F(θ))/f(θ)} (Mussa and Rosen 1978, eq. (12)).
 */
public final class ContinuousTypes {

    private final DoubleUnaryOperator cdf;
    private final DoubleUnaryOperator density;
    private final double low;
    private final double high;

    private ContinuousTypes(DoubleUnaryOperator cdf, DoubleUnaryOperator density, double low, double high) {
        this.cdf = cdf;
        this.density = density;
        this.low = low;
        this.high = high;
    }

    /**
     * Types with a given distribution function and density on {@code [low, high]}.
     *
     * @param cdf     {@code F}, with {@code F(low) = 0} and {@code F(high) = 1} within {@code 1e-9}
     * @param density {@code f}, finite and {@code > 0} on {@code [low, high]}
     * @param low     the lowest type; finite
     * @param high    the highest type; finite and {@code > low}
     * @return the distribution
     * @throws IllegalArgumentException if a rule is broken (the density is checked at 101 points)
     */
    public static ContinuousTypes of(DoubleUnaryOperator cdf, DoubleUnaryOperator density, double low, double high) {
        if (!Double.isFinite(low) || !Double.isFinite(high) || !(high > low)) {
            throw new IllegalArgumentException("support must be finite with low < high (got [" + low + ", " + high + "])");
        }
        if (cdf == null || density == null) {
            throw new IllegalArgumentException("cdf and density must not be null");
        }
        if (Math.abs(cdf.applyAsDouble(low)) > 1e-9 || Math.abs(cdf.applyAsDouble(high) - 1) > 1e-9) {
            throw new IllegalArgumentException("cdf must be 0 at low and 1 at high (got " + cdf.applyAsDouble(low)
                    + " and " + cdf.applyAsDouble(high) + ")");
        }
        for (int k = 0; k <= 100; k++) {
            double theta = low + (high - low) * k / 100;
            double f = density.applyAsDouble(theta);
            if (!Double.isFinite(f) || f <= 0) {
                throw new IllegalArgumentException("density must be finite and > 0 on the support (got f(" + theta
                        + ") = " + f + ")");
            }
        }
        return new ContinuousTypes(cdf, density, low, high);
    }

    /**
     * The uniform distribution on {@code [low, high]}.
     *
     * @param low  the lowest type
     * @param high the highest type, {@code > low}
     * @return the distribution
     * @throws IllegalArgumentException if the support is not a finite interval
     */
    public static ContinuousTypes uniform(double low, double high) {
        double width = high - low;
        return of(t -> (t - low) / width, t -> 1 / width, low, high);
    }

    /** @return the lowest type */
    public double low() {
        return low;
    }

    /** @return the highest type */
    public double high() {
        return high;
    }

    /**
     * The distribution function.
     *
     * @param theta a type
     * @return {@code F(theta)}
     */
    public double cdf(double theta) {
        return cdf.applyAsDouble(theta);
    }

    /**
     * The density.
     *
     * @param theta a type
     * @return {@code f(theta)}
     */
    public double density(double theta) {
        return density.applyAsDouble(theta);
    }

    /**
     * The virtual value {@code φ(θ) = θ - (1 - F(θ))/f(θ)} (Mussa and Rosen 1978, eq. (12)).
     *
     * @param theta a type in {@code [low, high]}
     * @return {@code φ(theta)}
     */
    public double virtualValue(double theta) {
        return theta - (1 - cdf(theta)) / density(theta);
    }
}
