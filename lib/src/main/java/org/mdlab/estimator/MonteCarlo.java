package org.mdlab.estimator;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.ToDoubleFunction;
import org.mdlab.market.Arguments;
import org.mdlab.optimisation.Cancellation;
import org.mdlab.progress.Progress;

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
     * @param draw           one draw from a stream; must be thread-confined to its stream; not null
     * @return the sample mean with its standard error
     * @throws IllegalArgumentException if a count is not positive, {@code draw} is null, a draw is not
     *                                  finite or the sums of the draws overflow
     * @throws java.util.concurrent.CancellationException if the calling thread is interrupted; polled before
     *                                  every draw, also by the worker threads
     */
    public static MonteCarloEstimate mean(long seed, int tasks, int samplesPerTask, int threads,
                                          ToDoubleFunction<SplittableRandom> draw) {
        Thread caller = Thread.currentThread();
        return mean(seed, tasks, samplesPerTask, threads, draw, caller::isInterrupted);
    }

    /**
     * Estimates {@code E[draw]} from {@code tasks * samplesPerTask} independent draws, polling
     * {@code cancellation} before every draw (from whichever thread runs the draw).
     *
     * @param seed           the root seed
     * @param tasks          the number of tasks (independent streams), {@code >= 1}
     * @param samplesPerTask draws per task, {@code >= 1}
     * @param threads        worker threads, {@code >= 1}
     * @param draw           one draw from a stream; must be thread-confined to its stream; not null
     * @param cancellation   polled before every draw; not null
     * @return the sample mean with its standard error
     * @throws IllegalArgumentException if a count is not positive, an argument is null, a draw is not finite
     *                                  or the sums of the draws overflow
     * @throws java.util.concurrent.CancellationException if cancellation is requested
     */
    public static MonteCarloEstimate mean(long seed, int tasks, int samplesPerTask, int threads,
                                          ToDoubleFunction<SplittableRandom> draw, Cancellation cancellation) {
        Arguments.atLeast("tasks", tasks, 1);
        Arguments.atLeast("samplesPerTask", samplesPerTask, 1);
        Arguments.atLeast("threads", threads, 1);
        Arguments.notNull("draw", draw);
        Arguments.notNull("cancellation", cancellation);
        SplittableRandom root = new SplittableRandom(seed);
        List<SplittableRandom> streams = new ArrayList<>(tasks);
        for (int t = 0; t < tasks; t++) {
            streams.add(root.split());
        }
        double[][] sums = new double[tasks][];
        try (Progress progress = Progress.start("Monte Carlo, " + (long) tasks * samplesPerTask + " draws", tasks)) {
            runAll(streams, samplesPerTask, threads, draw, cancellation, sums, progress);
        }
        double sum = 0;
        double squares = 0;
        for (double[] s : sums) {
            sum += s[0];
            squares += s[1];
        }
        long n = (long) tasks * samplesPerTask;
        if (!Double.isFinite(squares)) {
            throw new IllegalArgumentException("draw must return values whose sum of squares over " + n
                    + " draws is finite (it overflows)");
        }
        return MonteCarloEstimate.fromSums(sum, squares, n);
    }

    private static void runAll(List<SplittableRandom> streams, int samplesPerTask, int threads,
                               ToDoubleFunction<SplittableRandom> draw, Cancellation cancellation, double[][] sums,
                               Progress progress) {
        if (threads == 1) {
            for (int t = 0; t < streams.size(); t++) {
                sums[t] = run(streams.get(t), samplesPerTask, draw, cancellation);
                progress.advance(1);
            }
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<double[]>> futures = new ArrayList<>(streams.size());
            for (SplittableRandom stream : streams) {
                futures.add(pool.submit(() -> {
                    double[] result = run(stream, samplesPerTask, draw, cancellation);
                    progress.advance(1);
                    return result;
                }));
            }
            for (int t = 0; t < streams.size(); t++) {
                sums[t] = futures.get(t).get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            CancellationException cancelled = new CancellationException("Monte Carlo was cancelled");
            cancelled.initCause(e);
            throw cancelled;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IllegalArgumentException iae) {
                throw iae;
            }
            if (e.getCause() instanceof CancellationException ce) {
                throw ce;
            }
            throw new IllegalStateException("Monte Carlo task failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static double[] run(SplittableRandom stream, int samples, ToDoubleFunction<SplittableRandom> draw,
                                Cancellation cancellation) {
        double sum = 0;
        double squares = 0;
        for (int k = 0; k < samples; k++) {
            cancellation.check("Monte Carlo");
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
