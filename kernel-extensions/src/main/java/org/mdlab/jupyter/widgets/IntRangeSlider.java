package org.mdlab.jupyter.widgets;

import java.util.List;
import java.util.function.BiConsumer;

/** A slider with two handles over integers ({@code IntRangeSliderModel}): {@code min ≤ lower ≤ upper ≤ max}. */
public final class IntRangeSlider extends DomWidget {

    private IntRangeSlider(String description, int min, int max, int lower, int upper) {
        super("IntRangeSliderModel", "IntRangeSliderView", "SliderStyleModel");
        check(min, max, lower, upper);
        Sliders.define(this, description, min, max, 1, List.of(lower, upper), "d");
    }

    private static void check(int min, int max, int lower, int upper) {
        Sliders.checkBounds("lower", lower, min, max, 1);
        Sliders.checkBounds("upper", upper, min, max, 1);
        if (lower > upper) {
            throw new IllegalArgumentException("lower must not exceed upper (got " + lower + " > " + upper + ")");
        }
    }

    /** A range slider labelled {@code description} over {@code [min, max]} selecting {@code [lower, upper]}. */
    public static IntRangeSlider of(String description, int min, int max, int lower, int upper) {
        return new IntRangeSlider(description, min, max, lower, upper);
    }

    /** The lower end of the selected range. */
    public int lower() {
        return (Integer) ((List<?>) get("value")).get(0);
    }

    /** The upper end of the selected range. */
    public int upper() {
        return (Integer) ((List<?>) get("value")).get(1);
    }

    /** Selects {@code [lower, upper]} (the browser follows). */
    public void value(int lower, int upper) {
        check((Integer) get("min"), (Integer) get("max"), lower, upper);
        set("value", List.of(lower, upper));
    }

    /** Calls {@code listener} with each new range (lower, upper). @return this slider */
    public IntRangeSlider onChange(BiConsumer<Integer, Integer> listener) {
        observe("value", v -> listener.accept((Integer) ((List<?>) v).get(0), (Integer) ((List<?>) v).get(1)));
        return this;
    }
}
