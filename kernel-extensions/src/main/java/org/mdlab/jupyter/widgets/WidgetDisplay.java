package org.mdlab.jupyter.widgets;

import java.util.LinkedHashMap;
import java.util.Map;
import org.dflib.jjava.jupyter.kernel.display.RenderContext;
import org.dflib.jjava.jupyter.kernel.display.Renderer;
import org.dflib.jjava.jupyter.kernel.display.mime.MIMEType;

/**
 * Displays a {@link Widget} (and an {@link Interact}) as {@value Widgets#VIEW_MIME}, which a frontend
 * with a widget manager draws as the live control, with a plain-text line for any other frontend.
 */
public final class WidgetDisplay {

    private static final MIMEType VIEW = MIMEType.parse(Widgets.VIEW_MIME);

    private WidgetDisplay() {
    }

    /** Registers the widget renderers on {@code renderer}. */
    public static void register(Renderer renderer) {
        renderer.createRegistration(Widget.class).preferring(VIEW).register(WidgetDisplay::render);
        renderer.createRegistration(Interact.class).preferring(VIEW).register((i, c) -> render(i.widget(), c));
    }

    private static void render(Widget widget, RenderContext context) {
        context.renderIfRequested(VIEW, () -> {
            Map<String, Object> view = new LinkedHashMap<>();
            view.put("version_major", 2);
            view.put("version_minor", 0);
            view.put("model_id", widget.id());
            return view;
        });
        context.renderIfRequested(MIMEType.TEXT_PLAIN, widget::toString);
    }
}
