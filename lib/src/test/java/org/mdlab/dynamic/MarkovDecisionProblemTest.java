package org.mdlab.dynamic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.mdlab.optimisation.Solution;
import org.mdlab.optimisation.SolverOptions;
import org.mdlab.optimisation.Status;

class MarkovDecisionProblemTest {

    /** State 0: stay for 1 (action 0) or move for 0 (action 1); state 1 pays 2 forever. */
    private static MarkovDecisionProblem waitForTheBetterState(double discount) {
        double[][][] p = {{{1, 0}, {0, 1}}, {{0, 1}, {0, 1}}};
        double[][] r = {{1, 2}, {0, 2}};
        return MarkovDecisionProblem.of(p, r, discount);
    }

    @Test
    void valueIterationFindsTheClosedFormOfTheTwoStateChoice() {
        // V(1) = 2/(1-δ) = 20; V(0) = max{1/(1-δ), δ·V(1)} = max{10, 18} = 18 at δ = 0.9.
        Solution<ValueFunction<StationaryPolicy>> solution = waitForTheBetterState(0.9).solve(options(1e-10, 10_000));
        assertTrue(solution.isOptimal());
        assertEquals(18, solution.value().value(0), 1e-8);
        assertEquals(20, solution.value().value(1), 1e-8);
        assertEquals(1, solution.value().policy().action(0));
        assertTrue(solution.diagnostics().residual().orElseThrow() <= 1e-10);
        assertEquals(solution.diagnostics().residual().orElseThrow() / (1 - 0.9),
                solution.diagnostics().errorBound().orElseThrow(), 1e-15);
    }

    @Test
    void modifiedPolicyIterationFindsTheClosedFormOfTheTwoStateChoice() {
        // At δ = 0.4: V(1) = 2/0.6 = 10/3; V(0) = max{1/0.6, 0.4·10/3} = max{5/3, 4/3} = 5/3, stay.
        Solution<ValueFunction<StationaryPolicy>> solution = waitForTheBetterState(0.4)
                .solve(options(1e-10, 100).withEvaluationSweeps(50));
        assertTrue(solution.isOptimal());
        assertEquals(5.0 / 3, solution.value().value(0), 1e-9);
        assertEquals(10.0 / 3, solution.value().value(1), 1e-9);
        assertEquals(0, solution.value().policy().action(0));
    }

    @Test
    void policyEvaluationMatchesTheTwoByTwoInverse() {
        // One action, P = [[1-p, p], [q, 1-q]], r = (r0, r1): V = (I - δP)^{-1} r by Cramer's rule.
        double p = 0.3, q = 0.6, r0 = 1, r1 = 5, d = 0.8;
        MarkovDecisionProblem mdp = MarkovDecisionProblem.of(
                new double[][][] {{{1 - p, p}, {q, 1 - q}}}, new double[][] {{r0, r1}}, d);
        double a = 1 - d * (1 - p), b = -d * p, c = -d * q, e = 1 - d * (1 - q);
        double det = a * e - b * c;
        double v0 = (r0 * e - b * r1) / det;
        double v1 = (a * r1 - c * r0) / det;
        Solution<double[]> values = mdp.evaluate(StationaryPolicy.of(0, 0), options(1e-11, 100_000));
        assertTrue(values.isOptimal());
        assertEquals(v0, values.value()[0], 1e-10);
        assertEquals(v1, values.value()[1], 1e-10);
    }

    @Test
    void truncatedPolicyEvaluationIsFlaggedAsAnIterationLimit() {
        // State 1 pays 2 forever at δ = 0.99: its value is 200; three sweeps from 0 give 2(1 + δ + δ²) ≈ 5.94.
        MarkovDecisionProblem mdp = waitForTheBetterState(0.99);
        Solution<double[]> values = mdp.evaluate(StationaryPolicy.of(1, 1), options(1e-9, 3));
        assertEquals(Status.ITERATION_LIMIT, values.status());
        assertEquals(2 * (1 + 0.99 + 0.99 * 0.99), values.payload().orElseThrow()[1], 1e-12);
        assertEquals(3, values.diagnostics().iterations());
        assertThrows(IllegalStateException.class, values::value);
    }

