package org.mdlab.jupyter.widgets;

import java.util.List;

/**
 * The CSS layout of a widget's view ({@code LayoutModel} of {@code @jupyter-widgets/base}): width,
 * height, margins, borders and the flexbox and grid properties of boxes. A property is sent only once set
 * (unset: the view's default), which keeps saved widget states small.
 */
public final class Layout extends Widget {

    /** The properties the frontend's layout view applies, by their protocol names. */
    public static final List<String> PROPERTIES = List.of("align_content", "align_items", "align_self",
            "border_bottom", "border_left", "border_right", "border_top", "bottom", "display", "flex", "flex_flow",
            "grid_area", "grid_auto_columns", "grid_auto_flow", "grid_auto_rows", "grid_gap", "grid_template_areas",
            "grid_template_columns", "grid_template_rows", "height", "justify_content", "justify_items", "left",
            "margin", "max_height", "max_width", "min_height", "min_width", "object_fit", "object_position", "order",
            "overflow", "padding", "right", "top", "visibility", "width");

    Layout() {
        super("LayoutModel", Modules.BASE, Modules.BASE_VERSION, "LayoutView", Modules.BASE, Modules.BASE_VERSION);
    }

    /**
     * Sets the CSS {@code property} (a protocol name such as {@code "justify_content"}) to {@code value}
     * (CSS text; {@code null} unsets it).
     *
     * @return this layout
     */
    public Layout set(String property, String value) {
        if (!PROPERTIES.contains(property)) {
            throw new IllegalArgumentException("property must be one of " + PROPERTIES + " (got \"" + property + "\")");
        }
        set(property, (Object) value);
        return this;
    }

    /** Sets the width (CSS, e.g. {@code "400px"} or {@code "50%"}). @return this layout */
    public Layout width(String value) {
        return set("width", value);
    }

    /** Sets the height (CSS). @return this layout */
    public Layout height(String value) {
        return set("height", value);
    }

    /** Sets the margin (CSS). @return this layout */
    public Layout margin(String value) {
        return set("margin", value);
    }

    /** Sets the padding (CSS). @return this layout */
    public Layout padding(String value) {
        return set("padding", value);
    }
}
