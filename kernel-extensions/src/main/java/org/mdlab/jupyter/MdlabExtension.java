package org.mdlab.jupyter;

import org.dflib.jjava.jupyter.Extension;
import org.dflib.jjava.jupyter.kernel.BaseKernel;

/**
 * The mdlab kernel extension, loaded through {@code META-INF/services/org.dflib.jjava.jupyter.Extension}.
 * It uses only the {@link BaseKernel} API, so it works in a stock JJava kernel as well as in the mdlab kernel.
 */
public final class MdlabExtension implements Extension {

    /** Creates the extension; called by the kernel's {@link java.util.ServiceLoader}. */
    public MdlabExtension() {
    }

    /**
     * Registers the mdlab renderers on the kernel's renderer, then evaluates the startup imports.
     *
     * @param kernel the kernel being started
     */
    @Override
    public void install(BaseKernel kernel) {
        MdlabRenderers.registerAll(kernel.getRenderer());
        kernel.evalRaw(StartupImports.snippet());
    }
}
