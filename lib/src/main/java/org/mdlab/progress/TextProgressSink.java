package org.mdlab.progress;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;

/**
 * Progress as plain text lines ("task: 45% (450 of 1000), 3.2 s") on a print stream, for use outside
 * a notebook. {@link Progress} already limits how often it reports.
 */
public final class TextProgressSink implements ProgressSink {

    private final PrintStream out;

    /**
     * A sink writing to {@code out}.
     *
     * @param out where the lines go, usually {@code System.err}
     */
    public TextProgressSink(PrintStream out) {
        this.out = out;
    }

    @Override
    public boolean active() {
        return true;
    }

    @Override
    public Object start(String task, long total) {
        return new Task(task, total);
    }

    @Override
    public void update(Object handle, long done, Duration elapsed) {
        out.println(line((Task) handle, done, elapsed));
    }

    @Override
    public void finish(Object handle, long done, Duration elapsed, boolean completed) {
        Task task = (Task) handle;
        out.println(describeEnd(task.name, task.total, done, elapsed, completed));
    }

    /**
     * The text of the final report: a computation that completed reads as done (with the steps it took when
     * it converged before the limit), one that was stopped says so.
     *
     * @param task      the description
     * @param total     the number of steps budgeted
     * @param done      steps completed
     * @param elapsed   time since the start
     * @param completed whether the computation finished its work
     * @return e.g. {@code "VI: done in 264 steps (limit 100,000), 1.0 s"}
     */
    public static String describeEnd(String task, long total, long done, Duration elapsed, boolean completed) {
        if (completed && done < total) {
            return String.format(Locale.ROOT, "%s: done in %,d steps (limit %,d), %.1f s", task, done, total,
                    elapsed.toMillis() / 1000.0);
        }
        return describe(task, total, done, elapsed) + (done < total ? " (stopped)" : " done");
    }

    /**
     * The text of one report.
     *
     * @param task    the description
     * @param total   the number of steps
     * @param done    steps completed
     * @param elapsed time since the start
     * @return e.g. {@code "MC: 45% (450 of 1,000), 3.2 s"}
     */
    public static String describe(String task, long total, long done, Duration elapsed) {
        double percent = total == 0 ? 100 : 100.0 * done / total;
        return String.format(Locale.ROOT, "%s: %.0f%% (%,d of %,d), %.1f s", task, percent, done, total,
                elapsed.toMillis() / 1000.0);
    }

    private static String line(Task task, long done, Duration elapsed) {
        return describe(task.name, task.total, done, elapsed);
    }

    private record Task(String name, long total) {
    }
}
