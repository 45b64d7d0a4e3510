package org.mdlab.dynamic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.mdlab.optimisation.Solution;
import org.mdlab.optimisation.SolverOptions;

/**
 * The contract every {@link BellmanOperator} must meet (Puterman 1994, §6.2–6.3), run against each
 * implementation by a subclass: {@code T V} has one value per state; the greedy policy's backup reproduces
 * it; {@code T} dominates the backup of any other policy; {@code T} and {@code T_π} are monotone
 * {@code δ}-contractions; and the {@link ValueIteration} driver reaches a point whose residual meets the
 * tolerance.
 *
 * @param <P> the policy type
 */
public abstract class BellmanOperatorContract<P> {

    /** Relative slack for comparisons of values, against rounding in the operators and the LP solver. */
    private static final double SLACK = 1e-7;

    /**
     * @return the operator under test
     */
    protected abstract BellmanOperator<P> operator();

    /**
     * @return the typical size of its values, to scale the slack and the random value functions
     */
    protected abstract double scale();

    private double[] random(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] values = new double[operator().stateCount()];
        for (int s = 0; s < values.length; s++) {
            values[s] = scale() * (2 * random.nextDouble() - 1);
        }
        return values;
    }

    private ValueFunction<P> improve(double[] values) {
        Solution<ValueFunction<P>> step = operator().improve(values, SolverOptions.defaults());
        assertTrue(step.isOptimal(), step.toString());
        return step.value();
    }

    @Test
    void improvementHasOneValuePerState() {
        ValueFunction<P> step = improve(random(1));
        assertEquals(operator().stateCount(), step.stateCount());
    }

    @Test
    void backupOfTheGreedyPolicyReproducesTheImprovement() {
        double[] values = random(2);
        ValueFunction<P> step = improve(values);
        double[] backup = operator().backup(step.policy(), values);
        for (int s = 0; s < values.length; s++) {
            assertEquals(step.value(s), backup[s], SLACK * scale(), "state " + s);
        }
    }

    @Test
    void improvementDominatesTheBackupOfAnotherPolicy() {
        double[] values = random(3);
        P other = improve(random(4)).policy();
        ValueFunction<P> best = improve(values);
        double[] backup = operator().backup(other, values);
        for (int s = 0; s < values.length; s++) {
            if (backup[s] != Double.NEGATIVE_INFINITY) {
                assertTrue(best.value(s) >= backup[s] - SLACK * scale(), "state " + s);
            }
        }
    }

    @Test
    void operatorIsADiscountContraction() {
        double[] v = random(5);
        double[] w = random(6);
        double[] tv = improve(v).values();
        double[] tw = improve(w).values();
        double distance = 0;
        double image = 0;
        for (int s = 0; s < v.length; s++) {
            distance = Math.max(distance, Math.abs(v[s] - w[s]));
            if (tv[s] != Double.NEGATIVE_INFINITY && tw[s] != Double.NEGATIVE_INFINITY) {
                image = Math.max(image, Math.abs(tv[s] - tw[s]));
            }
        }
        assertTrue(image <= operator().discount() * distance + SLACK * scale(), image + " > δ · " + distance);
    }

    @Test
    void policyBackupIsMonotone() {
        double[] low = random(7);
        double[] high = low.clone();
        for (int s = 0; s < high.length; s++) {
            high[s] += scale() * (s % 3) / 3.0;
        }
        P policy = improve(low).policy();
        double[] a = operator().backup(policy, low);
        double[] b = operator().backup(policy, high);
        for (int s = 0; s < a.length; s++) {
            assertTrue(a[s] <= b[s] + SLACK * scale(), "state " + s);
        }
    }

    @Test
    void valueIterationMeetsItsToleranceAndErrorBound() {
        double tolerance = 1e-7 * scale();
        Solution<ValueFunction<P>> solution = ValueIteration.solve(operator(), new double[operator().stateCount()],
                SolverOptions.defaults().withTolerance(tolerance).withIterationLimit(5_000).withEvaluationSweeps(20), "contract");
        assertTrue(solution.isOptimal(), solution.toString());
        double[] values = solution.value().values();
        double[] next = improve(values).values();
        double residual = ValueIteration.residual(values, next);
        assertTrue(residual <= tolerance + SLACK * scale(), "residual " + residual);
        assertEquals(solution.diagnostics().residual().orElseThrow() / (1 - operator().discount()),
                solution.diagnostics().errorBound().orElseThrow(), 1e-12 * scale());
    }
}
