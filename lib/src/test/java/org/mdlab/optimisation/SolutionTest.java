package org.mdlab.optimisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class SolutionTest {

    @Test
    void anOptimalSolutionHandsOutItsPayload() {
        Solution<String> s = Solution.optimal("menu", Diagnostics.iterations(3));
        assertTrue(s.isOptimal());
        assertEquals("menu", s.value());
        assertEquals(3, s.diagnostics().iterations());
    }

    @Test
    void aTruncatedIterationKeepsItsLastIterateButHasNoOptimalValue() {
        Solution<String> s = Solution.iterationLimit("last", Diagnostics.contraction(3, 0.5, 0.9));
        assertEquals(Status.ITERATION_LIMIT, s.status());
        assertEquals("last", s.payload().orElseThrow());
        // residual 0.5 of a 0.9-contraction: the iterate is within 0.5 / (1 - 0.9) = 5 of the fixed point.
        assertEquals(5, s.diagnostics().errorBound().getAsDouble(), 1e-12);
        IllegalStateException e = assertThrows(IllegalStateException.class, s::value);
        assertTrue(e.getMessage().contains("ITERATION_LIMIT"), e.getMessage());
    }

    @Test
    void failuresCarryNoPayloadAndOptimaMustCarryOne() {
        assertTrue(Solution.failure(Status.INFEASIBLE, Diagnostics.none()).payload().isEmpty());
        assertThrows(IllegalArgumentException.class, () -> Solution.failure(Status.OPTIMAL, Diagnostics.none()));
    }

    @Test
    void mappingKeepsStatusAndDiagnostics() {
        Solution<Integer> s = Solution.iterationLimit(2, Diagnostics.iterations(7)).map(x -> x * 10);
        assertEquals(Status.ITERATION_LIMIT, s.status());
        assertEquals(20, s.payload().orElseThrow());
        assertEquals(7, s.diagnostics().iterations());
        assertEquals(Status.UNBOUNDED, Solution.<Integer>failure(Status.UNBOUNDED, Diagnostics.none()).map(x -> x + 1).status());
    }

    @Test
    void diagnosticsRejectNegativeOrNonFiniteFigures() {
        assertThrows(IllegalArgumentException.class, () -> Diagnostics.iterations(-1));
        assertThrows(IllegalArgumentException.class,
                () -> new Diagnostics(0, OptionalDouble.of(Double.NaN), OptionalDouble.empty(), ""));
        assertThrows(IllegalArgumentException.class, () -> Diagnostics.contraction(1, 0.1, 1.0));
    }

    @Test
    void optionsNameTheFieldThatBreaksItsRule() {
        SolverOptions d = SolverOptions.defaults();
        assertTrue(assertThrows(IllegalArgumentException.class, () -> d.withTolerance(0)).getMessage().contains("tolerance"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> d.withIterationLimit(0)).getMessage()
                .contains("iterationLimit"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> d.withEvaluationSweeps(0)).getMessage()
                .contains("evaluationSweeps"));
        assertEquals(1e-12, d.withTolerance(1e-12).tolerance());
    }

    @Test
    void threadInterruptCancellationReadsTheFlagWithoutClearingIt() {
        Cancellation c = Cancellation.threadInterrupt();
        Thread.currentThread().interrupt();
        try {
            assertTrue(c.requested());
            assertTrue(Thread.currentThread().isInterrupted());
        } finally {
            Thread.interrupted();
        }
        assertTrue(!c.requested());
    }
}
