package org.mdlab.dynamic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.mdlab.optimisation.Cancellation;
import org.mdlab.optimisation.Solution;
import org.mdlab.optimisation.SolverOptions;
import org.mdlab.optimisation.Status;

class ValueIterationTest {

    /** One state paying 1 forever: T V = 1 + δ V, fixed point 1/(1 − δ). */
    private static final MarkovDecisionProblem ANNUITY = MarkovDecisionProblem.of(new double[][][] {{{1}}},
            new double[][] {{1}}, 0.9);

    @Test
    void valueIterationStopsAtTheFirstIterateWhoseResidualMeetsTheTolerance() {
        // From V_0 = 0, V_k = (1 − δ^k)/(1 − δ) and ||T V_k − V_k|| = δ^k: the first k with 0.9^k <= 1e-3 is 66.
        Solution<ValueFunction<StationaryPolicy>> solution = ValueIteration.solve(ANNUITY, new double[1],
                SolverOptions.defaults().withTolerance(1e-3), "annuity");
        assertEquals(Status.OPTIMAL, solution.status());
        assertEquals(67, solution.diagnostics().iterations());
        assertEquals(Math.pow(0.9, 66), solution.diagnostics().residual().orElseThrow(), 1e-15);
        assertEquals((1 - Math.pow(0.9, 66)) / 0.1, solution.value().value(0), 1e-12);
        assertTrue(10 - solution.value().value(0) <= solution.diagnostics().errorBound().orElseThrow());
    }

    @Test
    void evaluationSweepsAccelerateWithoutChangingTheFixedPoint() {
        SolverOptions options = SolverOptions.defaults().withTolerance(1e-9);
        Solution<ValueFunction<StationaryPolicy>> plain = ValueIteration.solve(ANNUITY, new double[1], options, "plain");
        Solution<ValueFunction<StationaryPolicy>> modified = ValueIteration.solve(ANNUITY, new double[1],
                options.withEvaluationSweeps(50), "modified");
        assertTrue(modified.diagnostics().iterations() < plain.diagnostics().iterations());
        assertEquals(10, plain.value().value(0), plain.diagnostics().errorBound().orElseThrow());
        assertEquals(10, modified.value().value(0), modified.diagnostics().errorBound().orElseThrow());
    }

    @Test
    void truncatedEvaluationReportsTheIterationLimitAndItsBound() {
        // Three sweeps of U ← 1 + 0.9 U from 0 give 2.71 with a last change of 0.81; the policy's value is 10.
        Solution<double[]> three = ValueIteration.evaluate(v -> new double[] {1 + 0.9 * v[0]}, 0.9, new double[1],
                SolverOptions.defaults().withTolerance(1e-6).withIterationLimit(3), "three sweeps");
        assertEquals(Status.ITERATION_LIMIT, three.status());
        assertEquals(2.71, three.payload().orElseThrow()[0], 1e-12);
        assertEquals(0.81, three.diagnostics().residual().orElseThrow(), 1e-12);
        assertTrue(10 - 2.71 <= three.diagnostics().errorBound().orElseThrow());
    }

    @Test
    void aCancellationRequestStopsTheIterationWithinOneSweep() {
        AtomicInteger polls = new AtomicInteger();
        Cancellation afterFive = () -> polls.incrementAndGet() > 5;
        SolverOptions options = SolverOptions.defaults().withTolerance(1e-300).withCancellation(afterFive);
        CancellationException e = assertThrows(CancellationException.class,
                () -> ValueIteration.solve(ANNUITY, new double[1], options, "annuity"));
        assertTrue(e.getMessage().contains("annuity"), e.getMessage());
        assertEquals(6, polls.get());
    }

    @Test
    void anInterruptedThreadStopsAtTheNextSweep() {
        Thread.currentThread().interrupt();
        try {
            assertThrows(CancellationException.class, () -> ANNUITY.solve(SolverOptions.defaults()));
            assertThrows(CancellationException.class, () -> ANNUITY.evaluate(StationaryPolicy.of(0), SolverOptions.defaults()));
        } finally {
            assertTrue(Thread.interrupted());
        }
    }

    @Test
    void aStartWithTheWrongLengthOrNaNIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> ValueIteration.solve(ANNUITY, new double[2], SolverOptions.defaults(), "t"));
        assertThrows(IllegalArgumentException.class,
                () -> ValueIteration.solve(ANNUITY, new double[] {Double.NaN}, SolverOptions.defaults(), "t"));
    }
}
