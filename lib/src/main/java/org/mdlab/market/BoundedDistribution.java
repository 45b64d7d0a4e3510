package org.mdlab.market;

/**
 * The argument checks and the support shared by every {@link ValueDistribution} of the library: the
 * implementations supply the formulas on finite values and on quantiles in {@code [0, 1]}.
 */
abstract class BoundedDistribution implements ValueDistribution {

    private final double lower;
    private final double upper;

    BoundedDistribution(double lower, double upper) {
        Arguments.finite("lower", lower);
        Arguments.finite("upper", upper);
        if (!(upper > lower)) {
            throw new IllegalArgumentException("upper must be > lower (got [" + lower + ", " + upper + "])");
        }
        this.lower = lower;
        this.upper = upper;
    }

    abstract double cdfAt(double v);

    abstract double densityAt(double v);

    abstract double quantileAt(double u);

    @Override
    public final double lower() {
        return lower;
    }

    @Override
    public final double upper() {
        return upper;
    }

    @Override
    public final double cdf(double v) {
        return cdfAt(Arguments.finite("v", v));
    }

    @Override
    public final double density(double v) {
        return densityAt(Arguments.finite("v", v));
    }

    @Override
    public final double quantile(double u) {
        return quantileAt(Arguments.probability("u", u));
    }
}
