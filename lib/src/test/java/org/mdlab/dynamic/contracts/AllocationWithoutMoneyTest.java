package org.mdlab.dynamic.contracts;

import org.mdlab.dynamic.ValueFunction;

import org.mdlab.optimisation.Solution;
import org.mdlab.optimisation.SolverOptions;
import org.mdlab.optimisation.Status;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AllocationWithoutMoneyTest {

    private static final AllocationWithoutMoney MODEL = AllocationWithoutMoney.of(0.5, 2, 1, 0.5, 0.8);

    @Test
    void endPointsAreNeverFundAndAlwaysFund() {
        // Closed forms: U = 0 only by never funding (V = 0); U = Ū only by always funding (V = E v - c).
        PromisedUtilityProblem problem = MODEL.problem(21);
        Solution<ValueFunction<PromisedUtilityContract>> solution = problem.solve(Options.of(1e-9, 100, 301));
        assertEquals(0, solution.value().value(0), 1e-8);
        assertEquals(MODEL.maximalUtility() - 1, solution.value().value(20), 1e-8);
        PromisedUtilityChain chain = solution.value().policy().chain();
        assertTrue(chain.absorbing(0) && chain.absorbing(20));
    }

    @Test
    void principalValueNeverBeatsFundingOnlyHighValues() {
        // Bound: (v - c)/v <= (H - c)/H for v in {L, H}, so V(U) <= U (H - c)/H, and V <= π_H (H - c).
        PromisedUtilityProblem problem = MODEL.problem(21);
        Solution<ValueFunction<PromisedUtilityContract>> solution = problem.solve(Options.of(1e-9, 100, 301));
        double[] grid = problem.grid();
        for (int j = 0; j < grid.length; j++) {
            assertTrue(solution.value().value(j) <= grid[j] * 0.5 + 1e-8);
            assertTrue(solution.value().value(j) <= MODEL.firstBest() + 1e-8);
        }
    }

    @Test
    void simulatedPolarisationMatchesExactAbsorption() {
        // Exact: absorption probabilities of the grid chain; simulated: 3,000 seeded paths of 600
        // periods; 3.5 standard errors of a Bernoulli mean.
        PromisedUtilityProblem problem = MODEL.problem(21);
        PromisedUtilityChain chain = problem.solve(Options.of(1e-9, 100, 301)).value().policy().chain();
        int start = 15;
        double exact = chain.absorptionProbabilities(20)[start];
        int[][] paths = chain.simulate(start, 600, 3000, 2024);
        double up = 0;
        double absorbed = 0;
        for (int[] path : paths) {
            up += path[600] == 20 ? 1 : 0;
            absorbed += path[600] == 20 || path[600] == 0 ? 1 : 0;
        }
        assertEquals(paths.length, absorbed, 0.0);
        double se = Math.sqrt(exact * (1 - exact) / paths.length);
        assertTrue(Math.abs(up / paths.length - exact) <= 3.5 * se, up / paths.length + " vs " + exact);
    }

    @Test
    void valuesOutsideTheModelAreRejected() {
        IllegalArgumentException order = assertThrows(IllegalArgumentException.class, () ->
                AllocationWithoutMoney.of(1.5, 2, 1, 0.5, 0.8));
        assertTrue(order.getMessage().contains("0 < L < c < H"), order.getMessage());
        assertThrows(IllegalArgumentException.class, () -> AllocationWithoutMoney.of(0.5, 2, 1, 0.5, 0));
        assertThrows(IllegalArgumentException.class, () -> AllocationWithoutMoney.of(0.5, 2, 1, 0, 0.8));
        assertThrows(IllegalArgumentException.class, () -> MODEL.problem(1));
    }
}
