package org.mdlab.kernel;

/**
 * Runtime hooks that {@link CellInstrumenter} weaves into the bytecode of every cell: a stop check on
 * each loop back-edge and method entry, and a replacement for {@code System.exit},
 * {@code Runtime.exit} and {@code Runtime.halt}.
 *
 * <p>Public because instrumented cell classes, loaded by JShell's class loader, call it. It holds
 * the kernel's single "stop the running cell" flag; the kernel arms it on interrupt and clears it
 * before each cell.
 */
public final class CellGuard {

    private static volatile boolean stopRequested;

    private CellGuard() {
    }

    /** Called by instrumented code at loop back-edges and method entries. */
    public static void check() {
        if (stopRequested) {
            throw new CellInterrupted();
        }
    }

    /** Replaces {@code System.exit(status)} in cell code. */
    public static void exit(int status) {
        throw new SystemExitBlocked(status);
    }

    /** Replaces {@code Runtime.getRuntime().exit(status)} and {@code halt(status)} in cell code. */
    public static void exit(Runtime runtime, int status) {
        throw new SystemExitBlocked(status);
    }

    static void requestStop() {
        stopRequested = true;
    }

    static void clearStop() {
        stopRequested = false;
    }

    static boolean stopRequested() {
        return stopRequested;
    }

    /** Thrown into a running cell when the user interrupts the kernel. */
    public static final class CellInterrupted extends Error {
        private static final long serialVersionUID = 1L;

        CellInterrupted() {
            this("the cell was interrupted (Kernel > Interrupt)");
        }

        CellInterrupted(String message) {
            super(message, null, false, false);
        }
    }

    /** Thrown instead of ending the kernel's JVM when a cell calls {@code System.exit}. */
    public static final class SystemExitBlocked extends Error {
        private static final long serialVersionUID = 1L;

        SystemExitBlocked(int status) {
            super("System.exit(" + status + ") was blocked: it would end the kernel. "
                    + "Use Kernel > Restart to start a fresh session.", null, false, false);
        }
    }
}
