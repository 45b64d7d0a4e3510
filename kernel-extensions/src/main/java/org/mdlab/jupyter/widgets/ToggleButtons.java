package org.mdlab.jupyter.widgets;

import java.util.List;
import java.util.function.Consumer;

/** A row of buttons of which one is pressed ({@code ToggleButtonsModel}). */
public final class ToggleButtons extends Selection {

    private ToggleButtons(String description, List<String> options, int index) {
        super("ToggleButtonsModel", "ToggleButtonsView", "ToggleButtonsStyleModel", description, options, index);
        define("button_style", "");
        define("icons", List.of());
        define("tooltips", List.of());
    }

    /** Buttons labelled {@code options}, the first pressed. */
    public static ToggleButtons of(String description, List<String> options) {
        return new ToggleButtons(description, options, 0);
    }

    /** Buttons labelled {@code options}, {@code options[index]} pressed. */
    public static ToggleButtons of(String description, List<String> options, int index) {
        return new ToggleButtons(description, options, index);
    }

    /** Calls {@code listener} with each newly pressed label. @return these buttons */
    public ToggleButtons onChange(Consumer<String> listener) {
        whenChanged(listener);
        return this;
    }
}
