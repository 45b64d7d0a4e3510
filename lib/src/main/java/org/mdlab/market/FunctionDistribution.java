package org.mdlab.market;

import java.util.function.DoubleUnaryOperator;

/** A distribution given by its functions {@code F} and {@code f}; see {@link ValueDistribution#of}. */
final class FunctionDistribution extends BoundedDistribution {

    /** Number of equally spaced points of the support on which {@code F} and {@code f} are checked. */
    static final int CHECK_POINTS = 101;

    private static final int BISECTIONS = 2100;

    private final DoubleUnaryOperator cdf;
    private final DoubleUnaryOperator density;

    FunctionDistribution(DoubleUnaryOperator cdf, DoubleUnaryOperator density, double lower, double upper) {
        super(lower, upper);
        this.cdf = Arguments.notNull("cdf", cdf);
        this.density = Arguments.notNull("density", density);
        double atLower = cdf.applyAsDouble(lower);
        double atUpper = cdf.applyAsDouble(upper);
        if (!(Math.abs(atLower) <= 1e-9) || !(Math.abs(atUpper - 1) <= 1e-9)) {
            throw new IllegalArgumentException("cdf must be 0 at lower and 1 at upper (got " + atLower + " and "
                    + atUpper + ")");
        }
        double previous = atLower;
        for (int k = 0; k < CHECK_POINTS; k++) {
            double v = lower + (upper - lower) * k / (CHECK_POINTS - 1);
            double f = density.applyAsDouble(v);
            if (!(f > 0 && Double.isFinite(f))) {
                throw new IllegalArgumentException("density must be finite and > 0 on the support (got f(" + v
                        + ") = " + f + ")");
            }
            double value = cdf.applyAsDouble(v);
            if (!(value >= previous - 1e-12)) {
                throw new IllegalArgumentException("cdf must be non-decreasing (got F(" + v + ") = " + value
                        + " below " + previous + ")");
            }
            previous = value;
        }
    }

    @Override
    double cdfAt(double v) {
        return cdf.applyAsDouble(v);
    }

    @Override
    double densityAt(double v) {
        return density.applyAsDouble(v);
    }

    @Override
    double quantileAt(double u) {
        double lo = lower();
        double hi = upper();
        for (int k = 0; k < BISECTIONS; k++) {
            double mid = lo + (hi - lo) / 2;
            if (mid <= lo || mid >= hi) {
                break;
            }
            if (cdf.applyAsDouble(mid) < u) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return u <= 0 ? lower() : hi;
    }

    @Override
    public String toString() {
        return "F on [" + lower() + ", " + upper() + "]";
    }
}
