package org.mdlab.jupyter.widgets;

import java.util.List;
import java.util.function.BiConsumer;

/** A slider with two handles over reals ({@code FloatRangeSliderModel}): {@code min ≤ lower ≤ upper ≤ max}. */
public final class FloatRangeSlider extends DomWidget {

    private FloatRangeSlider(String description, double min, double max, double step, double lower, double upper) {
        super("FloatRangeSliderModel", "FloatRangeSliderView", "SliderStyleModel");
        check(min, max, step, lower, upper);
        Sliders.define(this, description, min, max, step, List.of(lower, upper), ".2f");
    }

    private static void check(double min, double max, double step, double lower, double upper) {
        Sliders.checkBounds("lower", lower, min, max, step);
        Sliders.checkBounds("upper", upper, min, max, step);
        if (lower > upper) {
            throw new IllegalArgumentException("lower must not exceed upper (got " + lower + " > " + upper + ")");
        }
    }

    /** A range slider over {@code [min, max]} in steps of {@code step} selecting {@code [lower, upper]}. */
    public static FloatRangeSlider of(String description, double min, double max, double step, double lower, double upper) {
        return new FloatRangeSlider(description, min, max, step, lower, upper);
    }

    /** The lower end of the selected range. */
    public double lower() {
        return ((Number) ((List<?>) get("value")).get(0)).doubleValue();
    }

    /** The upper end of the selected range. */
    public double upper() {
        return ((Number) ((List<?>) get("value")).get(1)).doubleValue();
    }

    /** Selects {@code [lower, upper]} (the browser follows). */
    public void value(double lower, double upper) {
        check((Double) get("min"), (Double) get("max"), (Double) get("step"), lower, upper);
        set("value", List.of(lower, upper));
    }

    /** Calls {@code listener} with each new range (lower, upper). @return this slider */
    public FloatRangeSlider onChange(BiConsumer<Double, Double> listener) {
        observe("value", v -> listener.accept(((Number) ((List<?>) v).get(0)).doubleValue(),
                ((Number) ((List<?>) v).get(1)).doubleValue()));
        return this;
    }
}
