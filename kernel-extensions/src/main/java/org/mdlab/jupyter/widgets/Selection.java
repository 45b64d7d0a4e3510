package org.mdlab.jupyter.widgets;

import java.util.List;
import java.util.function.Consumer;
import org.mdlab.market.Arguments;

/** A choice of one label among several ({@code _options_labels} and {@code index} of the selection models). */
public abstract class Selection extends DomWidget {

    private final List<String> options;

    Selection(String model, String view, String style, String description, List<String> options, int index) {
        super(model, view, style);
        if (options.isEmpty()) {
            throw new IllegalArgumentException("options must not be empty (got [])");
        }
        this.options = List.copyOf(options);
        Arguments.index("index", index, options.size());
        describe(description);
        define("disabled", false);
        define("_options_labels", this.options);
        define("index", index);
    }

    /** The labels offered. */
    public final List<String> options() {
        return options;
    }

    /** The position of the selected label. */
    public final int index() {
        return (Integer) get("index");
    }

    /** The selected label. */
    public final String value() {
        return options.get(index());
    }

    /** Selects {@code label} (the browser follows). */
    public final void value(String label) {
        int index = options.indexOf(label);
        if (index < 0) {
            throw new IllegalArgumentException("label must be one of " + options + " (got \"" + label + "\")");
        }
        set("index", index);
    }

    /** Calls {@code listener} with each newly selected label. */
    protected final void whenChanged(Consumer<String> listener) {
        observe("index", i -> listener.accept(options.get((Integer) i)));
    }
}
