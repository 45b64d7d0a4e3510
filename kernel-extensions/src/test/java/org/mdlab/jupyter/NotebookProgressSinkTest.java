package org.mdlab.jupyter;

import org.dflib.jjava.jupyter.kernel.display.DisplayData;
import org.dflib.jjava.jupyter.kernel.display.mime.MIMEType;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NotebookProgressSinkTest {

    @Test
    void withoutARunningNotebookKernelTheSinkStepsAside() {
        assertFalse(new NotebookProgressSink().active());
    }

    @Test
    void theBarShowsTheShareDoneAndEscapesTheTask() {
        NotebookProgressSink.Bar bar = new NotebookProgressSink.Bar("<b>MC</b>", 200, "id");
        DisplayData data = NotebookProgressSink.render(bar, 50, Duration.ofMillis(1500), false);
        assertEquals("<b>MC</b>: 25% (50 of 200), 1.5 s", data.getData(MIMEType.TEXT_PLAIN));
        String html = (String) data.getData(MIMEType.TEXT_HTML);
        assertTrue(html.contains("<progress value=\"50\" max=\"200\""), html);
        assertTrue(html.contains("&lt;b&gt;MC&lt;/b&gt;: 25%"), html);
        assertEquals(java.util.Map.of("task", "<b>MC</b>", "done", 50L, "total", 200L, "finished", false),
                data.getData(org.dflib.jjava.jupyter.kernel.display.mime.MIMEType.parse(NotebookProgressSink.MIME)));
        assertEquals("<b>MC</b>: 100% (200 of 200), 2.0 s done",
                NotebookProgressSink.render(bar, 200, Duration.ofSeconds(2), true).getData(MIMEType.TEXT_PLAIN));
    }
}
