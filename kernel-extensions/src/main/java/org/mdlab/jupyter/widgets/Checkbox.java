package org.mdlab.jupyter.widgets;

import java.util.function.Consumer;

/** A check box ({@code CheckboxModel}). */
public final class Checkbox extends DomWidget {

    private Checkbox(String description, boolean value) {
        super("CheckboxModel", "CheckboxView", "CheckboxStyleModel");
        describe(description);
        define("disabled", false);
        define("value", value);
        define("indent", true);
    }

    /** A check box labelled {@code description}, ticked when {@code value}. */
    public static Checkbox of(String description, boolean value) {
        return new Checkbox(description, value);
    }

    /** Whether it is ticked. */
    public boolean value() {
        return (Boolean) get("value");
    }

    /** Ticks or clears it (the browser follows). */
    public void value(boolean value) {
        set("value", value);
    }

    /** Calls {@code listener} with each new state. @return this check box */
    public Checkbox onChange(Consumer<Boolean> listener) {
        observe("value", v -> listener.accept((Boolean) v));
        return this;
    }
}
