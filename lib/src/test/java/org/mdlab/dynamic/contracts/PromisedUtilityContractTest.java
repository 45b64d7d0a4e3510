package org.mdlab.dynamic.contracts;

import org.mdlab.optimisation.Solution;
import org.mdlab.optimisation.SolverOptions;
import org.mdlab.optimisation.Status;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PromisedUtilityContractTest {

    private static PromisedUtilityProblem problem;
    private static PromisedUtilityContract contract;

    @BeforeAll
    static void solve() {
        problem = AllocationWithoutMoney.of(0.5, 2, 1, 0.4, 0.75).problem(9);
        contract = problem.solve(Options.of(1e-9, 200, 301)).value().policy();
    }

    @Test
    void lotteriesAreProbabilityVectors() {
        for (int j = 0; j < contract.gridSize(); j++) {
            for (int i = 0; i < contract.typeCount(); i++) {
                double outcomes = contract.outcomeProbability(j, i, 0) + contract.outcomeProbability(j, i, 1);
                double next = 0;
                for (int l = 0; l < contract.gridSize(); l++) {
                    assertTrue(contract.continuationProbability(j, i, l) >= 0);
                    next += contract.continuationProbability(j, i, l);
                }
                assertEquals(1, outcomes, 1e-12);
                assertEquals(1, next, 1e-12);
            }
        }
    }

    @Test
    void reportUtilityAddsTheFlowAndTheContinuation() {
        // By definition: (1-δ) Σ_k x_r(k) u(i,k) + δ E[w' | r]; here u(i,1) = v_i, u(i,0) = 0.
        int j = 4;
        double expected = 0.25 * contract.outcomeProbability(j, 0, 1) * 2 + 0.75 * contract.meanContinuation(j, 0);
        assertEquals(expected, contract.reportUtility(j, 1, 0), 1e-12);
    }

    @Test
    void meanOutcomeWeighsTheLabels() {
        int j = 5;
        assertEquals(contract.outcomeProbability(j, 1, 1), contract.meanOutcome(j, 1, new double[] {0, 1}), 1e-15);
        assertThrows(IllegalArgumentException.class, () -> contract.meanOutcome(j, 1, new double[] {1}));
    }

    @Test
    void chainMixesTheTypesContinuationLotteries() {
        double[][] p = contract.chain().transitions();
        for (int j = 0; j < p.length; j++) {
            for (int l = 0; l < p.length; l++) {
                double expected = 0.6 * contract.continuationProbability(j, 0, l) + 0.4 * contract.continuationProbability(j, 1, l);
                assertEquals(expected, p[j][l], 1e-15);
            }
        }
    }
}
