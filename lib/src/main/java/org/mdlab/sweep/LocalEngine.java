package org.mdlab.sweep;

import org.mdlab.market.Arguments;
import org.mdlab.progress.Progress;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The default engine: the points are evaluated by a fixed number of threads of this JVM, one per core by
 * default, taking blocks of consecutive points in order from a shared counter (about 64 blocks per worker,
 * so that slow points do not leave threads idle and cheap points do not contend for the counter).
 * Interrupting the calling thread (Kernel › Interrupt) stops the workers after their current point.
 */
public final class LocalEngine implements Engine {

    private final int workers;

    private LocalEngine(int workers) {
        this.workers = workers;
    }

    /**
     * One worker per available processor.
     *
     * @return the engine
     */
    public static LocalEngine allCores() {
        return new LocalEngine(Runtime.getRuntime().availableProcessors());
    }

    /**
     * A given number of workers.
     *
     * @param workers the number of threads; {@code >= 1}
     * @return the engine
     */
    public static LocalEngine withWorkers(int workers) {
        Arguments.atLeast("workers", workers, 1);
        Arguments.sizeAtMost("workers", workers, 1024, "one thread each");
        return new LocalEngine(workers);
    }

    /** @return the number of worker threads */
    public int workers() {
        return workers;
    }

    @Override
    public String description() {
        return "local, " + workers + (workers == 1 ? " worker" : " workers");
    }

    @Override
    public List<Outcome> evaluate(Grid grid, PointFunction function) {
        Arguments.notNull("grid", grid);
        Arguments.notNull("function", function);
        long size = grid.size();
        Outcome[] rows = new Outcome[(int) size];
        if (size == 0) {
            return List.of();
        }
        AtomicLong next = new AtomicLong();
        int threads = (int) Math.min(workers, size);
        // blocks of consecutive points, about 64 per worker, so that cheap points do not contend for the counter
        long block = Math.max(1, Math.min(1024, size / (64L * threads)));
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "mdlab-sweep");
            t.setDaemon(true);
            return t;
        });
        try (Progress progress = Progress.start("sweep of " + size + " points (" + description() + ")", size)) {
            List<Future<?>> futures = new ArrayList<>(threads);
            for (int w = 0; w < threads; w++) {
                futures.add(pool.submit(() -> {
                    for (long from = next.getAndAdd(block); from < size && !Thread.currentThread().isInterrupted();
                         from = next.getAndAdd(block)) {
                        long to = Math.min(size, from + block);
                        for (long i = from; i < to; i++) {
                            rows[(int) i] = function.evaluate(grid.point(i));
                        }
                        progress.advance(to - from);
                    }
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("sweep was cancelled");
        } catch (ExecutionException e) {
            throw new IllegalStateException("a sweep worker failed outside the point function", e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return Arrays.asList(rows);
    }
}
