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
        DisplayData data = NotebookProgressSink.render(bar, 50, Duration.ofMillis(1500), false, false);
        assertEquals("<b>MC</b>: 25% (50 of 200), 1.5 s", data.getData(MIMEType.TEXT_PLAIN));
        String html = (String) data.getData(MIMEType.TEXT_HTML);
        assertTrue(html.contains("<progress value=\"50\" max=\"200\""), html);
        assertTrue(html.contains("&lt;b&gt;MC&lt;/b&gt;: 25%"), html);
        assertEquals(java.util.Map.of("task", "<b>MC</b>", "done", 50L, "total", 200L, "finished", false),
                data.getData(org.dflib.jjava.jupyter.kernel.display.mime.MIMEType.parse(NotebookProgressSink.MIME)));
        assertEquals("<b>MC</b>: 100% (200 of 200), 2.0 s done",
                NotebookProgressSink.render(bar, 200, Duration.ofSeconds(2), true, true).getData(MIMEType.TEXT_PLAIN));
    }

    @Test
    void aSolverThatConvergedEarlyReadsAsDoneWithAFullBar() {
        NotebookProgressSink.Bar bar = new NotebookProgressSink.Bar("VI", 100_000, "id");
        DisplayData converged = NotebookProgressSink.render(bar, 264, Duration.ofSeconds(1), true, true);
        assertEquals("VI: done in 264 steps (limit 100,000), 1.0 s", converged.getData(MIMEType.TEXT_PLAIN));
        assertTrue(((String) converged.getData(MIMEType.TEXT_HTML)).contains("<progress value=\"100000\" max=\"100000\""));
        assertEquals("VI: 0% (264 of 100,000), 1.0 s (stopped)",
                NotebookProgressSink.render(bar, 264, Duration.ofSeconds(1), true, false).getData(MIMEType.TEXT_PLAIN));
    }
}
