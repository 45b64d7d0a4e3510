package org.mdlab.dynamic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.mdlab.dynamic.commitment.DurableGoodSale;
import org.mdlab.dynamic.commitment.PosteriorSplit;
import org.mdlab.dynamic.contracts.AllocationWithoutMoney;
import org.mdlab.dynamic.contracts.HiddenIncomeInsurance;
import org.mdlab.dynamic.contracts.PromisedUtilityContract;
import org.mdlab.dynamic.contracts.PromisedUtilityProblem;
import org.mdlab.dynamic.pivot.DynamicPivotMechanism;
import org.mdlab.dynamic.pivot.TaskScheduling;
import org.mdlab.dynamic.revenue.ImpulseResponse;
import org.mdlab.dynamic.revenue.TypeTransition;
import org.mdlab.optimisation.SolverOptions;

/**
 * Multiplying every value (rewards, payoffs, valuations, promised utilities) by {@code s ∈ [1e-12, 1e12]}
 * multiplies every computed value, payment and revenue by {@code s} and changes no policy, allocation,
 * split, or the value and incentive compatibility of a contract (the optimal lotteries of a promised-utility
 * LP are not unique: several continuation lotteries on the grid attain the same value, so the contract itself
 * is compared through what it delivers). Tolerances are in the units of the values, so they are scaled with them. Values are
 * compared relative to their scale: {@code 1e-8} for the iterative solvers (their tolerance is
 * {@code 1e-10} relative, times {@code 1/(1 − δ)}), {@code 1e-12} for closed forms.
 */
class DynamicScaleEquivarianceTest {

    @Provide
    Arbitrary<Double> scales() {
        return Arbitraries.oneOf(Arbitraries.doubles().between(-12, 12).map(e -> Math.pow(10, e)),
                Arbitraries.of(1e-12, 1e12, 1.0, 3.7e-7));
    }

    private static SolverOptions tolerance(double tolerance) {
        return SolverOptions.defaults().withTolerance(tolerance).withIterationLimit(1_000_000);
    }

    @Property(tries = 25)
    void markovDecisionProblemValuesScaleAndPoliciesDoNot(@ForAll("scales") double s,
                                                          @ForAll @net.jqwik.api.constraints.IntRange(min = 1, max = 1000) int seed) {
        MarkovDecisionProblem base = MarkovDecisionProblemTest.random(new SplittableRandom(seed), 6, 3, 0.8);
        MarkovDecisionProblem scaled = scale(base, s);
        ValueFunction<StationaryPolicy> a = base.solve(tolerance(1e-11)).value();
        ValueFunction<StationaryPolicy> b = scaled.solve(tolerance(1e-11 * s)).value();
        for (int state = 0; state < 6; state++) {
            assertEquals(a.value(state) * s, b.value(state), 1e-8 * 25 * s, "state " + state);
        }
        assertEquals(a.policy(), b.policy());
    }

    private static MarkovDecisionProblem scale(MarkovDecisionProblem problem, double s) {
        int states = problem.stateCount();
        double[][][] p = new double[problem.actionCount()][states][states];
        double[][] r = new double[problem.actionCount()][states];
        for (int a = 0; a < problem.actionCount(); a++) {
            for (int from = 0; from < states; from++) {
                r[a][from] = problem.reward(from, a) * s;
                for (int to = 0; to < states; to++) {
                    double[] indicator = new double[states];
                    indicator[to] = 1;
                    p[a][from][to] = problem.expectation(from, a, indicator);
                }
            }
        }
        return MarkovDecisionProblem.of(p, r, problem.discount());
    }

    @Property(tries = 25)
    void dynamicPivotPaymentsScaleAndAllocationsDoNot(@ForAll("scales") double s) {
        DynamicPivotMechanism base = DynamicPivotMechanism.of(TaskScheduling.of(0.9, 3, 2, 1).environment(), 1e-12);
        DynamicPivotMechanism scaled = DynamicPivotMechanism.of(TaskScheduling.of(0.9, 3 * s, 2 * s, s).environment(), 1e-12 * s);
        for (int state = 0; state < base.environment().stateCount(); state++) {
            assertEquals(base.allocation(state), scaled.allocation(state), "state " + state);
            assertEquals(base.welfare(state) * s, scaled.welfare(state), 1e-9 * 6 * s);
            for (int agent = 0; agent < 3; agent++) {
                assertEquals(base.payment(agent, state) * s, scaled.payment(agent, state), 1e-9 * 6 * s);
            }
        }
    }