    @Test
    void iterationLimitIsReportedWithTheResidualReached() {
        Solution<ValueFunction<StationaryPolicy>> solution = waitForTheBetterState(0.99).solve(options(1e-12, 3));
        assertFalse(solution.isOptimal());
        assertEquals(Status.ITERATION_LIMIT, solution.status());
        // Three applications of T from 0: the iterate V_2 has V_2(1) = 2(1+δ) and residual 2δ².
        assertEquals(2 * (1 + 0.99), solution.payload().orElseThrow().value(1), 1e-12);
        assertEquals(2 * Math.pow(0.99, 2), solution.diagnostics().residual().orElseThrow(), 1e-12);
    }

    @Property(tries = 40)
    void valueAndPolicyIterationAgreeWithinTheirErrorBounds(@ForAll @IntRange(min = 1, max = 10_000) int seed,
                                                             @ForAll @DoubleRange(min = 0.1, max = 0.95) double discount) {
        MarkovDecisionProblem mdp = random(new SplittableRandom(seed), 6, 3, discount);
        Solution<ValueFunction<StationaryPolicy>> vi = mdp.solve(options(1e-9, 100_000));
        Solution<ValueFunction<StationaryPolicy>> pi = mdp.solve(options(1e-9, 1000).withEvaluationSweeps(200));
        assertTrue(vi.isOptimal() && pi.isOptimal());
        assertTrue(pi.diagnostics().iterations() < vi.diagnostics().iterations());
        for (int s = 0; s < 6; s++) {
            assertEquals(vi.value().value(s), pi.value().value(s), vi.diagnostics().errorBound().orElseThrow()
                    + pi.diagnostics().errorBound().orElseThrow() + 1e-12);
        }
    }

    @Property(tries = 40)
    void bellmanResidualOfValueIterationIsBelowTolerance(@ForAll @IntRange(min = 1, max = 10_000) int seed) {
        MarkovDecisionProblem mdp = random(new SplittableRandom(seed), 8, 2, 0.9);
        Solution<ValueFunction<StationaryPolicy>> vi = mdp.solve(options(1e-8, 100_000));
        double[] next = new double[8];
        double residual = mdp.bellman(vi.value().values(), next, new int[8]);
        assertTrue(residual <= 1e-8, "residual " + residual);
        assertEquals(vi.diagnostics().residual().orElseThrow(), residual, 0.0);
    }

    @Test
    void sparseBuilderAndDenseFactoryDescribeTheSameProblem() {
        MarkovDecisionProblem dense = waitForTheBetterState(0.9);
        MarkovDecisionProblem sparse = MarkovDecisionProblem.builder(2, 2, 0.9)
                .row(0, 0, 1, new int[] {0}, new double[] {1})
                .row(1, 0, 2, new int[] {1}, new double[] {1})
                .row(0, 1, 0, new int[] {1}, new double[] {1})
                .row(1, 1, 2, new int[] {1}, new double[] {1})
                .build();
        assertEquals(dense, sparse);
        assertArrayEquals(dense.solve(options(1e-9, 1000)).value().values(), sparse.solve(options(1e-9, 1000)).value().values());
    }

    @Test
    void discountOutsideTheUnitIntervalIsRejected() {
        IllegalArgumentException one = assertThrows(IllegalArgumentException.class, () -> waitForTheBetterState(1.0));
        assertTrue(one.getMessage().contains("discount") && one.getMessage().contains("1.0"));
        assertThrows(IllegalArgumentException.class, () -> waitForTheBetterState(0.0));
        assertThrows(IllegalArgumentException.class, () -> waitForTheBetterState(Double.NaN));
    }

