package org.mdlab.jupyter.widgets;

import java.util.function.Consumer;

/** A one-line text field ({@code TextModel}). */
public final class Text extends DomWidget {

    private Text(String description, String value) {
        super("TextModel", "TextView", "TextStyleModel");
        describe(description);
        define("disabled", false);
        define("value", value);
        define("placeholder", "");
        define("continuous_update", true);
    }

    /** A text field labelled {@code description} holding {@code value}. */
    public static Text of(String description, String value) {
        return new Text(description, value);
    }

    /** The text. */
    public String value() {
        return (String) get("value");
    }

    /** Replaces the text (the browser follows). */
    public void value(String value) {
        set("value", value);
    }

    /** Calls {@code listener} with each new text. @return this field */
    public Text onChange(Consumer<String> listener) {
        observe("value", v -> listener.accept((String) v));
        return this;
    }
}
