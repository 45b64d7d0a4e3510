package org.mdlab.dynamic;

import org.mdlab.market.Arguments;
import org.mdlab.optimisation.Diagnostics;
import org.mdlab.optimisation.Solution;
import org.mdlab.optimisation.SolverOptions;
import org.mdlab.progress.Progress;

import java.util.OptionalDouble;
import java.util.function.UnaryOperator;

/**
 * The library's one value- and policy-iteration driver for a {@link BellmanOperator} (Puterman 1994,
 * <i>Markov Decision Processes</i>, §6.3 and §6.5). Each round applies {@code T} to the current iterate
 * {@code V}, measures the sup-norm residual {@code ||T V − V||_∞} over the states whose value is finite
 * (infinite when such a state becomes unreachable), and stops when it is at most
 * {@link SolverOptions#tolerance()}; the returned {@link ValueFunction} is {@code V} with its greedy policy,
 * within {@code residual / (1 − δ)} of the fixed point ({@link Diagnostics#contraction}). Otherwise
 * {@code V} becomes {@code T V} followed by up to {@link SolverOptions#evaluationSweeps()}{@code  − 1}
 * backups {@code T_π} of the greedy policy (modified policy iteration; one sweep is value iteration),
 * stopped early once a backup moves the values by at most {@code 10⁻³ tolerance (1 − δ) / δ}, and
 * skipped after a round with an infinite residual. A truncated run returns its last iterate with
 * {@link org.mdlab.optimisation.Status#ITERATION_LIMIT}; a failed sub-problem returns its status. The
 * cancellation of the options is polled before every application of an operator, so an interrupted
 * thread stops within one sweep; progress is reported when {@link SolverOptions#progress()} is set.
 */
public final class ValueIteration {

    private static final double EVALUATION_PRECISION = 1e-3;

    private ValueIteration() {
    }

    /**
     * Iterates {@code operator} from {@code start} as described in the class comment.
     *
     * @param operator the Bellman operator; not null
     * @param start    the first iterate, one value per state (finite or {@code -∞})
     * @param options  tolerance (a Bellman residual, in the units of the values), iteration limit (rounds of
     *                 {@code T}), evaluation sweeps, progress and cancellation
     * @param task     a short name for progress and cancellation messages
     * @param <P>      the policy type
     * @return the last iterate with its greedy policy, residual and error bound
     * @throws IllegalArgumentException         if an argument is null or {@code start} has the wrong length
     * @throws java.util.concurrent.CancellationException if cancellation was requested
     */
    public static <P> Solution<ValueFunction<P>> solve(BellmanOperator<P> operator, double[] start,
                                                       SolverOptions options, String task) {
        Arguments.notNull("operator", operator);
        Arguments.notNull("options", options);
        Arguments.notNull("task", task);
        double[] values = requireStart(operator.stateCount(), start);
        double discount = operator.discount();
        try (Progress progress = options.progress() ? Progress.start(task, options.iterationLimit()) : null) {
            for (long iteration = 1; ; iteration++) {
                options.cancellation().check(task);
                Solution<ValueFunction<P>> step = operator.improve(values, options);
                if (progress != null) {
                    progress.advance(1);
                }
                if (!step.isOptimal()) {
                    return Solution.failure(step.status(), new Diagnostics(iteration, OptionalDouble.empty(),
                            OptionalDouble.empty(), "round " + iteration + ": " + step.diagnostics().note()));
                }
                ValueFunction<P> next = step.value();
                double[] backedUp = next.values();
                double residual = residual(values, backedUp);
                ValueFunction<P> iterate = new ValueFunction<>(values, next.policy());
                if (residual <= options.tolerance()) {
                    if (progress != null) {
                        progress.complete();
                    }
                    return Solution.optimal(iterate, Diagnostics.contraction(iteration, residual, discount));
                }
                if (iteration >= options.iterationLimit()) {
                    return Solution.iterationLimit(iterate, diagnostics(iteration, residual, discount));
                }
                values = backedUp;
                if (residual < Double.POSITIVE_INFINITY && options.evaluationSweeps() > 1) {
                    P policy = next.policy();
                    values = sweeps(v -> operator.backup(policy, v), discount, values, options, task).payload()
                            .orElseThrow();
                }
            }
        }
    }

