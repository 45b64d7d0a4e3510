package org.mdlab.dynamic.contracts;

import org.mdlab.dynamic.ValueFunction;

import org.mdlab.optimisation.Solution;
import org.mdlab.optimisation.SolverOptions;
import org.mdlab.optimisation.Status;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PersistentAllocationProblemTest {

    @Test
    void iidLimitReproducesAllocationWithoutMoneyOnTheDiagonal() {
        // With P(0,·) = P(1,·) threat keeping reads w <= ŵ, so V_j(w, ŵ) for ŵ >= w is the i.i.d. value
        // V(w) of the one-dimensional recursion on the same grid (w̄_0 = w̄_1 = Ū), solved independently.
        Solution<ValueFunction<PersistentAllocationPolicy>> persistent = PersistentAllocationFixture.independentSeven();
        Solution<ValueFunction<PromisedUtilityContract>> iid = PersistentAllocationFixture.IID.problem(7).solve(Options.of(1e-10, 200, 301));
        assertTrue(persistent.isOptimal() && iid.isOptimal());
        for (int j = 0; j < 2; j++) {
            for (int a = 0; a < 7; a++) {
                for (int b = a; b < 7; b++) {
                    assertEquals(iid.value().value(a), PersistentAllocationFixture.value(persistent, j, a, b), 1e-7, "state " + j + "," + a + "," + b);
                }
                for (int b = 0; b < a; b++) {
                    assertEquals(Double.NEGATIVE_INFINITY, PersistentAllocationFixture.value(persistent, j, a, b), "threat below the promise");
                }
            }
        }
    }

    @Test
    void bellmanResidualOfTheReturnedValuesIsBelowTheTolerance() {
        // Recomputes T V with a fresh Bellman step: no state is dropped and ||T V - V|| <= tolerance.
        Solution<ValueFunction<PersistentAllocationPolicy>> solution = PersistentAllocationFixture.persistentSeven();
        assertTrue(solution.isOptimal(), solution.toString());
        double[] values = solution.value().values();
        PersistentAllocationProblem problem = solution.value().policy().problem();
        double[] next = problem.improve(values, SolverOptions.defaults()).value().values();
        for (int s = 0; s < values.length; s++) {
            if (values[s] == Double.NEGATIVE_INFINITY) {
                assertEquals(Double.NEGATIVE_INFINITY, next[s]);
            } else {
                assertTrue(Math.abs(next[s] - values[s]) <= PersistentAllocationFixture.TOLERANCE,
                        "state " + s + ": " + next[s] + " vs " + values[s]);
            }
        }
    }

    @Test
    void cornerValuesAreNeverFundAndAlwaysFund() {
        // Promise 0 forces no funding ever: V = 0 for every threat. Promise w̄_j forces funding after every
        // report: V = the always-fund value, solved in closed form by PersistentAllocation.
        Solution<ValueFunction<PersistentAllocationPolicy>> solution = PersistentAllocationFixture.persistentSeven();
        PersistentAllocation model = PersistentAllocationFixture.PERSISTENT;
        for (int j = 0; j < 2; j++) {
            for (int b = 0; b < 7; b++) {
                assertEquals(0, PersistentAllocationFixture.value(solution, j, 0, b), 1e-9);
            }
            assertEquals(model.alwaysFundValue(j), PersistentAllocationFixture.value(solution, j, 6, 6), 1e-8);
        }
    }

    @Test
    void valuesRespectTheEfficiencyBounds() {
        // (v - c)/v <= (H - c)/H = 1/2 for both values, so V_j(w, ·) <= w/2; and V <= first best F_j.
        Solution<ValueFunction<PersistentAllocationPolicy>> solution = PersistentAllocationFixture.persistentSeven();
        PersistentAllocationProblem problem = solution.value().policy().problem();
        PersistentAllocation model = problem.model();
        for (int s = 0; s < problem.stateCount(); s++) {
            double v = solution.value().values()[s];
            assertTrue(v <= problem.promise(s) / 2 + 1e-9, "state " + s);
            assertTrue(v <= model.firstBest(problem.belief(s)) + 1e-9, "state " + s);
        }
    }

    @Test
    void valueIsNondecreasingInTheThreat() {
        // A larger threat relaxes threat keeping and nothing else, so it cannot lower the value.
        Solution<ValueFunction<PersistentAllocationPolicy>> solution = PersistentAllocationFixture.persistentSeven();
        for (int j = 0; j < 2; j++) {
            for (int a = 0; a < 7; a++) {
                for (int b = 1; b < 7; b++) {
                    assertTrue(PersistentAllocationFixture.value(solution, j, a, b) >= PersistentAllocationFixture.value(solution, j, a, b - 1) - 1e-9);
                }
            }
        }
    }

    @Test
    void refiningTheGridCannotLowerTheValue() {
        // The 4-point grid is the 7-point grid's every other point (3 divides 6): every policy of the
        // coarse grid is available on the fine one, so V_7 >= V_4 at the common states.
        Solution<ValueFunction<PersistentAllocationPolicy>> coarse = PersistentAllocationFixture.persistentFour();
        Solution<ValueFunction<PersistentAllocationPolicy>> fine = PersistentAllocationFixture.persistentSeven();
        for (int j = 0; j < 2; j++) {
            for (int a = 0; a < 4; a++) {
                for (int b = 0; b < 4; b++) {
                    assertTrue(PersistentAllocationFixture.value(fine, j, 2 * a, 2 * b) >= PersistentAllocationFixture.value(coarse, j, a, b) - 1e-8,
                            j + "," + a + "," + b + ": " + PersistentAllocationFixture.value(fine, j, 2 * a, 2 * b) + " < " + PersistentAllocationFixture.value(coarse, j, a, b));
                }
            }
        }
    }

    @Test
    void stateIndexingRoundTrips() {
        PersistentAllocationProblem problem = PersistentAllocationFixture.PERSISTENT.problem(5);
        assertEquals(50, problem.stateCount());
        int s = problem.state(1, 3, 2);
        assertEquals(1, problem.belief(s));
        assertEquals(3, problem.promiseIndex(s));
        assertEquals(2, problem.threatIndex(s));
        assertEquals(PersistentAllocationFixture.PERSISTENT.alwaysFundUtility(1) * 3 / 4, problem.promise(s), 1e-15);
        assertEquals(PersistentAllocationFixture.PERSISTENT.alwaysFundUtility(0) * 2 / 4, problem.threat(s), 1e-15);
    }

    @Test
    void badArgumentsAreRejected() {
        PersistentAllocationProblem problem = PersistentAllocationFixture.PERSISTENT.problem(3);
        assertThrows(IllegalArgumentException.class, () -> problem.state(2, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> problem.state(0, 3, 0));
        assertThrows(IllegalArgumentException.class, () -> problem.improve(new double[3], SolverOptions.defaults()));
        double[] nan = new double[problem.stateCount()];
        nan[4] = Double.NaN;
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> problem.improve(nan, SolverOptions.defaults()));
        assertTrue(e.getMessage().contains("NaN"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> problem.solve(null));
        IllegalArgumentException big = assertThrows(IllegalArgumentException.class,
                () -> PersistentAllocationFixture.PERSISTENT.problem(PersistentAllocationProblem.MAX_POINTS + 1));
        assertTrue(big.getMessage().contains("points") && big.getMessage().contains("101"), big.getMessage());
    }

    @Test
    void iterationLimitIsReportedWithTheResidualReached() {
        Solution<ValueFunction<PersistentAllocationPolicy>> solution = PersistentAllocationFixture.PERSISTENT.problem(3).solve(Options.of(1e-12, 1, 1));
        assertEquals(Status.ITERATION_LIMIT, solution.status());
        // The first round from V = 0 drops the states whose promise cannot be kept: infinite residual.
        assertTrue(solution.diagnostics().residual().isEmpty());
        assertEquals(Double.POSITIVE_INFINITY, solution.diagnostics().errorBound().orElseThrow());
        assertEquals(1, solution.diagnostics().iterations());
    }
}
