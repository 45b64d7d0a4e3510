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

    /**
     * A piecewise-uniform (histogram) distribution: mass {@code masses[k]} spread uniformly on
     * {@code [breakpoints[k], breakpoints[k+1]]}. Its virtual value jumps down wherever the density
     * drops, so it is irregular unless the density never decreases, and the standard test case for
     * ironing (Myerson 1981, §6). The mixture {@code w·U[0, 1/2] + (1 - w)·U[0, 1]} is
     * {@code piecewiseUniform({0, 1/2, 1}, {(1 + w)/2, (1 - w)/2})}.
     *
     * @param breakpoints strictly increasing, finite, at least two
     * @param masses      one per piece; finite, {@code > 0}, summing to 1
     * @return the distribution
     * @throws IllegalArgumentException if the breakpoints are not finite and strictly increasing, the
     *                                  lengths do not match, or the masses are not a positive distribution
     */
    static ValueDistribution piecewiseUniform(double[] breakpoints, double[] masses) {
        double[] x = breakpoints.clone();
        double[] m = masses.clone();
        if (x.length < 2 || m.length != x.length - 1) {
            throw new IllegalArgumentException("piecewiseUniform needs k + 1 >= 2 breakpoints for k masses (got "
                    + x.length + " breakpoints and " + m.length + " masses)");
        }
        double sum = 0;
        for (int k = 0; k < m.length; k++) {
            if (!Double.isFinite(x[k]) || !Double.isFinite(x[k + 1]) || !(x[k + 1] > x[k])) {
                throw new IllegalArgumentException("breakpoints must be finite and strictly increasing (got "
                        + x[k] + " before " + x[k + 1] + ")");
            }
            if (!Double.isFinite(m[k]) || !(m[k] > 0)) {
                throw new IllegalArgumentException("masses must be finite and > 0 (got " + m[k] + " at piece " + k + ")");
            }
            sum += m[k];
        }
        if (Math.abs(sum - 1) > 1e-9) {
            throw new IllegalArgumentException("masses must sum to 1 (got " + sum + ")");
        }
        double[] below = new double[m.length + 1];
        for (int k = 0; k < m.length; k++) {
            below[k + 1] = below[k] + m[k];
        }
        below[m.length] = 1;
        return new ValueDistribution() {
            public double lower() {
                return x[0];
            }

            public double upper() {
                return x[x.length - 1];
            }

            private int piece(double v) {
                int k = 0;
                while (k < m.length - 1 && v >= x[k + 1]) {
                    k++;
                }
                return k;
            }

            public double cdf(double v) {
                if (v <= x[0]) {
                    return 0;
                }
                if (v >= x[x.length - 1]) {
                    return 1;
                }
                int k = piece(v);
                return below[k] + m[k] * (v - x[k]) / (x[k + 1] - x[k]);
            }

            public double density(double v) {
                int k = piece(v);
                return m[k] / (x[k + 1] - x[k]);
            }

            public double quantile(double u) {
                int k = 0;
                while (k < m.length - 1 && u >= below[k + 1]) {
                    k++;
                }
                double t = Math.min(1, Math.max(0, (u - below[k]) / m[k]));
                return x[k] + t * (x[k + 1] - x[k]);
            }

            @Override
            public String toString() {
                StringBuilder b = new StringBuilder("piecewise uniform");
                for (int k = 0; k < m.length; k++) {
                    b.append(k == 0 ? " " : ", ").append(m[k]).append(" on [").append(x[k]).append(", ").append(x[k + 1]).append(']');
                }
                return b.toString();
            }
        };
    }
}
