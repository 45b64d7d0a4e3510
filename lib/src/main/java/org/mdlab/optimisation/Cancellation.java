package org.mdlab.optimisation;

import java.util.concurrent.CancellationException;

/**
 * A request to stop a long computation, polled by the library's loops (value iteration, sequences of
 * linear programs, Monte Carlo, grid searches) between steps. The default, {@link #threadInterrupt()},
 * answers the interrupt flag of the calling thread, so that Kernel › Interrupt in a notebook (which
 * interrupts the thread running the cell) stops a solve within one step.
 */
@FunctionalInterface
public interface Cancellation {

    /**
     * Whether the computation should stop now.
     *
     * @return {@code true} once cancellation is requested
     */
    boolean requested();

    /**
     * Throws if cancellation is requested; call between steps of a long loop.
     *
     * @param task what is running, for the message (e.g. "value iteration")
     * @throws CancellationException if {@link #requested()}
     */
    default void check(String task) {
        if (requested()) {
            throw new CancellationException(task + " was cancelled");
        }
    }

    /**
     * Cancellation by interrupting the thread that runs the computation (the flag is read, not cleared).
     *
     * @return the thread-interrupt cancellation
     */
    static Cancellation threadInterrupt() {
        return () -> Thread.currentThread().isInterrupted();
    }

    /**
     * A computation that is never cancelled.
     *
     * @return the cancellation that is never requested
     */
    static Cancellation never() {
        return () -> false;
    }
}
