package org.mdlab.dynamic.contracts;

import org.mdlab.dynamic.ValueFunction;

import org.mdlab.optimisation.Solution;
import org.mdlab.optimisation.SolverOptions;
import org.mdlab.optimisation.Status;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

class PromisedUtilityProblemTest {

    private static final double[] UNIT_GRID = {0, 0.25, 0.5, 0.75, 1};

    /** One type; outcome 1 gives the agent 1 and costs the principal 1. */
    private static PromisedUtilityProblem linearCost(double[] grid) {
        return PromisedUtilityProblem.of(new double[] {1}, new double[][] {{0, 1}}, new double[][] {{0, -1}}, grid, 0.9);
    }

    @Test
    void utilityBoughtOneForOneCostsExactlyThePromise() {
        // Closed form: with one type and r = -u every contract delivering w costs w, so V(w) = -w.
        Solution<ValueFunction<PromisedUtilityContract>> solution = linearCost(UNIT_GRID).solve(Options.of(1e-9, 500, 1));
        assertTrue(solution.isOptimal(), solution.toString());
        for (int j = 0; j < UNIT_GRID.length; j++) {
            assertEquals(-UNIT_GRID[j], solution.value().value(j), 1e-7);
        }
    }

    @Test
    void bellmanResidualOfTheReturnedValuesIsBelowTheTolerance() {
        // Recomputes T V independently of the solver's own residual bookkeeping.
        PromisedUtilityProblem problem = AllocationWithoutMoney.of(0.5, 2, 1, 0.5, 0.8).problem(11);
        double tolerance = 1e-8;
        Solution<ValueFunction<PromisedUtilityContract>> solution = problem.solve(Options.of(tolerance, 200, 101));
        assertTrue(solution.isOptimal(), solution.toString());
        double[] values = solution.value().values();
        double[] next = problem.improve(values, SolverOptions.defaults()).value().values();
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
        Solution<ValueFunction<PromisedUtilityContract>> plain = problem.solve(Options.of(1e-7, 400, 1));
        Solution<ValueFunction<PromisedUtilityContract>> accelerated = problem.solve(Options.of(1e-7, 400, 201));
        assertTrue(plain.isOptimal() && accelerated.isOptimal());
        assertTrue(accelerated.diagnostics().iterations() < plain.diagnostics().iterations());
        for (int j = 0; j < problem.gridSize(); j++) {
            assertEquals(plain.value().value(j), accelerated.value().value(j), plain.diagnostics().errorBound().orElseThrow() + accelerated.diagnostics().errorBound().orElseThrow());
        }
    }

    @Test
    void iterationLimitIsReportedWithTheResidualReached() {
        Solution<ValueFunction<PromisedUtilityContract>> solution = AllocationWithoutMoney.of(0.5, 2, 1, 0.5, 0.9).problem(7).solve(Options.of(1e-12, 2, 1));
        assertEquals(Status.ITERATION_LIMIT, solution.status());
        assertFalse(solution.isOptimal());
        assertTrue(solution.diagnostics().residual().orElseThrow() > 1e-12 && Double.isFinite(solution.diagnostics().residual().orElseThrow()));
        assertEquals(2, solution.diagnostics().iterations());
    }

    @Test
    void unattainablePromisesEndAsAnInfeasibleSolverState() {
        // With flow utility in [0, 1] and continuations on {-2, -1}, the lowest deliverable promise is
        // 0.1 * 0 + 0.9 * (-2) = -1.8 > -2, so the program at w = -2 has no solution.
        Solution<ValueFunction<PromisedUtilityContract>> solution = linearCost(new double[] {-2, -1}).solve(Options.of(1e-8, 10, 1));
        assertEquals(Status.INFEASIBLE, solution.status());
        assertTrue(solution.diagnostics().note().contains("grid point 0"), solution.diagnostics().note());
        assertFalse(solution.isOptimal());
        assertTrue(solution.payload().isEmpty());
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
                linearCost(UNIT_GRID).improve(new double[3], SolverOptions.defaults()));
        assertTrue(values.getMessage().contains("values"), values.getMessage());
    }

    @Property(tries = 8)
    void computedContractsKeepPromisesAndAreIncentiveCompatible(
            @ForAll @DoubleRange(min = 0.1, max = 0.9) double highProbability,
            @ForAll @DoubleRange(min = 0.3, max = 0.9) double discount) {
        PromisedUtilityProblem problem = AllocationWithoutMoney.of(0.5, 2, 1, highProbability, discount).problem(7);
        PromisedUtilityContract contract = problem.solve(Options.of(1e-7, 200, 101)).value().policy();
        double[] grid = problem.grid();
        for (int j = 0; j < grid.length; j++) {
            assertEquals(grid[j], contract.deliveredUtility(j), 1e-7);
        }
        assertTrue(contract.incentiveViolation() <= 1e-7, "violation " + contract.incentiveViolation());
    }
}
