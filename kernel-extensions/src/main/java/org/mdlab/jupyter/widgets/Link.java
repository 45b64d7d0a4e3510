package org.mdlab.jupyter.widgets;

import java.util.List;

/**
 * A link kept by the browser between an attribute of one widget and an attribute of another
 * ({@code LinkModel}: both ways; {@code DirectionalLinkModel}: source to target only). The linked
 * widgets tell the kernel of their changes as usual.
 */
public final class Link extends Widget {

    private Link(String model, Widget source, String sourceKey, Widget target, String targetKey) {
        super(model, Modules.CONTROLS, Modules.CONTROLS_VERSION, null, Modules.CONTROLS, Modules.CONTROLS_VERSION);
        source.get(sourceKey);
        target.get(targetKey);
        define("source", List.of(source, sourceKey));
        define("target", List.of(target, targetKey));
        open();
    }

    /** Keeps {@code source.sourceKey} and {@code target.targetKey} equal, whichever changes. */
    public static Link both(Widget source, String sourceKey, Widget target, String targetKey) {
        return new Link("LinkModel", source, sourceKey, target, targetKey);
    }

    /** Copies {@code source.sourceKey} to {@code target.targetKey} whenever the source changes. */
    public static Link oneWay(Widget source, String sourceKey, Widget target, String targetKey) {
        return new Link("DirectionalLinkModel", source, sourceKey, target, targetKey);
    }
}
