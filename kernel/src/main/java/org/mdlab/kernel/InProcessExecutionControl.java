package org.mdlab.kernel;

import jdk.jshell.execution.DirectExecutionControl;
import jdk.jshell.spi.ExecutionControl;
import jdk.jshell.spi.ExecutionControlProvider;
import jdk.jshell.spi.ExecutionEnv;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * JShell's execution engine for the kernel: cell code runs in this JVM, so the renderer receives the
 * real result objects rather than their {@code toString}.
 *
 * <p>Each snippet runs on a dedicated cell thread (which inherits the cell's output routing). The
 * value of a snippet is kept in a table and JShell receives its key; {@link #takeResult} hands the
 * object to the kernel. Class files are passed through {@link CellInstrumenter} before loading.
 * {@link #stop()} arms the stop check and interrupts the cell thread; a cell that still has not
 * returned after a grace period is abandoned and a fresh cell thread takes over. A stop requested
 * while a cell is still compiling takes effect before its code runs.
 */
final class InProcessExecutionControl extends DirectExecutionControl {

    static final String NO_VALUE = "";
    private static final long STOP_GRACE_MILLIS = 2_000;

    private final Map<String, Object> results = new ConcurrentHashMap<>();
    private final AtomicLong keys = new AtomicLong();
    private final AtomicInteger threads = new AtomicInteger();
    private final CellOutput output;
    private volatile ExecutorService cellThread = newCellThread();
    private volatile Running running;

    InProcessExecutionControl(CellOutput output) {
        this.output = output;
    }

    /** A provider that hands JShell this engine. */
    static ExecutionControlProvider provider(InProcessExecutionControl control) {
        return new ExecutionControlProvider() {
            @Override
            public String name() {
                return "mdlab-in-process";
            }

            @Override
            public ExecutionControl generate(ExecutionEnv env, Map<String, String> parameters) {
                return control;
            }
        };
    }

    /** Removes and returns the object that a snippet produced, given the key JShell reported. */
    Optional<Object> takeResult(String key) {
        if (key == null || key.isEmpty()) {
            return Optional.empty();
        }
        return Optional.ofNullable(results.remove(key));
    }

    @Override
    public void load(ClassBytecodes[] classes) throws ClassInstallException, NotImplementedException, EngineTerminationException {
        ClassBytecodes[] instrumented = new ClassBytecodes[classes.length];
        for (int i = 0; i < classes.length; i++) {
            instrumented[i] = new ClassBytecodes(classes[i].name(), CellInstrumenter.instrument(classes[i].bytecodes()));
        }
        super.load(instrumented);
    }

    @Override
    protected String invoke(Method doit) throws Exception {
        if (CellGuard.stopRequested()) {
            throw new InvocationTargetException(new CellGuard.CellInterrupted());
        }
        CellOutput.Routing routing = output.currentRouting();
        Running cell = new Running();
        running = cell;
        cellThread.execute(() -> {
            cell.thread = Thread.currentThread();
            output.adopt(routing);
            try {
                cell.outcome.complete(doit.invoke(null));
            } catch (InvocationTargetException e) {
                cell.outcome.completeExceptionally(new CompletionException(e.getCause()));
            } catch (Throwable e) {
                cell.outcome.completeExceptionally(new CompletionException(e));
            }
        });
        try {
            Object value = cell.outcome.get();
            if (doit.getReturnType() == void.class) {
                return NO_VALUE;
            }
            String key = "mdlab-result-" + keys.incrementAndGet();
            results.put(key, value == null ? NullValue.INSTANCE : value);
            return key;
        } catch (ExecutionException e) {
            throw new InvocationTargetException(e.getCause());
        } finally {
            running = null;
        }
    }

    /**
     * Stops the running cell: arms the stop check and interrupts blocking calls; a cell that has not
     * returned within the grace period is abandoned (its thread is left to finish on its own) and a
     * fresh cell thread serves the next cell. Returns at once when nothing runs.
     */
    @Override
    public void stop() {
        CellGuard.requestStop();
        Running cell = running;
        if (cell == null) {
            return;
        }
        Thread thread = cell.thread;
        if (thread != null) {
            thread.interrupt();
        }
        try {
            cell.outcome.get(STOP_GRACE_MILLIS, TimeUnit.MILLISECONDS);
        } catch (TimeoutException stuck) {
            ExecutorService abandoned = cellThread;
            cellThread = newCellThread();
            abandoned.shutdownNow();
            cell.outcome.completeExceptionally(new CellGuard.CellInterrupted(
                    "the cell did not stop within " + STOP_GRACE_MILLIS + " ms of the interrupt; "
                            + "its thread was abandoned and may still be running"));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException finished) {
            // the cell ended, by the interrupt or otherwise
        }
    }

    /** Clears a pending stop request before a new cell starts. */
    void prepareCell() {
        CellGuard.clearStop();
    }

    @Override
    public void close() {
        cellThread.shutdownNow();
        super.close();
    }

    private ExecutorService newCellThread() {
        return Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "mdlab-cell-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** The cell being executed: its thread, once started, and its outcome. */
    private static final class Running {
        final CompletableFuture<Object> outcome = new CompletableFuture<>();
        volatile Thread thread;
    }

    /** Stands for a {@code null} result in the result table. */
    enum NullValue {
        INSTANCE;

        @Override
        public String toString() {
            return "null";
        }
    }
}
