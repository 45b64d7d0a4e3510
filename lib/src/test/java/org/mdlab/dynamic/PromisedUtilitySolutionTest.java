package org.mdlab.dynamic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.mdlab.optimisation.SolverState;

class PromisedUtilitySolutionTest {

    @Test
    void errorBoundIsTheResidualOverOneMinusDelta() {
        PromisedUtilitySolution solution = AllocationWithoutMoney.of(0.5, 2, 1, 0.5, 0.75).problem(5).solve(1e-3, 3, 0);
        assertEquals(solution.residual() / 0.25, solution.errorBound(), 1e-15);
        assertEquals(SolverState.OPTIMAL, solution.solverState());
        assertEquals(-1, solution.failedGridPoint());
    }

    @Test
    void valuesAreDefensiveCopies() {
        PromisedUtilitySolution solution = AllocationWithoutMoney.of(0.5, 2, 1, 0.5, 0.75).problem(5).solve(1e-8, 100, 100);
        double[] values = solution.values();
        double first = values[4];
        values[4] = 99;
        assertEquals(first, solution.value(4), 0.0);
        assertTrue(solution.toString().contains("OPTIMAL"));
    }
}
