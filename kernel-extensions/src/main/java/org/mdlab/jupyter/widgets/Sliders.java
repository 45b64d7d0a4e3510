package org.mdlab.jupyter.widgets;

import org.mdlab.market.Arguments;

/** What the slider models share: their state keys, and the bounds they check (finite {@code min < max}, {@code step > 0}, values inside). */
final class Sliders {

    private Sliders() {
    }

    /** Defines the state every slider model has, with {@code value} one number or a [lower, upper] list. */
    static void define(DomWidget slider, String description, Number min, Number max, Number step, Object value, String format) {
        slider.describe(description);
        slider.define("disabled", false);
        slider.define("min", min);
        slider.define("max", max);
        slider.define("step", step);
        slider.define("value", value);
        slider.define("orientation", "horizontal");
        slider.define("readout", true);
        slider.define("readout_format", format);
        slider.define("continuous_update", true);
        slider.define("behavior", "drag-tap");
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
