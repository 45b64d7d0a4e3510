package org.mdlab.dynamic.contracts;

import org.mdlab.dynamic.ValueFunction;

import org.mdlab.optimisation.Solution;
import org.mdlab.optimisation.SolverOptions;
import org.mdlab.optimisation.Status;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class HiddenIncomeInsuranceTest {

    private static final HiddenIncomeInsurance MODEL = HiddenIncomeInsurance.of(1, 3, 0.5, 1, 0.7);
    private static final double[] GRID = MODEL.promisedUtilityGrid(-2, 2, 21);
    private static final double[] TRANSFERS = MODEL.transferGrid(-2, 2, 51);
    private static Solution<ValueFunction<PromisedUtilityContract>> solution;

    @BeforeAll
    static void solve() {
        solution = MODEL.problem(GRID, TRANSFERS).solve(Options.of(1e-8, 100, 301));
    }

    @Test
    void lpValueIterationAgreesWithTheExactCaraReductionInTheInterior() {
        // Independent computation: CaraInsurance minimises the reduced two-variable problem by golden
        // section, C(w) = A - ln(-w)/γ. The grid LP differs by the transfer-grid interpolation of u
        // (O(h²), h = 0.2 here) and by the truncation of continuations to ce ∈ [-2, 2], whose effect
        // decays like δ^k with the k steps to the boundary; tolerance 0.02 on |ce| <= 1.
        assertTrue(solution.isOptimal(), solution.toString());
        CaraInsurance exact = MODEL.caraReduction();
        for (int j = 5; j <= 15; j++) {
            assertEquals(exact.cost(GRID[j]), -solution.value().value(j), 0.02, "ce " + MODEL.certaintyEquivalent(GRID[j]));
        }
    }

    @Test
    void lowIncomeReportsLowerTheContinuationAndHighIncomeReportsRaiseIt() {
        // Thomas and Worrall (1990): transfers fall and continuation utilities rise with reported income.
        PromisedUtilityContract contract = solution.value().policy();
        for (int j = 3; j <= 17; j++) {
            assertTrue(contract.meanContinuation(j, 0) < GRID[j] && GRID[j] < contract.meanContinuation(j, 1));
            assertTrue(contract.meanOutcome(j, 0, TRANSFERS) > contract.meanOutcome(j, 1, TRANSFERS));
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
