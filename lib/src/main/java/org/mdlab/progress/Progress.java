package org.mdlab.progress;

import java.time.Duration;
import java.util.List;
import java.util.ServiceLoader;
import java.util.concurrent.atomic.AtomicLong;
import org.mdlab.market.Arguments;

/**
 * Progress of a long computation (a Monte Carlo study, a value iteration), reported at most every
 * {@value #REPORT_MILLIS} ms to the first active {@link ProgressSink} found by
 * {@link ServiceLoader} — a progress bar updated in place in a notebook — or as text lines on
 * standard error otherwise. Nothing is shown for a computation that ends within the first
 * {@value #REPORT_MILLIS} ms. Safe to advance from several threads; cheap enough for inner loops.
 *
 * <pre>{@code
 * try (Progress progress = Progress.start("Monte Carlo", draws)) {
 *     for (int i = 0; i < draws; i++) { ...; progress.advance(1); }
 * }
 * }</pre>
 */
public final class Progress implements AutoCloseable {

    static final long REPORT_MILLIS = 250;

    private final ProgressSink sink;
    private final String task;
    private final long total;
    private volatile Object handle;
    private final long startNanos = System.nanoTime();
    private final AtomicLong done = new AtomicLong();
    private final AtomicLong nextReport = new AtomicLong();
    private volatile boolean closed;
    private volatile boolean completed;

    private Progress(ProgressSink sink, String task, long total) {
        this.sink = sink;
        this.task = task;
        this.total = total;
        nextReport.set(startNanos + REPORT_MILLIS * 1_000_000);
    }

    /**
     * Starts reporting a computation of {@code total} steps to the active sink.
     *
     * @param task  a short description
     * @param total the number of steps, at least 0
     * @return the progress, to advance and close
     */
    public static Progress start(String task, long total) {
        return start(task, total, activeSink());
    }

    /**
     * Starts reporting to the given sink.
     *
     * @param task  a short description
     * @param total the number of steps, at least 0
     * @param sink  where reports go; not null
     * @return the progress, to advance and close
     * @throws IllegalArgumentException if {@code task} is blank, {@code total < 0} or {@code sink} is null
     */
    public static Progress start(String task, long total, ProgressSink sink) {
        Arguments.notNull("sink", sink);
        if (task == null || task.isBlank()) {
            throw new IllegalArgumentException("task must not be blank (got " + task + ")");
        }
        Arguments.atLeast("total", total, 0);
        return new Progress(sink, task, total);
    }

    private static ProgressSink activeSink() {
        for (ProgressSink sink : Installed.SINKS) {
            if (sink.active()) {
                return sink;
            }
        }
        return new TextProgressSink(System.err);
    }

    /** The sinks on the class path, looked up once. */
    private static final class Installed {
        static final List<ProgressSink> SINKS = ServiceLoader.load(ProgressSink.class).stream()
                .map(ServiceLoader.Provider::get).toList();
    }

    /**
     * Records {@code steps} more completed steps and reports if the last report is old enough.
     *
     * @param steps steps completed since the last call, at least 0
     * @throws IllegalArgumentException if {@code steps < 0}
     */
    public void advance(long steps) {
        Arguments.atLeast("steps", steps, 0);
        long now = done.addAndGet(steps);
        long due = nextReport.get();
        long time = System.nanoTime();
        if (time >= due && !closed && nextReport.compareAndSet(due, time + REPORT_MILLIS * 1_000_000)) {
            if (handle == null) {
                handle = sink.start(task, total);
            }
            sink.update(handle, Math.min(now, total), Duration.ofNanos(time - startNanos));
        }
    }

    /**
     * Steps completed so far.
     *
     * @return the count
     */
    public long done() {
        return done.get();
    }

    /**
     * Marks the computation as having finished its work, so that the final report reads as done even when
     * fewer steps than the total were needed (a solver that converged before its iteration limit).
     */
    public void complete() {
        completed = true;
    }

    /** Sends the final report, if anything was reported: done when all steps ran or {@link #complete} was called. */
    @Override
    public void close() {
        if (!closed) {
            closed = true;
            if (handle != null) {
                sink.finish(handle, Math.min(done.get(), total), Duration.ofNanos(System.nanoTime() - startNanos),
                        completed || done.get() >= total);
            }
        }
    }
}
