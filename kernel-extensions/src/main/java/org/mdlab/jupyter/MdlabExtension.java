package org.mdlab.jupyter;

import org.dflib.jjava.jupyter.Extension;
import org.dflib.jjava.jupyter.kernel.BaseKernel;
import org.mdlab.jupyter.widgets.WidgetDisplay;
import org.mdlab.jupyter.widgets.Widgets;

/**
 * The mdlab kernel extension, loaded through {@code META-INF/services/org.dflib.jjava.jupyter.Extension}.
 * It uses only the {@link BaseKernel} API, so it works in a stock JJava kernel as well as in the mdlab kernel.
 */
public final class MdlabExtension implements Extension {

    /** Creates the extension; called by the kernel's {@link java.util.ServiceLoader}. */
    public MdlabExtension() {
    }

    /**
     * Registers the mdlab renderers on the kernel's renderer, connects the widgets when the kernel's
     * comm manager is a {@link org.mdlab.jupyter.comm.CommChannel} (the mdlab kernel's), then
     * evaluates the startup imports.
     *
     * @param kernel the kernel being started
     */
    @Override
    public void install(BaseKernel kernel) {
        MdlabRenderers.registerAll(kernel.getRenderer());
        if (Widgets.install(kernel)) {
            WidgetDisplay.register(kernel.getRenderer());
        }
        kernel.evalRaw(StartupImports.snippet());
    }
}
