package org.mdlab.bargaining;

/** The check that a number is a fraction of the pie, shared by the agents and outcomes of this package. */
final class Shares {

    private Shares() {
    }

    static double fraction(String name, double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(name + " must lie in [0, 1] (got " + value + ")");
        }
        return value;
    }
}
