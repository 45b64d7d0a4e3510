package org.mdlab.jupyter.widgets;

import java.util.List;

/**
 * A widget with a view in the page ({@code DOMWidgetModel}): a {@link Layout}, CSS classes, a tooltip,
 * and for controls a {@link Style} and a description.
 */
public abstract class DomWidget extends Widget {

    private final Layout layout = new Layout();
    private final Style style;

    /** A control of {@code @jupyter-widgets/controls} with style model {@code style} ({@code null}: none). */
    protected DomWidget(String model, String view, String style) {
        this(model, Modules.CONTROLS, Modules.CONTROLS_VERSION, view, style);
    }

    /** A widget of {@code module} at {@code version} with style model {@code style} ({@code null}: none). */
    protected DomWidget(String model, String module, String version, String view, String style) {
        super(model, module, version, view, module, version);
        this.style = style == null ? null : new Style(style);
        define("_dom_classes", List.of());
        define("layout", layout);
        define("tabbable", null);
        define("tooltip", null);
        if (this.style != null) {
            define("style", this.style);
        }
    }

    /** The layout of this widget's view. */
    public final Layout layout() {
        return layout;
    }

    /** The style of this control. */
    public final Style style() {
        if (style == null) {
            throw new IllegalStateException(get("_model_name") + " has no style");
        }
        return style;
    }

    /** Sets the description shown next to the control. */
    protected final void describe(String description) {
        define("description", description);
        define("description_allow_html", false);
    }

    /** Sets the tooltip. */
    public final void tooltip(String text) {
        set("tooltip", text);
    }
}
