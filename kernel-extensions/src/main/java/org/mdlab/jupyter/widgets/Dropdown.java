package org.mdlab.jupyter.widgets;

import java.util.List;
import java.util.function.Consumer;

/** A drop-down list ({@code DropdownModel}). */
public final class Dropdown extends Selection {

    private Dropdown(String description, List<String> options, int index) {
        super("DropdownModel", "DropdownView", "DescriptionStyleModel", description, options, index);
    }

    /** A drop-down labelled {@code description} offering {@code options}, showing the first. */
    public static Dropdown of(String description, List<String> options) {
        return new Dropdown(description, options, 0);
    }

    /** A drop-down labelled {@code description} offering {@code options}, showing {@code options[index]}. */
    public static Dropdown of(String description, List<String> options, int index) {
        return new Dropdown(description, options, index);
    }

    /** Calls {@code listener} with each newly selected label. @return this drop-down */
    public Dropdown onChange(Consumer<String> listener) {
        whenChanged(listener);
        return this;
    }
}
