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
    void selectedMechanismAttainsTheLpOptimum() {
        // Certificate of optimality: the least-spread contract's own value (successive approximation of its
        // recursion V = f + δ P V, a second algorithm) equals the LP value function within
        // (Bellman residual + selection slack) / (1 − δ) ≤ 1e-7.
        PromisedUtilityProblem problem = MODEL.problem(25);
        ValueFunction<PromisedUtilityContract> solution = problem.solve(Options.of(1e-10, 100, 301)).value();
        Solution<double[]> own = problem.evaluate(solution.policy(), new double[25], Options.of(1e-12, 100_000, 1));
        assertEquals(Status.OPTIMAL, own.status());
        for (int j = 0; j < 25; j++) {
            assertEquals(solution.value(j), own.value()[j], 1e-7, "grid point " + j);
        }
    }

    @Test
    void everyReportMovesThePromiseToTheTwoGridPointsAroundOneContinuation() {
        // Least spread: for a given mean, Σ y(l)(w_l − w)² is smallest for the lottery on the two grid points
        // bracketing the mean, so no lottery has more than two support points, and two only when adjacent.
        PromisedUtilityProblem problem = MODEL.problem(25);
        PromisedUtilityContract contract = problem.solve(Options.of(1e-10, 100, 301)).value().policy();
        for (int j = 0; j < 25; j++) {
            for (int i = 0; i < 2; i++) {
                int first = -1;
                int last = -1;
                for (int l = 0; l < 25; l++) {
                    if (contract.continuationProbability(j, i, l) > 1e-9) {
                        first = first < 0 ? l : first;
                        last = l;
                    }
                }
                assertTrue(last - first <= 1, "grid point " + j + ", report " + i + ": support " + first + ".." + last);
            }
        }
    }

    @Test
    void absorptionProbabilitiesSettleAsTheGridIsRefined() {
        // Grids of 25, 49 and 97 points share the promises Ū k/12. On each grid the absorption probability at
        // Ū from the linear system (I − Q) h = P(·, Ū) is checked against a second algorithm, the mass at Ū
        // after 5,000 periods of the exact distributions μ_t = μ_0 P^t (every path is absorbed by then, to
        // 1e-9); across grids the change from 49 to 97 points is below the change from 25 to 49 and below
        // 0.005 (measured: at most 0.0015), the convergence of the selected mechanism under refinement.
        int[] sizes = {25, 49, 97};
        double[][] h = new double[sizes.length][13];
        for (int g = 0; g < sizes.length; g++) {
            int n = sizes[g];
            PromisedUtilityChain chain = MODEL.problem(n).solve(Options.of(1e-10, 100, 301)).value().policy().chain();
            double[] up = chain.absorptionProbabilities(n - 1);
            int step = (n - 1) / 12;
            for (int k = 0; k <= 12; k++) {
                h[g][k] = up[k * step];
                double[][] mu = chain.distributions(k * step, 5_000);
                assertEquals(mu[5_000][n - 1], h[g][k], 1e-9, "n = " + n + ", promise Ū " + k + "/12");
            }
        }
        double coarse = 0;
        double fine = 0;
        for (int k = 0; k <= 12; k++) {
            coarse = Math.max(coarse, Math.abs(h[1][k] - h[0][k]));
            fine = Math.max(fine, Math.abs(h[2][k] - h[1][k]));
        }
        assertTrue(fine < coarse && fine <= 0.005, "changes " + coarse + " then " + fine);
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