    /**
     * Successive approximation of the fixed point of a policy's affine operator {@code U ← f + δ P_π U}
     * from {@code start}, until a sweep moves the values by at most {@code tolerance (1 − δ) / δ} (so
     * that the returned iterate is within {@code tolerance} of the fixed point; Puterman 1994, §6.3), or
     * {@link SolverOptions#iterationLimit()} sweeps were made. Cancellation is polled every sweep.
     *
     * @param backup   one application of the policy's operator; returns a new array
     * @param discount its contraction modulus {@code δ}; in (0, 1)
     * @param start    the first iterate
     * @param options  tolerance (accuracy of the values), iteration limit (sweeps) and cancellation
     * @param task     a short name for cancellation messages
     * @return the last iterate; {@link org.mdlab.optimisation.Status#OPTIMAL} when the stopping rule held,
     *         {@link org.mdlab.optimisation.Status#ITERATION_LIMIT} otherwise, with the last change as residual
     * @throws IllegalArgumentException         if an argument is null or the discount is outside (0, 1)
     * @throws java.util.concurrent.CancellationException if cancellation was requested
     */
    public static Solution<double[]> evaluate(UnaryOperator<double[]> backup, double discount, double[] start,
                                              SolverOptions options, String task) {
        Arguments.notNull("backup", backup);
        Arguments.openUnit("discount", discount);
        Arguments.notNull("start", start);
        Arguments.notNull("options", options);
        Arguments.notNull("task", task);
        double stop = options.tolerance() * (1 - discount) / discount;
        double[] values = start.clone();
        double change = Double.POSITIVE_INFINITY;
        long sweep = 0;
        while (sweep < options.iterationLimit()) {
            options.cancellation().check(task);
            double[] next = backup.apply(values);
            change = residual(values, next);
            values = next;
            sweep++;
            if (change <= stop) {
                return Solution.optimal(values, Diagnostics.contraction(sweep, change, discount));
            }
        }
        return Solution.iterationLimit(values, diagnostics(sweep, change, discount));
    }

    private static Solution<double[]> sweeps(UnaryOperator<double[]> backup, double discount, double[] start,
                                             SolverOptions options, String task) {
        SolverOptions evaluation = options.withTolerance(options.tolerance() * EVALUATION_PRECISION)
                .withIterationLimit(options.evaluationSweeps() - 1L);
        return evaluate(backup, discount, start, evaluation, task);
    }

    /** The sup-norm distance over the states where {@code values} is finite; infinite if one became {@code -∞}. */
    static double residual(double[] values, double[] next) {
        double residual = 0;
        for (int s = 0; s < values.length; s++) {
            if (values[s] != Double.NEGATIVE_INFINITY) {
                double gap = next[s] == Double.NEGATIVE_INFINITY ? Double.POSITIVE_INFINITY : Math.abs(next[s] - values[s]);
                residual = Math.max(residual, gap);
            }
        }
        return residual;
    }

    private static Diagnostics diagnostics(long iterations, double residual, double discount) {
        if (Double.isFinite(residual)) {
            return Diagnostics.contraction(iterations, residual, discount);
        }
        return new Diagnostics(iterations, OptionalDouble.empty(), OptionalDouble.of(Double.POSITIVE_INFINITY),
                "a state became unreachable in the last round, so the residual is infinite");
    }

    private static double[] requireStart(int states, double[] start) {
        Arguments.notNull("start", start);
        if (start.length != states) {
            throw new IllegalArgumentException("start must have one value per state: expected " + states + " (got "
                    + start.length + ")");
        }
        for (int s = 0; s < states; s++) {
            if (Double.isNaN(start[s]) || start[s] == Double.POSITIVE_INFINITY) {
                throw new IllegalArgumentException("start[" + s + "] must be finite or -Infinity (got " + start[s] + ")");
            }
        }
        return start.clone();
    }
}
