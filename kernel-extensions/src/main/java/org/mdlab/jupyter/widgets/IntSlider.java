package org.mdlab.jupyter.widgets;

import java.util.function.IntConsumer;

/** A slider over integers ({@code IntSliderModel}): {@code min ≤ value ≤ max} in steps of {@code step}. */
public final class IntSlider extends DomWidget {

    private IntSlider(String description, int min, int max, int step, int value) {
        super("IntSliderModel", "IntSliderView", "SliderStyleModel");
        Sliders.checkBounds("value", value, min, max, step);
        Sliders.define(this, description, min, max, step, value, "d");
    }

    /** A slider labelled {@code description} from {@code min} to {@code max} in unit steps, at {@code value}. */
    public static IntSlider of(String description, int min, int max, int value) {
        return new IntSlider(description, min, max, 1, value);
    }

    /** As {@link #of(String, int, int, int)} with steps of {@code step}. */
    public static IntSlider of(String description, int min, int max, int step, int value) {
        return new IntSlider(description, min, max, step, value);
    }

    /** The current value. */
    public int value() {
        return (Integer) get("value");
    }

    /** Moves the slider to {@code value} (the browser follows). */
    public void value(int value) {
        Sliders.checkBounds("value", value, (Integer) get("min"), (Integer) get("max"), (Integer) get("step"));
        set("value", value);
    }

    /** Calls {@code listener} with each new value. @return this slider */
    public IntSlider onChange(IntConsumer listener) {
        observe("value", v -> listener.accept((Integer) v));
        return this;
    }

    /** Sends values only when the handle is released, not while it is dragged. @return this slider */
    public IntSlider continuous(boolean continuous) {
        set("continuous_update", continuous);
        return this;
    }
}
