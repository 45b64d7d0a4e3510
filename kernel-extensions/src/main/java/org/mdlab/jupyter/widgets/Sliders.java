package org.mdlab.jupyter.widgets;

import org.mdlab.market.Arguments;

/** The bounds every slider checks: finite {@code min < max}, {@code step > 0}, values inside. */
final class Sliders {

    private Sliders() {
    }

    static void checkBounds(String name, double value, double min, double max, double step) {
        Arguments.finite("min", min);
        Arguments.finite("max", max);
        Arguments.positive("step", step);
        if (!(min < max)) {
            throw new IllegalArgumentException("min must be below max (got min " + min + ", max " + max + ")");
        }
        if (!(value >= min && value <= max)) {
            throw new IllegalArgumentException(name + " must lie in [" + min + ", " + max + "] (got " + value + ")");
        }
    }
}