    @Property(tries = 25)
    void impulseResponsesOfTypesInOtherUnitsAreUnchanged(@ForAll("scales") double s,
                                                          @ForAll @net.jqwik.api.constraints.DoubleRange(min = 0, max = 2) double curvature) {
        // Pavan–Segal–Toikka impulse responses are dimensionless: measuring types in units 1/s (θ → sθ,
        // innovation scale × s, curvature / s²) leaves every I_t unchanged.
        double[] path = {0.5, 0.7, 0.2, -0.4, 0.9};
        double[] scaledPath = new double[path.length];
        for (int t = 0; t < path.length; t++) {
            scaledPath[t] = path[t] * s;
        }
        double[] a = ImpulseResponse.along(TypeTransition.heteroskedasticLogistic(0.8, 0.2, curvature), path, 1e-5);
        double[] b = ImpulseResponse.along(TypeTransition.heteroskedasticLogistic(0.8, 0.2 * s, curvature / (s * s)),
                scaledPath, 1e-5 * s);
        for (int t = 0; t < path.length; t++) {
            assertEquals(a[t], b[t], 1e-6, "period " + (t + 1));
        }
    }

    @Property(tries = 8)
    void guoHornerValuesScaleAndTheContractDoesNot(@ForAll("scales") double s) {
        PromisedUtilityProblem base = AllocationWithoutMoney.of(0.5, 2, 1, 0.5, 0.8).problem(7);
        PromisedUtilityProblem scaled = AllocationWithoutMoney.of(0.5 * s, 2 * s, s, 0.5, 0.8).problem(7);
        assertScales(base, scaled, s);
    }

    @Property(tries = 8)
    void thomasWorrallValuesScaleAndTheContractDoesNot(@ForAll("scales") double s) {
        HiddenIncomeInsurance model = HiddenIncomeInsurance.of(1, 3, 0.5, 1, 0.7);
        PromisedUtilityProblem base = model.problem(model.promisedUtilityGrid(-1.5, 1.5, 7), model.transferGrid(-1.5, 1.5, 9));
        assertScales(base, scaled(base, s), s);
    }

    private static PromisedUtilityProblem scaled(PromisedUtilityProblem problem, double s) {
        int m = problem.typeCount();
        int k = problem.outcomeCount();
        double[] probabilities = new double[m];
        double[][] u = new double[m][k];
        double[][] r = new double[m][k];
        boolean[][] feasible = new boolean[m][k];
        for (int i = 0; i < m; i++) {
            probabilities[i] = problem.typeProbability(i);
            for (int o = 0; o < k; o++) {
                u[i][o] = problem.agentUtility(i, o) * s;
                r[i][o] = problem.principalPayoff(i, o) * s;
                feasible[i][o] = problem.feasible(i, o);
            }
        }
        double[] grid = problem.grid();
        for (int j = 0; j < grid.length; j++) {
            grid[j] *= s;
        }
        return PromisedUtilityProblem.of(probabilities, u, r, feasible, grid, problem.discount());
    }

    private static void assertScales(PromisedUtilityProblem base, PromisedUtilityProblem scaled, double s) {
        double size = 0;
        for (int i = 0; i < base.typeCount(); i++) {
            for (int o = 0; o < base.outcomeCount(); o++) {
                size = Math.max(size, Math.abs(base.principalPayoff(i, o)));
            }
        }
        SolverOptions options = SolverOptions.defaults().withIterationLimit(500).withEvaluationSweeps(101);
        ValueFunction<PromisedUtilityContract> a = base.solve(options.withTolerance(1e-10 * size)).value();
        ValueFunction<PromisedUtilityContract> b = scaled.solve(options.withTolerance(1e-10 * size * s)).value();
        double promises = Math.max(Math.abs(base.grid()[0]), Math.abs(base.grid()[base.gridSize() - 1]));
        assertEquals(a.policy().incentiveViolation() <= 1e-7 * promises, b.policy().incentiveViolation() <= 1e-7 * promises * s);
        for (int j = 0; j < base.gridSize(); j++) {
            assertEquals(a.value(j) * s, b.value(j), 1e-7 * size * s, "grid point " + j);
            assertEquals(a.policy().deliveredUtility(j) * s, b.policy().deliveredUtility(j), 1e-7 * promises * s, "promise " + j);
        }
    }

