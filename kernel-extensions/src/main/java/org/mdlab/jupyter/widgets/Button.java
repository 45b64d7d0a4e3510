package org.mdlab.jupyter.widgets;

import com.google.gson.JsonObject;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A push button ({@code ButtonModel}); the frontend reports a click as a custom message {@code {"event": "click"}}. */
public final class Button extends DomWidget {

    private final List<Runnable> clicks = new CopyOnWriteArrayList<>();

    private Button(String description) {
        super("ButtonModel", "ButtonView", "ButtonStyleModel");
        define("description", description);
        define("disabled", false);
        define("button_style", "");
        define("icon", "");
    }

    /** A button labelled {@code description}. */
    public static Button of(String description) {
        return new Button(description);
    }

    /** Runs {@code action} on every click. @return this button */
    public Button onClick(Runnable action) {
        clicks.add(action);
        return this;
    }

    /** One of {@code primary, success, info, warning, danger} or {@code ""}. @return this button */
    public Button buttonStyle(String style) {
        if (!List.of("", "primary", "success", "info", "warning", "danger").contains(style)) {
            throw new IllegalArgumentException("style must be one of primary, success, info, warning, danger or \"\" (got \"" + style + "\")");
        }
        set("button_style", style);
        return this;
    }

    /** Runs the click actions, as a click in the browser does. */
    public void click() {
        clicks.forEach(Runnable::run);
    }

    @Override
    protected void custom(JsonObject content) {
        if (content != null && content.has("event") && content.get("event").getAsString().equals("click")) {
            click();
        }
    }
}
