package org.mdlab.market;

/** A histogram distribution; see {@link ValueDistribution#piecewiseUniform}. */
final class PiecewiseUniformDistribution extends BoundedDistribution {

    private final double[] x;
    private final double[] m;
    private final double[] below;

    static PiecewiseUniformDistribution of(double[] breakpoints, double[] masses) {
        double[] x = Arguments.strictlyIncreasing("breakpoints", breakpoints);
        return new PiecewiseUniformDistribution(x, checkedMasses(x, masses));
    }

    private PiecewiseUniformDistribution(double[] x, double[] m) {
        super(x[0], x[x.length - 1]);
        this.x = x;
        this.m = m;
        this.below = new double[m.length + 1];
        for (int k = 0; k < m.length; k++) {
            below[k + 1] = below[k] + m[k];
        }
        below[m.length] = 1;
    }

    private static double[] checkedMasses(double[] breakpoints, double[] masses) {
        double[] m = Arguments.positiveProbabilities("masses", masses);
        if (breakpoints.length < 2 || m.length != breakpoints.length - 1) {
            throw new IllegalArgumentException("breakpoints must number masses + 1 >= 2 (got "
                    + breakpoints.length + " breakpoints and " + m.length + " masses)");
        }
        return m;
    }

    private int piece(double v) {
        int k = 0;
        while (k < m.length - 1 && v >= x[k + 1]) {
            k++;
        }
        return k;
    }

    @Override
    double cdfAt(double v) {
        if (v <= x[0]) {
            return 0;
        }
        if (v >= x[x.length - 1]) {
            return 1;
        }
        int k = piece(v);
        return below[k] + m[k] * (v - x[k]) / (x[k + 1] - x[k]);
    }

    @Override
    double densityAt(double v) {
        int k = piece(v);
        return m[k] / (x[k + 1] - x[k]);
    }

    @Override
    double quantileAt(double u) {
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
}