    @Property(tries = 40)
    void durableGoodRevenueScalesAndTheSplitDoesNot(@ForAll("scales") double s,
                                                    @ForAll @net.jqwik.api.constraints.DoubleRange(min = 0.01, max = 0.99) double prior,
                                                    @ForAll @net.jqwik.api.constraints.DoubleRange(min = 0.05, max = 0.95) double discount) {
        PosteriorSplit a = new DurableGoodSale(1, 2, discount).limitedCommitment(prior);
        PosteriorSplit b = new DurableGoodSale(s, 2 * s, discount).limitedCommitment(prior);
        assertEquals(a.revenue() * s, b.revenue(), 1e-12 * 2 * s);
        assertArrayEquals(a.posteriors(), b.posteriors(), 1e-12);
        assertArrayEquals(a.weights(), b.weights(), 1e-12);
        assertArrayEquals(a.sellNow(), b.sellNow());
    }

    @Property(tries = 25)
    void thomasWorrallCaraReductionScalesWithTheUnitOfConsumption(@ForAll("scales") double s) {
        // Consumption in units 1/s (incomes × s, risk aversion / s) leaves -exp(-γ c) unchanged, so the
        // transfers and the cost constant scale by s and the marginal-utility ratios ρ do not. The cost is flat
        // at its minimum, so with rounding noise 1e-16 in the cost the minimisers are found to about
        // sqrt(1e-16) = 1e-8 of the scale (tolerance 1e-6) and the minimum itself to 1e-10.
        org.mdlab.dynamic.contracts.CaraInsurance base = HiddenIncomeInsurance.of(1, 3, 0.5, 1, 0.7).caraReduction();
        org.mdlab.dynamic.contracts.CaraInsurance scaled = HiddenIncomeInsurance.of(s, 3 * s, 0.5, 1 / s, 0.7).caraReduction();
        assertEquals(base.constant() * s, scaled.constant(), 1e-10 * s);
        assertEquals(base.lowTransfer() * s, scaled.lowTransfer(), 1e-6 * s);
        assertEquals(base.highTransfer() * s, scaled.highTransfer(), 1e-6 * s);
        assertEquals(base.lowRatio(), scaled.lowRatio(), 1e-6);
        assertEquals(base.highRatio(), scaled.highRatio(), 1e-6);
    }

    @Property(tries = 10)
    void caraReductionEndsForIncomesWhoseSpacingExceedsThePrecision(
            @ForAll @net.jqwik.api.constraints.DoubleRange(min = 1e6, max = 1e9) double income) {
        // Near 1e6 adjacent doubles are 1.2e-10 apart, so a bracket of 1e-10 cannot be represented; a shift of
        // both incomes by the same amount shifts both transfers by minus that amount. The cost is evaluated
        // with rounding noise ε = ulp(income), so its minimiser is found to O(sqrt(ε / C'')), C'' = O(1).
        org.mdlab.dynamic.contracts.CaraInsurance base = HiddenIncomeInsurance.of(1, 3, 0.5, 1, 0.7).caraReduction();
        org.mdlab.dynamic.contracts.CaraInsurance shifted = HiddenIncomeInsurance.of(1 + income, 3 + income, 0.5, 1, 0.7)
                .caraReduction();
        double tolerance = 10 * Math.sqrt(Math.ulp(income));
        assertEquals(base.lowTransfer() - income, shifted.lowTransfer(), tolerance);
        assertEquals(base.lowRatio(), shifted.lowRatio(), tolerance);
    }
}
