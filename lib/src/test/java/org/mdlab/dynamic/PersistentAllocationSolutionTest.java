package org.mdlab.dynamic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.mdlab.optimisation.SolverState;

class PersistentAllocationSolutionTest {

    @Test
    void convergedSolutionReportsItsErrorBound() {
        // errorBound = residual / (1 - δ) with δ = 0.8.
        PersistentAllocationSolution solution = PersistentAllocationFixture.persistentSeven();
        assertTrue(solution.converged());
        assertEquals(SolverState.OPTIMAL, solution.solverState());
        assertEquals(-1, solution.failedState());
        assertEquals(solution.residual() / 0.2, solution.errorBound(), 1e-15);
        assertEquals(solution.values()[solution.problem().state(1, 2, 3)], solution.value(1, 2, 3));
    }

    @Test
    void failedSolutionHasNoPolicy() {
        PersistentAllocationProblem problem = PersistentAllocationFixture.PERSISTENT.problem(2);
        PersistentAllocationSolution failed = PersistentAllocationSolution.failed(problem,
                new double[problem.stateCount()], Double.POSITIVE_INFINITY, 1, SolverState.FAILED, 3);
        assertFalse(failed.converged());
        assertEquals(3, failed.failedState());
        IllegalStateException e = assertThrows(IllegalStateException.class, failed::policy);
        assertTrue(e.getMessage().contains("state 3 ended FAILED"), e.getMessage());
    }
}
