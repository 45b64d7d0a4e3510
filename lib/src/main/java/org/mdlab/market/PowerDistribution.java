package org.mdlab.market;

/** The power distribution {@code F(v) = v^a} on {@code [0, 1]}; see {@link ValueDistribution#power}. */
final class PowerDistribution extends BoundedDistribution {

    private final double a;

    PowerDistribution(double a) {
        super(0, 1);
        this.a = Arguments.positive("a", a);
    }

    @Override
    double cdfAt(double v) {
        return Math.pow(Math.min(1, Math.max(0, v)), a);
    }

    @Override
    double densityAt(double v) {
        return a * Math.pow(v, a - 1);
    }

    @Override
    double quantileAt(double u) {
        return Math.pow(u, 1 / a);
    }

    @Override
    public String toString() {
        return "F(v) = v^" + a + " on [0, 1]";
    }
}
