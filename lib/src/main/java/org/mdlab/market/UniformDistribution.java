package org.mdlab.market;

/** The uniform distribution on {@code [lower, upper]}; see {@link ValueDistribution#uniform}. */
final class UniformDistribution extends BoundedDistribution {

    UniformDistribution(double lower, double upper) {
        super(lower, upper);
    }

    @Override
    double cdfAt(double v) {
        return Math.min(1, Math.max(0, (v - lower()) / (upper() - lower())));
    }

    @Override
    double densityAt(double v) {
        return 1 / (upper() - lower());
    }

    @Override
    double quantileAt(double u) {
        return lower() + u * (upper() - lower());
    }

    @Override
    public String toString() {
        return "U[" + lower() + ", " + upper() + "]";
    }
}
