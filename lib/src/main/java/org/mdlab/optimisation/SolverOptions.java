package org.mdlab.optimisation;

/**
 * The options every iterative solver of the library takes, in one immutable value instead of positional
 * integers: a tolerance, an iteration limit, the number of policy-evaluation sweeps per improvement step
 * (modified policy iteration; Puterman 1994, <i>Markov Decision Processes</i>, §6.5), whether to show
 * progress, and how cancellation is requested. Each solver's Javadoc says which fields it reads and how
 * it interprets the tolerance.
 *
 * <pre>{@code
 * SolverOptions options = SolverOptions.defaults().withTolerance(1e-12).withIterationLimit(10_000);
 * }</pre>
 *
 * @param tolerance        the stopping tolerance; finite and {@code > 0}
 * @param iterationLimit   the most iterations the solver may take; {@code >= 1}
 * @param evaluationSweeps policy-evaluation sweeps per improvement step; {@code >= 1} (1 is value iteration)
 * @param progress         whether to report progress ({@link org.mdlab.progress.Progress})
 * @param cancellation     polled between steps; {@link Cancellation#threadInterrupt()} by default
 */
public record SolverOptions(double tolerance, long iterationLimit, int evaluationSweeps, boolean progress,
                            Cancellation cancellation) {

    /** The default tolerance, {@value}. */
    public static final double DEFAULT_TOLERANCE = 1e-10;

    /** The default iteration limit, {@value}. */
    public static final long DEFAULT_ITERATION_LIMIT = 100_000;

    private static final SolverOptions DEFAULTS = new SolverOptions(DEFAULT_TOLERANCE, DEFAULT_ITERATION_LIMIT, 1, false,
            Cancellation.threadInterrupt());

    /**
     * Validates the options.
     *
     * @throws IllegalArgumentException if a field breaks the rule stated for it
     */
    public SolverOptions {
        if (!(tolerance > 0 && Double.isFinite(tolerance))) {
            throw new IllegalArgumentException("tolerance must be finite and > 0 (got " + tolerance + ")");
        }
        if (iterationLimit < 1) {
            throw new IllegalArgumentException("iterationLimit must be >= 1 (got " + iterationLimit + ")");
        }
        if (evaluationSweeps < 1) {
            throw new IllegalArgumentException("evaluationSweeps must be >= 1 (got " + evaluationSweeps + ")");
        }
        if (cancellation == null) {
            throw new IllegalArgumentException("cancellation must not be null (use Cancellation.never())");
        }
    }

    /**
     * The defaults: tolerance {@value #DEFAULT_TOLERANCE}, {@value #DEFAULT_ITERATION_LIMIT} iterations, one
     * evaluation sweep, no progress, cancellation by thread interrupt.
     *
     * @return the default options
     */
    public static SolverOptions defaults() {
        return DEFAULTS;
    }

    /**
     * @param value the new tolerance; finite and {@code > 0}
     * @return a copy with this tolerance
     */
    public SolverOptions withTolerance(double value) {
        return new SolverOptions(value, iterationLimit, evaluationSweeps, progress, cancellation);
    }

    /**
     * @param value the new iteration limit; {@code >= 1}
     * @return a copy with this limit
     */
    public SolverOptions withIterationLimit(long value) {
        return new SolverOptions(tolerance, value, evaluationSweeps, progress, cancellation);
    }

    /**
     * @param value the policy-evaluation sweeps per improvement step; {@code >= 1}
     * @return a copy with this number of sweeps
     */
    public SolverOptions withEvaluationSweeps(int value) {
        return new SolverOptions(tolerance, iterationLimit, value, progress, cancellation);
    }

    /**
     * @param value whether to report progress
     * @return a copy with progress reporting on or off
     */
    public SolverOptions withProgress(boolean value) {
        return new SolverOptions(tolerance, iterationLimit, evaluationSweeps, value, cancellation);
    }

    /**
     * @param value how cancellation is requested; not null
     * @return a copy with this cancellation
     */
    public SolverOptions withCancellation(Cancellation value) {
        return new SolverOptions(tolerance, iterationLimit, evaluationSweeps, progress, value);
    }
}
