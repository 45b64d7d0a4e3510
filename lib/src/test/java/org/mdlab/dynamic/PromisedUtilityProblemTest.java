package org.mdlab.dynamic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;
import org.mdlab.optimisation.SolverState;

class PromisedUtilityProblemTest {

    private static final double[] UNIT_GRID = {0, 0.25, 0.5, 0.75, 1};

    /** One type; outcome 1 gives the agent 1 and costs the principal 1. */
    private static PromisedUtilityProblem linearCost(double[] grid) {
        return PromisedUtilityProblem.of(new double[] {1}, new double[][] {{0, 1}}, new double[][] {{0, -1}}, grid, 0.9);
    }

    @Test
    void utilityBoughtOneForOneCostsExactlyThePromise() {
        // Closed form: with one type and r = -u every contract delivering w costs w, so V(w) = -w.
        PromisedUtilitySolution solution = linearCost(UNIT_GRID).solve(1e-9, 500, 0);
        assertTrue(solution.converged(), solution.toString());
        for (int j = 0; j < UNIT_GRID.length; j++) {
            assertEquals(-UNIT_GRID[j], solution.value(j), 1e-7);
        }
    }

    @Test
    void bellmanResidualOfTheReturnedValuesIsBelowTheTolerance() {
        // Recomputes T V independently of the solver's own residual bookkeeping.
        PromisedUtilityProblem problem = AllocationWithoutMoney.of(0.5, 2, 1, 0.5, 0.8).problem(11);
        double tolerance = 1e-8;
        PromisedUtilitySolution solution = problem.solve(tolerance, 200, 100);
        assertTrue(solution.converged(), solution.toString());
        double[] values = solution.values();
        double[] next = problem.bellman(values).values();
        double residual = 0;
        for (int j = 0; j < values.length; j++) {
            residual = Math.max(residual, Math.abs(next[j] - values[j]));
        }
        assertTrue(residual <= tolerance, "residual " + residual);
    }

    @Test
    void plainValueIterationAndPolicyEvaluationReachTheSameFixedPoint() {
        // Both are within residual / (1 - δ) of the unique fixed point of the δ-contraction T.
        PromisedUtilityProblem problem = AllocationWithoutMoney.of(0.5, 2, 1, 0.5, 0.6).problem(9);
        PromisedUtilitySolution plain = problem.solve(1e-7, 400, 0);
        PromisedUtilitySolution accelerated = problem.solve(1e-7, 400, 200);
        assertTrue(plain.converged() && accelerated.converged());
        assertTrue(accelerated.iterations() < plain.iterations());
        for (int j = 0; j < problem.gridSize(); j++) {
            assertEquals(plain.value(j), accelerated.value(j), plain.errorBound() + accelerated.errorBound());
        }
    }

    @Test
    void iterationLimitIsReportedWithTheResidualReached() {
        PromisedUtilitySolution solution = AllocationWithoutMoney.of(0.5, 2, 1, 0.5, 0.9).problem(7).solve(1e-12, 2, 0);
        assertEquals(Convergence.ITERATION_LIMIT, solution.convergence());
        assertFalse(solution.converged());
        assertTrue(solution.residual() > 1e-12 && Double.isFinite(solution.residual()));
        assertEquals(2, solution.iterations());
    }

    @Test
    void unattainablePromisesEndAsAnInfeasibleSolverState() {
        // With flow utility in [0, 1] and continuations on {-2, -1}, the lowest deliverable promise is
        // 0.1 * 0 + 0.9 * (-2) = -1.8 > -2, so the program at w = -2 has no solution.
        PromisedUtilitySolution solution = linearCost(new double[] {-2, -1}).solve(1e-8, 10, 0);
        assertEquals(SolverState.INFEASIBLE, solution.solverState());
        assertEquals(0, solution.failedGridPoint());
        assertFalse(solution.converged());
        assertThrows(IllegalStateException.class, solution::contract);
    }

    @Test
    void oneSidedFeasibilityImposesOnlyTheMimicryThatIsPossible() {
        boolean[][] feasible = {{true, false}, {true, true}};
        PromisedUtilityProblem problem = PromisedUtilityProblem.of(new double[] {0.5, 0.5},
                new double[][] {{0, 1}, {0, 1}}, new double[][] {{0, 1}, {0, 1}}, feasible, UNIT_GRID, 0.5);
        assertTrue(problem.canMimic(1, 0));
        assertFalse(problem.canMimic(0, 1));
        assertFalse(problem.canMimic(0, 0));
    }

    @Test
    void discountOutsideTheUnitIntervalIsRejected() {
        for (double discount : new double[] {0, 1, -0.5, 1.5, Double.NaN}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () ->
                    PromisedUtilityProblem.of(new double[] {1}, new double[][] {{0, 1}}, new double[][] {{0, -1}},
                            UNIT_GRID, discount));
            assertTrue(e.getMessage().contains("discount"), e.getMessage());
        }
    }

    @Test
    void inconsistentInputIsRejectedWithItsName() {
        IllegalArgumentException sum = assertThrows(IllegalArgumentException.class, () ->
                PromisedUtilityProblem.of(new double[] {0.5, 0.4}, new double[][] {{0, 1}, {0, 1}},
                        new double[][] {{0, 1}, {0, 1}}, UNIT_GRID, 0.9));
        assertTrue(sum.getMessage().contains("sum to 1"), sum.getMessage());
        IllegalArgumentException shape = assertThrows(IllegalArgumentException.class, () ->
                PromisedUtilityProblem.of(new double[] {1}, new double[][] {{0, 1}}, new double[][] {{0, 1, 2}},
                        UNIT_GRID, 0.9));
        assertTrue(shape.getMessage().contains("principalPayoff"), shape.getMessage());
        IllegalArgumentException grid = assertThrows(IllegalArgumentException.class, () ->
                linearCost(new double[] {0, 0.5, 0.5}));
        assertTrue(grid.getMessage().contains("strictly increasing"), grid.getMessage());
        IllegalArgumentException values = assertThrows(IllegalArgumentException.class, () ->
                linearCost(UNIT_GRID).bellman(new double[3]));
        assertTrue(values.getMessage().contains("values"), values.getMessage());
    }

    @Property(tries = 8)
    void computedContractsKeepPromisesAndAreIncentiveCompatible(
            @ForAll @DoubleRange(min = 0.1, max = 0.9) double highProbability,
            @ForAll @DoubleRange(min = 0.3, max = 0.9) double discount) {
        PromisedUtilityProblem problem = AllocationWithoutMoney.of(0.5, 2, 1, highProbability, discount).problem(7);
        PromisedUtilityContract contract = problem.solve(1e-7, 200, 100).contract();
        double[] grid = problem.grid();
        for (int j = 0; j < grid.length; j++) {
            assertEquals(grid[j], contract.deliveredUtility(j), 1e-7);
        }
        assertTrue(contract.minimumIncentiveSlack() >= -1e-7, "slack " + contract.minimumIncentiveSlack());
    }
}
