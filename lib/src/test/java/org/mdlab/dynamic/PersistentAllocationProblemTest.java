package org.mdlab.dynamic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PersistentAllocationProblemTest {

    @Test
    void iidLimitReproducesAllocationWithoutMoneyOnTheDiagonal() {
        // With P(0,·) = P(1,·) threat keeping reads w <= ŵ, so V_j(w, ŵ) for ŵ >= w is the i.i.d. value
        // V(w) of the one-dimensional recursion on the same grid (w̄_0 = w̄_1 = Ū), solved independently.
        PersistentAllocationSolution persistent = PersistentAllocationFixture.independentSeven();
        PromisedUtilitySolution iid = PersistentAllocationFixture.IID.problem(7).solve(1e-10, 200, 300);
        assertTrue(persistent.converged() && iid.converged());
        for (int j = 0; j < 2; j++) {
            for (int a = 0; a < 7; a++) {
                for (int b = a; b < 7; b++) {
                    assertEquals(iid.value(a), persistent.value(j, a, b), 1e-7, "state " + j + "," + a + "," + b);
                }
                for (int b = 0; b < a; b++) {
                    assertEquals(Double.NEGATIVE_INFINITY, persistent.value(j, a, b), "threat below the promise");
                }
            }
        }
    }

    @Test
    void bellmanResidualOfTheReturnedValuesIsBelowTheTolerance() {
        // Recomputes T V with a fresh Bellman step: no state is dropped and ||T V - V|| <= tolerance.
        PersistentAllocationSolution solution = PersistentAllocationFixture.persistentSeven();
        assertTrue(solution.converged(), solution.toString());
        double[] values = solution.values();
        PersistentAllocationStep step = solution.problem().bellman(values);
        double[] next = step.policy().backup(values);
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
        PersistentAllocationSolution solution = PersistentAllocationFixture.persistentSeven();
        PersistentAllocation model = PersistentAllocationFixture.PERSISTENT;
        for (int j = 0; j < 2; j++) {
            for (int b = 0; b < 7; b++) {
                assertEquals(0, solution.value(j, 0, b), 1e-9);
            }
            assertEquals(model.alwaysFundValue(j), solution.value(j, 6, 6), 1e-8);
        }
    }

    @Test
    void valuesRespectTheEfficiencyBounds() {
        // (v - c)/v <= (H - c)/H = 1/2 for both values, so V_j(w, ·) <= w/2; and V <= first best F_j.
        PersistentAllocationSolution solution = PersistentAllocationFixture.persistentSeven();
        PersistentAllocationProblem problem = solution.problem();
        PersistentAllocation model = problem.model();
        for (int s = 0; s < problem.stateCount(); s++) {
            double v = solution.values()[s];
            assertTrue(v <= problem.promise(s) / 2 + 1e-9, "state " + s);
            assertTrue(v <= model.firstBest(problem.belief(s)) + 1e-9, "state " + s);
        }
    }

    @Test
    void valueIsNondecreasingInTheThreat() {
        // A larger threat relaxes threat keeping and nothing else, so it cannot lower the value.
        PersistentAllocationSolution solution = PersistentAllocationFixture.persistentSeven();
        for (int j = 0; j < 2; j++) {
            for (int a = 0; a < 7; a++) {
                for (int b = 1; b < 7; b++) {
                    assertTrue(solution.value(j, a, b) >= solution.value(j, a, b - 1) - 1e-9);
                }
            }
        }
    }

    @Test
    void refiningTheGridCannotLowerTheValue() {
        // The 4-point grid is the 7-point grid's every other point (3 divides 6): every policy of the
        // coarse grid is available on the fine one, so V_7 >= V_4 at the common states.
        PersistentAllocationSolution coarse = PersistentAllocationFixture.persistentFour();
        PersistentAllocationSolution fine = PersistentAllocationFixture.persistentSeven();
        for (int j = 0; j < 2; j++) {
            for (int a = 0; a < 4; a++) {
                for (int b = 0; b < 4; b++) {
                    assertTrue(fine.value(j, 2 * a, 2 * b) >= coarse.value(j, a, b) - 1e-8,
                            j + "," + a + "," + b + ": " + fine.value(j, 2 * a, 2 * b) + " < " + coarse.value(j, a, b));
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
        assertThrows(IllegalArgumentException.class, () -> problem.bellman(new double[3]));
        double[] nan = new double[problem.stateCount()];
        nan[4] = Double.NaN;
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> problem.bellman(nan));
        assertTrue(e.getMessage().contains("NaN"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> problem.solve(0, 10, 0));
        assertThrows(IllegalArgumentException.class, () -> problem.solve(1e-6, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> problem.solve(1e-6, 10, -1));
    }

    @Test
    void iterationLimitIsReportedWithTheResidualReached() {
        PersistentAllocationSolution solution = PersistentAllocationFixture.PERSISTENT.problem(3).solve(1e-12, 1, 0);
        assertEquals(Convergence.ITERATION_LIMIT, solution.convergence());
        assertTrue(solution.residual() > 1e-12);
        assertEquals(1, solution.iterations());
    }
}
