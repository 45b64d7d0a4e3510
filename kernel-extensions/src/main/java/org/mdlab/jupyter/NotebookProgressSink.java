package org.mdlab.jupyter;

import org.dflib.jjava.jupyter.kernel.BaseKernel;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;
import org.mdlab.progress.ProgressSink;
import org.mdlab.progress.TextProgressSink;

import java.time.Duration;
import java.util.Locale;
import java.util.UUID;

/**
 * Shows {@link org.mdlab.progress.Progress} in the running notebook cell as one output, a bar that is
 * updated in place ({@code update_display_data}), marked with {@value #MIME} so that tools can tell it
 * from results. Found by {@link java.util.ServiceLoader}; active only while a notebook kernel is
 * serving a cell.
 */
public final class NotebookProgressSink implements ProgressSink {

    /** The MIME type of the machine-readable state of a progress bar. */
    public static final String MIME = "application/vnd.mdlab.progress+json";

    /** Creates the sink; called by {@link java.util.ServiceLoader}. */
    public NotebookProgressSink() {
    }

    @Override
    public boolean active() {
        try {
            return BaseKernel.notebookKernel().getIO().display.isAttached();
        } catch (NullPointerException noKernel) {
            return false;
        }
    }

    @Override
    public Object start(String task, long total) {
        Bar bar = new Bar(task, total, UUID.randomUUID().toString());
        DisplayData data = render(bar, 0, Duration.ZERO, false, false);
        data.setDisplayId(bar.id);
        BaseKernel.notebookKernel().display(data);
        return bar;
    }

    @Override
    public void update(Object handle, long done, Duration elapsed) {
        Bar bar = (Bar) handle;
        BaseKernel.notebookKernel().getIO().display.updateDisplay(bar.id, render(bar, done, elapsed, false, false));
    }

    @Override
    public void finish(Object handle, long done, Duration elapsed, boolean completed) {
        Bar bar = (Bar) handle;
        BaseKernel.notebookKernel().getIO().display.updateDisplay(bar.id, render(bar, done, elapsed, true, completed));
    }

    static DisplayData render(Bar bar, long done, Duration elapsed, boolean finished, boolean completed) {
        String text = finished ? TextProgressSink.describeEnd(bar.task, bar.total, done, elapsed, completed)
                : TextProgressSink.describe(bar.task, bar.total, done, elapsed);
        long shown = finished && completed ? Math.max(bar.total, 1) : done;
        DisplayData data = new DisplayData(text);
        data.putData(MIME, java.util.Map.of("task", bar.task, "done", done, "total", bar.total, "finished", finished));
        data.putHTML(String.format(Locale.ROOT,
                "<div class=\"mdlab-progress\"><progress value=\"%d\" max=\"%d\" style=\"width:20em\"></progress> "
                        + "<span style=\"font-family:monospace\">%s</span></div>",
                shown, Math.max(bar.total, 1), HtmlTable.escape(text)));
        return data;
    }

    record Bar(String task, long total, String id) {
    }
}