    @Test
    void nonStochasticRowIsRejectedWithItsSum() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> MarkovDecisionProblem.of(
                new double[][][] {{{0.5, 0.47}, {0, 1}}}, new double[][] {{0, 0}}, 0.9));
        assertTrue(e.getMessage().contains("sum to 1") && e.getMessage().contains("0.97"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> MarkovDecisionProblem.of(
                new double[][][] {{{1.5, -0.5}, {0, 1}}}, new double[][] {{0, 0}}, 0.9));
    }

    @Test
    void rowWithinTheStochasticToleranceIsAccepted() {
        MarkovDecisionProblem.of(new double[][][] {{{0.5, 0.5 + 5e-10}, {0, 1}}}, new double[][] {{0, 0}}, 0.9);
    }

    @Test
    void inconsistentDimensionsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> MarkovDecisionProblem.of(
                new double[][][] {{{1, 0}, {0, 1}}}, new double[][] {{0, 0}, {0, 0}}, 0.9));
        assertThrows(IllegalArgumentException.class, () -> MarkovDecisionProblem.of(
                new double[][][] {{{1, 0}, {0, 1}}}, new double[][] {{0, 0, 0}}, 0.9));
        assertThrows(IllegalArgumentException.class, () -> MarkovDecisionProblem.of(
                new double[][][] {{{1, 0, 0}, {0, 1}}}, new double[][] {{0, 0}}, 0.9));
        assertThrows(IllegalArgumentException.class, () -> MarkovDecisionProblem.builder(2, 1, 0.9)
                .row(0, 0, 0, new int[] {2}, new double[] {1}));
        assertThrows(IllegalArgumentException.class, () -> MarkovDecisionProblem.builder(2, 1, 0.9)
                .row(0, 0, 0, new int[] {0}, new double[] {1}).build());
    }

    @Test
    void solverArgumentsAreValidated() {
        MarkovDecisionProblem mdp = waitForTheBetterState(0.9);
        assertThrows(IllegalArgumentException.class, () -> mdp.solve(null));
        assertThrows(IllegalArgumentException.class, () -> mdp.evaluate(StationaryPolicy.of(0, 2), options(1e-6, 10)));
        assertThrows(IllegalArgumentException.class, () -> mdp.evaluate(StationaryPolicy.of(0), options(1e-6, 10)));
    }

    @Test
    void accessorsRejectIndicesOutOfRangeInsteadOfWrappingAround() {
        // On 2 states, reward(2, 0) used to read the row of (state 0, action 1).
        MarkovDecisionProblem mdp = waitForTheBetterState(0.9);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> mdp.reward(2, 0));
        assertTrue(e.getMessage().contains("state") && e.getMessage().contains("2"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> mdp.reward(0, 2));
        assertThrows(IllegalArgumentException.class, () -> mdp.reward(-1, 0));
        assertThrows(IllegalArgumentException.class, () -> mdp.expectation(0, 0, new double[3]));
        assertThrows(IllegalArgumentException.class, () -> mdp.sample(0, 0, 1.0));
    }

    @Test
    void rewardsWhoseValuesWouldOverflowAreRejected() {
        // |r| / (1 − δ) = 1e308 / 0.1 overflows a double, so value iteration would end in ±∞ − ±∞ = NaN.
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> MarkovDecisionProblem.of(
                new double[][][] {{{1, 0}, {0, 1}}}, new double[][] {{1e308, -1e308}}, 0.9));
        assertTrue(e.getMessage().contains("rewards"), e.getMessage());
    }

    @Test
    void stateActionCountsWhoseProductOverflowsAnIntAreRefusedUpFront() {
        // 65,536 × 65,536 = 2^32 rows overflows int arithmetic.
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> MarkovDecisionProblem.builder(65_536, 65_536, 0.9));
        assertTrue(e.getMessage().contains("4294967296"), e.getMessage());
    }

    private static SolverOptions options(double tolerance, long iterations) {
        return SolverOptions.defaults().withTolerance(tolerance).withIterationLimit(iterations);
    }

    static MarkovDecisionProblem random(SplittableRandom random, int states, int actions, double discount) {
        double[][][] p = new double[actions][states][states];
        double[][] r = new double[actions][states];
        for (int a = 0; a < actions; a++) {
            for (int s = 0; s < states; s++) {
                double sum = 0;
                for (int t = 0; t < states; t++) {
                    p[a][s][t] = random.nextDouble() < 0.5 ? 0 : random.nextDouble();
                    sum += p[a][s][t];
                }
                if (sum == 0) {
                    p[a][s][s] = 1;
                    sum = 1;
                }
                for (int t = 0; t < states; t++) {
                    p[a][s][t] /= sum;
                }
                r[a][s] = random.nextDouble() * 10 - 5;
            }
        }
        return MarkovDecisionProblem.of(p, r, discount);
    }
}
