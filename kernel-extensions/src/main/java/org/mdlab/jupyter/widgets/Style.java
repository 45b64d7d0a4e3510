package org.mdlab.jupyter.widgets;

import java.util.List;
import java.util.Map;

/**
 * The style of a control ({@code DescriptionStyleModel}, {@code SliderStyleModel}, ... of
 * {@code @jupyter-widgets/controls}): the description's width, colours and fonts, by kind of control.
 */
public final class Style extends Widget {

    private static final Map<String, List<String>> KEYS = Map.of(
            "DescriptionStyleModel", List.of("description_width"),
            "SliderStyleModel", List.of("description_width", "handle_color"),
            "ButtonStyleModel", List.of("button_color", "font_family", "font_size", "font_style", "font_variant",
                    "font_weight", "text_color", "text_decoration"),
            "ToggleButtonsStyleModel", List.of("button_width", "description_width", "font_weight"),
            "CheckboxStyleModel", List.of("background", "description_width"),
            "TextStyleModel", List.of("background", "description_width", "font_size", "text_color"),
            "HTMLStyleModel", List.of("background", "description_width", "font_size", "text_color"));

    private final List<String> keys;

    Style(String model) {
        super(model, Modules.CONTROLS, Modules.CONTROLS_VERSION, "StyleView", Modules.BASE, Modules.BASE_VERSION);
        keys = KEYS.get(model);
        if (keys == null) {
            throw new IllegalArgumentException("model must be one of " + KEYS.keySet() + " (got \"" + model + "\")");
        }
        keys.forEach(k -> define(k, k.equals("description_width") || k.startsWith("font_") || k.equals("text_decoration")
                || k.equals("button_width") ? "" : null));
    }

    /**
     * Sets the style attribute {@code key} (e.g. {@code "description_width"}) to CSS {@code value}.
     *
     * @return this style
     */
    public Style set(String key, String value) {
        if (!keys.contains(key)) {
            throw new IllegalArgumentException("key must be one of " + keys + " (got \"" + key + "\")");
        }
        set(key, (Object) value);
        return this;
    }
}
