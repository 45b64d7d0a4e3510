package org.mdlab.jupyter.widgets;

import java.util.List;

/** Widgets laid out in a row ({@link #row}, {@code HBoxModel}) or a column ({@link #column}, {@code VBoxModel}). */
public final class Box extends DomWidget {

    private Box(String model, String view, List<? extends Widget> children) {
        super(model, view, null);
        define("children", List.copyOf(children));
        define("box_style", "");
    }

    /** {@code children} side by side. */
    public static Box row(Widget... children) {
        return new Box("HBoxModel", "HBoxView", List.of(children));
    }

    /** {@code children} one above the other. */
    public static Box column(Widget... children) {
        return new Box("VBoxModel", "VBoxView", List.of(children));
    }

    /** The widgets in the box. */
    @SuppressWarnings("unchecked")
    public List<Widget> children() {
        return (List<Widget>) get("children");
    }
}
