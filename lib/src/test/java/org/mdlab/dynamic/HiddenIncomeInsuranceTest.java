package org.mdlab.dynamic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HiddenIncomeInsuranceTest {

    private static final HiddenIncomeInsurance MODEL = HiddenIncomeInsurance.of(1, 3, 0.5, 1, 0.7);

    @Test
    void lpValueIterationAgreesWithTheExactCaraReductionInTheInterior() {
        // Independent computation: CaraInsurance minimises the reduced two-variable problem by golden
        // section, C(w) = A - ln(-w)/γ. The grid LP differs by the transfer-grid interpolation of u
        // (O(h²), h = 0.2 here) and by the truncation of continuations to ce ∈ [-2, 2], whose effect
        // decays like δ^k with the k steps to the boundary; tolerance 0.02 on |ce| <= 1.
        double[] grid = MODEL.promisedUtilityGrid(-2, 2, 21);
        PromisedUtilityProblem problem = MODEL.problem(grid, MODEL.transferGrid(-2, 2, 51));
        PromisedUtilitySolution solution = problem.solve(1e-8, 100, 300);
        assertTrue(solution.converged(), solution.toString());
        CaraInsurance exact = MODEL.caraReduction();
        for (int j = 5; j <= 15; j++) {
            assertEquals(exact.cost(grid[j]), -solution.value(j), 0.02, "ce " + MODEL.certaintyEquivalent(grid[j]));
        }
    }

    @Test
    void lowIncomeReportsLowerTheContinuationAndHighIncomeReportsRaiseIt() {
        // Thomas and Worrall (1990): transfers fall and continuation utilities rise with reported income.
        double[] grid = MODEL.promisedUtilityGrid(-2, 2, 21);
        PromisedUtilityProblem problem = MODEL.problem(grid, MODEL.transferGrid(-2, 2, 51));
        PromisedUtilityContract contract = problem.solve(1e-8, 100, 300).contract();
        double[] transfers = MODEL.transferGrid(-2, 2, 51);
        for (int j = 3; j <= 17; j++) {
            assertTrue(contract.meanContinuation(j, 0) < grid[j] && grid[j] < contract.meanContinuation(j, 1));
            assertTrue(contract.meanOutcome(j, 0, transfers) > contract.meanOutcome(j, 1, transfers));
        }
    }

    @Test
    void certaintyEquivalentInvertsTheUtility() {
        for (double c : new double[] {-3, -0.5, 0, 1.7}) {
            assertEquals(c, MODEL.certaintyEquivalent(MODEL.utility(c)), 1e-12);
        }
    }

    @Test
    void badParametersAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> HiddenIncomeInsurance.of(2, 1, 0.5, 1, 0.9));
        assertThrows(IllegalArgumentException.class, () -> HiddenIncomeInsurance.of(1, 2, 1, 1, 0.9));
        assertThrows(IllegalArgumentException.class, () -> HiddenIncomeInsurance.of(1, 2, 0.5, 0, 0.9));
        IllegalArgumentException discount = assertThrows(IllegalArgumentException.class, () ->
                HiddenIncomeInsurance.of(1, 2, 0.5, 1, 1));
        assertTrue(discount.getMessage().contains("discount"));
        assertThrows(IllegalArgumentException.class, () -> MODEL.certaintyEquivalent(0));
        assertThrows(IllegalArgumentException.class, () -> MODEL.problem(new double[] {-1, 0.5}, new double[] {0}));
    }
}
