package org.mdlab.jupyter.widgets;

import java.util.function.DoubleConsumer;

/** A slider over reals ({@code FloatSliderModel}): {@code min ≤ value ≤ max} in steps of {@code step}. */
public final class FloatSlider extends DomWidget {

    private FloatSlider(String description, double min, double max, double step, double value) {
        super("FloatSliderModel", "FloatSliderView", "SliderStyleModel");
        Sliders.checkBounds("value", value, min, max, step);
        Sliders.define(this, description, min, max, step, value, ".2f");
    }

    /** A slider labelled {@code description} from {@code min} to {@code max} in steps of {@code step}, at {@code value}. */
    public static FloatSlider of(String description, double min, double max, double step, double value) {
        return new FloatSlider(description, min, max, step, value);
    }

    /** The current value. */
    public double value() {
        return ((Number) get("value")).doubleValue();
    }

    /** Moves the slider to {@code value} (the browser follows). */
    public void value(double value) {
        Sliders.checkBounds("value", value, (Double) get("min"), (Double) get("max"), (Double) get("step"));
        set("value", value);
    }

    /** Calls {@code listener} with each new value. @return this slider */
    public FloatSlider onChange(DoubleConsumer listener) {
        observe("value", v -> listener.accept(((Number) v).doubleValue()));
        return this;
    }

    /** The readout's format (d3-format, e.g. {@code ".3f"}). @return this slider */
    public FloatSlider format(String readoutFormat) {
        set("readout_format", readoutFormat);
        return this;
    }

    /** Sends values only when the handle is released, not while it is dragged. @return this slider */
    public FloatSlider continuous(boolean continuous) {
        set("continuous_update", continuous);
        return this;
    }
}
