package org.mdlab.jupyter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.ServiceLoader;
import org.dflib.jjava.jupyter.Extension;
import org.junit.jupiter.api.Test;
import org.mdlab.repro.Check;

class MdlabExtensionTest {

    @Test
    void isDiscoveredThroughTheExtensionService() {
        List<Class<?>> found = ServiceLoader.load(Extension.class).stream()
                .<Class<?>>map(ServiceLoader.Provider::type)
                .toList();
        assertTrue(found.contains(MdlabExtension.class), found.toString());
    }

    @Test
    void installRegistersTheRenderersAndEvaluatesTheStartupImports() {
        RecordingKernel kernel = new RecordingKernel();
        new MdlabExtension().install(kernel);

        assertEquals(List.of(StartupImports.snippet()), kernel.evaluated);
        Bundle bundle = Bundle.of(kernel.getRenderer().render(Check.closedForm("price", "p* = 2", 2.0, 2.0, 0.0)));
        assertTrue(bundle.mimeTypes().contains(ChecksDisplay.MIME_TYPE), bundle.mimeTypes().toString());
    }
}
