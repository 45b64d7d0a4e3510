package org.mdlab.jupyter;

import org.dflib.jjava.jupyter.kernel.display.Renderer;

/**
 * Registers the mdlab renderers. Kept separate from {@link MdlabExtension} so that a plain
 * {@link Renderer} can be configured without a running kernel.
 */
public final class MdlabRenderers {

    private MdlabRenderers() {
    }

    /**
     * Registers on {@code renderer}: Tablesaw tables as {@code text/html} and {@code text/plain};
     * XChart charts as {@code image/png} at twice the resolution and {@code text/plain}, and as
     * {@code image/svg+xml} when that type is requested; reproduction checks ({@code Checks} and a
     * single {@code Check}) as {@code text/html}, {@value ChecksDisplay#MIME_TYPE} and {@code text/plain}.
     *
     * @param renderer the renderer to configure
     */
    public static void registerAll(Renderer renderer) {
        TableDisplay.register(renderer);
        ChartDisplay.register(renderer);
        ChecksDisplay.register(renderer);
    }
}
