package org.mdlab.estimator;

import org.mdlab.progress.Progress;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.ToDoubleFunction;

/**
 * A Monte Carlo engine whose results depend only on the seed, never on the number of threads: the
 * root {@link SplittableRandom} is split once per <em>task</em> (in task order, before any task runs),
 * each task draws its samples from its own stream, and the per-task sums are combined in task order.
 * Any number of threads therefore returns bit-identical estimates.
 */
public final class MonteCarlo {

    private MonteCarlo() {
    }

    /**
     * Estimates {@code E[draw]} from {@code tasks * samplesPerTask} independent draws.
     *
     * @param seed           the root seed
     * @param tasks          the number of tasks (independent streams), {@code >= 1}
     * @param samplesPerTask draws per task, {@code >= 1}
     * @param threads        worker threads, {@code >= 1}
     * @param draw           one draw from a stream; must be thread-confined to its stream
     * @return the sample mean with its standard error
     * @throws IllegalArgumentException if a count is not positive or a draw is not finite
     */
    public static MonteCarloEstimate mean(long seed, int tasks, int samplesPerTask, int threads,
                                          ToDoubleFunction<SplittableRandom> draw) {
        if (tasks < 1 || samplesPerTask < 1 || threads < 1) {
            throw new IllegalArgumentException("tasks, samplesPerTask and threads must be >= 1 (got "
                    + tasks + ", " + samplesPerTask + ", " + threads + ")");
        }
        SplittableRandom root = new SplittableRandom(seed);
        List<SplittableRandom> streams = new ArrayList<>(tasks);
        for (int t = 0; t < tasks; t++) {
            streams.add(root.split());
        }
        double[][] sums = new double[tasks][];
        try (Progress progress = Progress.start("Monte Carlo, " + (long) tasks * samplesPerTask + " draws", tasks)) {
            runAll(streams, samplesPerTask, threads, draw, sums, progress);
        }
        double sum = 0;
        double squares = 0;
        for (double[] s : sums) {
            sum += s[0];
            squares += s[1];
        }
        long n = (long) tasks * samplesPerTask;
        double mean = sum / n;
        double variance = n > 1 ? Math.max(0, (squares - n * mean * mean) / (n - 1)) : 0;
        return new MonteCarloEstimate(mean, Math.sqrt(variance / n), n);
    }

    private static void runAll(List<SplittableRandom> streams, int samplesPerTask, int threads,
                               ToDoubleFunction<SplittableRandom> draw, double[][] sums, Progress progress) {
        if (threads == 1) {
            for (int t = 0; t < streams.size(); t++) {
                sums[t] = run(streams.get(t), samplesPerTask, draw);
                progress.advance(1);
            }
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<double[]>> futures = new ArrayList<>(streams.size());
            for (SplittableRandom stream : streams) {
                futures.add(pool.submit(() -> {
                    double[] result = run(stream, samplesPerTask, draw);
                    progress.advance(1);
                    return result;
                }));
            }
            for (int t = 0; t < streams.size(); t++) {
                sums[t] = futures.get(t).get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Monte Carlo interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IllegalArgumentException iae) {
                throw iae;
            }
            throw new IllegalStateException("Monte Carlo task failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static double[] run(SplittableRandom stream, int samples, ToDoubleFunction<SplittableRandom> draw) {
        double sum = 0;
        double squares = 0;
        for (int k = 0; k < samples; k++) {
            double x = draw.applyAsDouble(stream);
            if (!Double.isFinite(x)) {
                throw new IllegalArgumentException("a Monte Carlo draw must be finite (got " + x + ")");
            }
            sum += x;
            squares += x * x;
        }
        return new double[]{sum, squares};
    }
}
