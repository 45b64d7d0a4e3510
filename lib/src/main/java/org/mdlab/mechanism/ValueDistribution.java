package org.mdlab.mechanism;

import java.util.SplittableRandom;

/**
 * A continuous distribution of a bidder's value on a bounded interval with a positive density, the
 * setting of Myerson (1981, §2). Its virtual value is {@code φ(v) = v - (1 - F(v)) / f(v)}; the
 * distribution is regular when {@code φ} is increasing.
 */
public interface ValueDistribution {

    /** @return the lower end of the support */
    double lower();

    /** @return the upper end of the support */
    double upper();

    /**
     * @param v a value in the support
     * @return {@code F(v)}
     */
    double cdf(double v);

    /**
     * @param v a value in the support
     * @return {@code f(v) > 0}
     */
    double density(double v);

    /**
     * @param u a number in {@code [0, 1]}
     * @return {@code F^{-1}(u)}
     */
    double quantile(double u);

    /**
     * @param v a value in the support
     * @return Myerson's virtual value {@code v - (1 - F(v)) / f(v)}
     */
    default double virtualValue(double v) {
        return v - (1 - cdf(v)) / density(v);
    }

    /**
     * One draw by inversion.
     *
     * @param random the seeded stream
     * @return a value distributed according to this distribution
     */
    default double sample(SplittableRandom random) {
        return quantile(random.nextDouble());
    }

    /**
     * The uniform distribution on {@code [lo, hi]}; {@code φ(v) = 2v - hi}.
     *
     * @param lo the lower end; finite
     * @param hi the upper end; finite, {@code > lo}
     * @return the distribution
     * @throws IllegalArgumentException if the interval is not finite and non-degenerate
     */
    static ValueDistribution uniform(double lo, double hi) {
        if (!Double.isFinite(lo) || !Double.isFinite(hi) || hi <= lo) {
            throw new IllegalArgumentException("uniform needs finite lo < hi (got [" + lo + ", " + hi + "])");
        }
        return new ValueDistribution() {
            public double lower() {
                return lo;
            }

            public double upper() {
                return hi;
            }

            public double cdf(double v) {
                return Math.min(1, Math.max(0, (v - lo) / (hi - lo)));
            }

            public double density(double v) {
                return 1 / (hi - lo);
            }

            public double quantile(double u) {
                return lo + u * (hi - lo);
            }

            @Override
            public String toString() {
                return "U[" + lo + ", " + hi + "]";
            }
        };
    }

    /**
     * The power distribution {@code F(v) = v^a} on {@code [0, 1]}, with
     * {@code φ(v) = (1 + 1/a) v - v^{1-a} / a}: regular (φ increasing) exactly when {@code a >= 1}, with
     * optimal reserve {@code (1 + a)^{-1/a}}.
     *
     * @param a the exponent; finite, {@code > 0}
     * @return the distribution
     * @throws IllegalArgumentException if {@code a} is not finite and positive
     */
    static ValueDistribution power(double a) {
        if (!Double.isFinite(a) || a <= 0) {
            throw new IllegalArgumentException("power exponent must be finite and > 0 (got " + a + ")");
        }
        return new ValueDistribution() {
            public double lower() {
                return 0;
            }

            public double upper() {
                return 1;
            }

            public double cdf(double v) {
                return Math.pow(Math.min(1, Math.max(0, v)), a);
            }

            public double density(double v) {
                return a * Math.pow(v, a - 1);
            }

            public double quantile(double u) {
                return Math.pow(u, 1 / a);
            }

            @Override
            public String toString() {
                return "F(v) = v^" + a + " on [0, 1]";
            }
        };
    }
}
