package org.mdlab.progress;

import java.time.Duration;

/**
 * Where {@link Progress} reports go. The library finds implementations with
 * {@link java.util.ServiceLoader}; the mdlab kernel extension provides one that draws a progress
 * bar in the notebook and updates it in place. Without one, reports are plain text lines on
 * standard error ({@link TextProgressSink}).
 */
public interface ProgressSink {

    /**
     * Whether this sink can show progress here and now (a notebook sink answers {@code false}
     * outside a running notebook cell).
     *
     * @return {@code true} when reports sent now will be seen
     */
    boolean active();

    /**
     * A computation has started.
     *
     * @param task  a short description, e.g. "Monte Carlo, 100000 auctions"
     * @param total the number of steps it will take
     * @return a handle passed back to {@link #update} and {@link #finish}
     */
    Object start(String task, long total);

    /**
     * The computation has done {@code done} of {@code total} steps after {@code elapsed}.
     *
     * @param handle  what {@link #start} returned
     * @param done    steps completed so far
     * @param elapsed time since the start
     */
    void update(Object handle, long done, Duration elapsed);

    /**
     * The computation has ended after {@code done} steps.
     *
     * @param handle    what {@link #start} returned
     * @param done      steps completed
     * @param elapsed   time since the start
     * @param completed whether it finished its work ({@code done} may then be below the total: a solver that
     *                  converged before its iteration limit); {@code false} when it was stopped before the end
     */
    void finish(Object handle, long done, Duration elapsed, boolean completed);
}
