package org.mdlab.kernel;

/** Stands for library code called from a cell: not instrumented, it polls the thread's interrupt flag. */
public final class InterruptibleWork {

    /** What the last call saw, for the test to read. */
    static volatile String lastOutcome = "";
    /** Set when a call starts spinning. */
    static final java.util.concurrent.CountDownLatch SPINNING = new java.util.concurrent.CountDownLatch(1);

    private InterruptibleWork() {
    }

    /** Spins until the calling thread is interrupted. */
    public static String spinUntilInterrupted() {
        long spins = 0;
        SPINNING.countDown();
        while (!Thread.currentThread().isInterrupted()) {
            spins++;
        }
        lastOutcome = "interrupted after " + spins + " spins";
        return lastOutcome;
    }
}
