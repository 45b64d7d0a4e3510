package org.mdlab.dynamic;

import static org.mdlab.market.Attacks.rejects;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.mdlab.dynamic.commitment.DurableGoodProgram;
import org.mdlab.dynamic.commitment.DurableGoodSale;
import org.mdlab.dynamic.contracts.AllocationWithoutMoney;
import org.mdlab.dynamic.contracts.HiddenIncomeInsurance;
import org.mdlab.dynamic.contracts.PersistentAllocation;
import org.mdlab.dynamic.contracts.PowerDynamics;
import org.mdlab.dynamic.contracts.PromisedUtilityChain;
import org.mdlab.dynamic.contracts.PromisedUtilityProblem;
import org.mdlab.dynamic.pivot.BetaBernoulliBeliefs;
import org.mdlab.dynamic.pivot.DynamicPivotMechanism;
import org.mdlab.dynamic.pivot.GittinsIndex;
import org.mdlab.dynamic.pivot.LearningAllocation;
import org.mdlab.dynamic.pivot.TaskScheduling;
import org.mdlab.dynamic.revenue.AutoregressiveScreening;
import org.mdlab.dynamic.revenue.ImpulseResponse;
import org.mdlab.dynamic.revenue.Innovation;
import org.mdlab.dynamic.revenue.AutoregressiveContract;
import org.mdlab.dynamic.revenue.TypeTransition;
import org.mdlab.optimisation.SolverOptions;

/**
 * Bad input at every public entry point of {@code org.mdlab.dynamic} and its subpackages: each generator
 * produces values that break the documented rule, and each property asserts an
 * {@link IllegalArgumentException} whose message names the offending argument (never an NPE, an index
 * exception, NaN in a result or a hang).
 */
class DynamicAttackTest {

    private static final MarkovDecisionProblem TWO_STATES = MarkovDecisionProblem.of(
            new double[][][] {{{1, 0}, {0, 1}}, {{0, 1}, {0, 1}}}, new double[][] {{1, 2}, {0, 2}}, 0.9);
    private static final DynamicPivotMechanism PIVOT = DynamicPivotMechanism.of(
            TaskScheduling.of(0.9, 3, 2, 1).environment(), 1e-10);
    private static final PromisedUtilityProblem INSURANCE = PromisedUtilityProblem.of(new double[] {0.5, 0.5},
            new double[][] {{0, 1}, {0, 1}}, new double[][] {{0, -1}, {0, -1}}, new double[] {0, 0.5, 1}, 0.9);
    private static final DurableGoodSale SALE = new DurableGoodSale(1, 2, 0.9);
    private static final BetaBernoulliBeliefs BELIEFS = new BetaBernoulliBeliefs(1, 1, 5);


    @Provide
    Arbitrary<Double> outsideOpenUnit() {
        return Arbitraries.oneOf(Arbitraries.doubles().lessOrEqual(0), Arbitraries.doubles().greaterOrEqual(1),
                Arbitraries.of(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 0.0, 1.0));
    }

    @Provide
    Arbitrary<Double> notPositive() {
        return Arbitraries.oneOf(Arbitraries.doubles().lessOrEqual(0),
                Arbitraries.of(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 0.0, -0.0));
    }

    @Provide
    Arbitrary<Double> notFinite() {
        return Arbitraries.of(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY);
    }

    @Provide
    Arbitrary<Integer> notPositiveCount() {
        return Arbitraries.integers().lessOrEqual(0);
    }

    @Provide
    Arbitrary<Integer> outsideTwo() {
        return Arbitraries.oneOf(Arbitraries.integers().lessOrEqual(-1), Arbitraries.integers().greaterOrEqual(2));
    }

    @Provide
    Arbitrary<Integer> outsideThree() {
        return Arbitraries.oneOf(Arbitraries.integers().lessOrEqual(-1), Arbitraries.integers().greaterOrEqual(3));
    }

    @Provide
    Arbitrary<Double> outsideClosedUnit() {
        return Arbitraries.oneOf(Arbitraries.doubles().lessThan(0), Arbitraries.doubles().greaterThan(1),
                Arbitraries.of(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY));
    }

    @Provide
    Arbitrary<double[]> notAProbabilityVector() {
        return Arbitraries.oneOf(
                Arbitraries.doubles().between(0.01, 5).array(double[].class).ofMinSize(2).ofMaxSize(4)
                        .filter(p -> Math.abs(java.util.Arrays.stream(p).sum() - 1) > 1e-6),
                Arbitraries.of(new double[] {1.5, -0.5}, new double[] {Double.NaN, 1}, new double[] {}));
    }

    @Property(tries = 30)
    void markovDecisionProblemRejectsABadDiscount(@ForAll("outsideOpenUnit") double discount) {
        rejects("discount", () -> MarkovDecisionProblem.builder(2, 2, discount));
    }

    @Property(tries = 30)
    void markovDecisionProblemRejectsBadCounts(@ForAll("notPositiveCount") int count) {
        rejects("states", () -> MarkovDecisionProblem.builder(count, 2, 0.9));
        rejects("actions", () -> MarkovDecisionProblem.builder(2, count, 0.9));
    }

    @Property(tries = 30)
    void markovDecisionProblemAccessorsRejectIndicesOutOfRange(@ForAll("outsideTwo") int index) {
        rejects("state", () -> TWO_STATES.reward(index, 0));
        rejects("action", () -> TWO_STATES.reward(0, index));
        rejects("state", () -> TWO_STATES.actionValue(index, 0, new double[2]));
        rejects("action", () -> TWO_STATES.sample(0, index, 0.5));
        rejects("policy", () -> TWO_STATES.evaluate(StationaryPolicy.constant(2, Math.abs(index) < 2 ? 2 : Math.abs(index)),
                SolverOptions.defaults()));
    }

    @Property(tries = 20)
    void markovDecisionProblemRejectsNonFiniteRewardsAndBadUniforms(@ForAll("notFinite") double value) {
        rejects("reward", () -> MarkovDecisionProblem.builder(1, 1, 0.9).row(0, 0, value, new int[] {0}, new double[] {1}));
        rejects("uniform", () -> TWO_STATES.sample(0, 0, value));
        rejects("flow", () -> TWO_STATES.evaluate(StationaryPolicy.of(0, 0), new double[] {value, 0}, SolverOptions.defaults()));
        rejects("start", () -> ValueIteration.solve(TWO_STATES, new double[] {Double.NaN, 0}, SolverOptions.defaults(), "t"));
    }

    @Property(tries = 20)
    void nullArgumentsAreNamed(@ForAll("outsideTwo") int ignored) {
        rejects("options", () -> TWO_STATES.solve(null));
        rejects("policy", () -> TWO_STATES.evaluate(null, SolverOptions.defaults()));
        rejects("operator", () -> ValueIteration.solve(null, new double[2], SolverOptions.defaults(), "t"));
        rejects("environment", () -> DynamicPivotMechanism.of(null, 1e-9));
        rejects("sale", () -> DurableGoodProgram.solve(null, 0.5, new double[] {0, 1}, SolverOptions.defaults()));
        rejects("kernel", () -> ImpulseResponse.expected(null, 0.5, 5, 10, 1e-4, 1));
        rejects("priors", () -> new LearningAllocation(null, 0.9));
    }

    @Property(tries = 20)
    void stationaryPolicyRejectsNegativeActions(@ForAll("notPositiveCount") int action) {
        rejects("actions", () -> StationaryPolicy.of(0, -1 - Math.abs(action % 1000)));
    }

    @Property(tries = 30)
    void pivotMechanismRejectsBadTolerancesAndIndices(@ForAll("notPositive") double tolerance,
                                                      @ForAll("outsideThree") int agent) {
        rejects("tolerance", () -> DynamicPivotMechanism.of(TaskScheduling.of(0.9, 3, 2, 1).environment(), tolerance));
        rejects("agent", () -> PIVOT.payment(agent, 0));
        rejects("agent", () -> PIVOT.marginalContribution(agent, 0));
        rejects("agent", () -> PIVOT.truthfulUtility(agent, 0));
        rejects("state", () -> PIVOT.payment(0, -1 - Math.abs(agent)));
        rejects("state", () -> PIVOT.allocation(PIVOT.environment().stateCount() + Math.abs(agent)));
        rejects("state", () -> PIVOT.welfare(-1 - Math.abs(agent)));
    }

    @Property(tries = 30)
    void pivotExamplesRejectBadDiscounts(@ForAll("outsideOpenUnit") double discount) {
        rejects("discount", () -> TaskScheduling.of(discount, 3, 2, 1));
        rejects("discount", () -> GittinsIndex.ofPrior(BELIEFS, discount, 1e-9));
        rejects("discount", () -> new LearningAllocation(List.of(BELIEFS), discount));
    }

    @Property(tries = 30)
    void pivotExamplesRejectBadPositiveParameters(@ForAll("notPositive") double value) {
        rejects("alpha", () -> new BetaBernoulliBeliefs(value, 1, 5));
        rejects("beta", () -> new BetaBernoulliBeliefs(1, value, 5));
        rejects("tolerance", () -> GittinsIndex.ofPrior(BELIEFS, 0.9, value));
    }

    @Property(tries = 30)
    void revenueModelRejectsBadParameters(@ForAll("notPositive") double value, @ForAll("notPositiveCount") int count) {
        rejects("shockSd", () -> new AutoregressiveScreening(0.8, value, 0.9, 10));
        rejects("sd", () -> Innovation.normal(value));
        rejects("innovation", () -> new AutoregressiveScreening(0.8, null, 0.9, 10));
        rejects("cellsPerSd", () -> new AutoregressiveScreening(0.8, 0.2, 0.9, 10).accounts(count));
        rejects("histories", () -> AutoregressiveContract.of(new AutoregressiveScreening(0.8, 0.2, 0.9, 3)).simulate(count, new java.util.SplittableRandom(1)));
        rejects("quantity", () -> AutoregressiveContract.of(new AutoregressiveScreening(0.8, 0.2, 0.9, 3)).tariff(2, 0.5, value - 1e-9));
        rejects("horizon", () -> new AutoregressiveScreening(0.8, 0.2, 0.9, count));
        rejects("period", () -> new AutoregressiveScreening(0.8, 0.2, 0.9, 10).impulseResponse(count));
        rejects("scale", () -> TypeTransition.heteroskedasticLogistic(0.8, value, 0));
        rejects("periods", () -> ImpulseResponse.expected(TypeTransition.logisticAutoregression(0.8, 0.2), 0.5, count, 10, 1e-4, 1));
        rejects("step", () -> ImpulseResponse.expected(TypeTransition.logisticAutoregression(0.8, 0.2), 0.5, 5, 10, value, 1));
    }

    @Property(tries = 30)
    void revenueModelRejectsABadDiscountOrPersistence(@ForAll("outsideOpenUnit") double discount, @ForAll("notFinite") double bad) {
        rejects("discount", () -> new AutoregressiveScreening(0.8, 0.2, discount, 10));
        rejects("persistence", () -> TypeTransition.heteroskedasticLogistic(bad, 0.2, 0));
        rejects("initial", () -> ImpulseResponse.expected(TypeTransition.logisticAutoregression(0.8, 0.2), bad, 5, 10, 1e-4, 1));
    }

    @Property(tries = 30)
    void promisedUtilityProblemRejectsNonDistributions(@ForAll("notAProbabilityVector") double[] probabilities) {
        int m = Math.max(1, probabilities.length);
        double[][] payoffs = new double[m][2];
        rejects("typeProbabilities", () -> PromisedUtilityProblem.of(probabilities, payoffs, payoffs, new double[] {0, 1}, 0.9));
    }

    @Property(tries = 30)
    void promisedUtilityAccessorsRejectIndicesOutOfRange(@ForAll("outsideTwo") int index) {
        rejects("type", () -> INSURANCE.typeProbability(index));
        rejects("type", () -> INSURANCE.agentUtility(index, 0));
        rejects("outcome", () -> INSURANCE.principalPayoff(0, index));
        rejects("outcome", () -> INSURANCE.feasible(0, index));
        rejects("report", () -> INSURANCE.canMimic(0, index));
    }

    @Property(tries = 30)
    void contractModelsRejectABadDiscount(@ForAll("outsideOpenUnit") double discount) {
        rejects("discount", () -> PromisedUtilityProblem.of(new double[] {1}, new double[][] {{0, 1}},
                new double[][] {{0, 1}}, new double[] {0, 1}, discount));
        rejects("discount", () -> AllocationWithoutMoney.of(0.5, 2, 1, 0.5, discount));
        rejects("discount", () -> HiddenIncomeInsurance.of(1, 3, 0.5, 1, discount));
        rejects("discount", () -> PowerDynamics.of(1, 2, 0.5, discount));
        rejects("discount", () -> PersistentAllocation.symmetric(0.5, 2, 1, 0.7, discount));
    }

    @Property(tries = 30)
    void contractModelsRejectBadProbabilities(@ForAll("outsideOpenUnit") double probability) {
        rejects("highProbability", () -> AllocationWithoutMoney.of(0.5, 2, 1, probability, 0.8));
        rejects("highProbability", () -> HiddenIncomeInsurance.of(1, 3, probability, 1, 0.8));
        rejects("availability", () -> PowerDynamics.of(1, 2, probability, 0.8));
        rejects("persistence", () -> PersistentAllocation.symmetric(0.5, 2, 1, probability, 0.8));
    }

    @Property(tries = 20)
    void contractGridsRejectBadSizes(@ForAll("notPositiveCount") int points) {
        rejects("points", () -> AllocationWithoutMoney.of(0.5, 2, 1, 0.5, 0.8).problem(points + 1));
        rejects("points", () -> PersistentAllocation.symmetric(0.5, 2, 1, 0.7, 0.8).problem(points + 1));
        rejects("points", () -> PowerDynamics.of(1, 2, 0.5, 0.8).problem(points + 1));
    }

    @Property(tries = 20)
    void promisedUtilityChainRejectsNonStochasticRows(@ForAll("notAProbabilityVector") double[] row) {
        rejects("transitions", () -> PromisedUtilityChain.of(new double[] {0, 1}, new double[][] {row, {0, 1}}));
    }

    @Property(tries = 30)
    void durableGoodSaleRejectsBadDiscountsAndPriors(@ForAll("outsideOpenUnit") double value) {
        rejects("discount", () -> new DurableGoodSale(1, 2, value));
        rejects("prior", () -> DurableGoodProgram.solve(SALE, value, new double[] {0, 1}, SolverOptions.defaults()));
        rejects("prior", () -> DurableGoodProgram.solveOver(SALE, value, new double[] {0, 1}, new boolean[] {true, false}, SolverOptions.defaults()));
        rejects("discount", () -> SALE.withDiscount(value));
    }

    @Property(tries = 30)
    void durableGoodSaleRejectsBadValuesAndPosteriors(@ForAll("notPositive") double value,
                                                      @ForAll("outsideClosedUnit") double posterior) {
        rejects("thetaLow", () -> new DurableGoodSale(value, 2, 0.9));
        rejects("posteriors", () -> DurableGoodProgram.solve(SALE, 0.5, new double[] {0, posterior}, SolverOptions.defaults()));
        rejects("belief", () -> SALE.periodTwoRevenue(posterior));
        rejects("prior", () -> SALE.limitedCommitment(posterior));
        rejects("point", () -> SALE.envelope(posterior, 0.5));
    }

    @Property(tries = 30)
    void modelAccessorsRejectIndicesOutOfRange(@ForAll("outsideThree") int index) {
        int bad = index < 0 ? index : index + 100;
        org.mdlab.dynamic.pivot.DynamicEnvironment environment = PIVOT.environment();
        rejects("state", () -> environment.type(bad, 0));
        rejects("agent", () -> environment.type(0, bad));
        rejects("type", () -> environment.withType(0, 0, bad));
        rejects("action", () -> environment.value(0, 0, bad));
        rejects("type", () -> environment.agents().get(0).value(bad, 0));
        rejects("next", () -> environment.agents().get(0).transition(0, 0, bad));
        rejects("period", () -> PIVOT.simulate(0, 3, new java.util.SplittableRandom(1)).state(bad));
        PromisedUtilityChain chain = PromisedUtilityChain.of(new double[] {0, 1}, new double[][] {{1, 0}, {0.5, 0.5}});
        rejects("state", () -> chain.absorbing(bad));
        rejects("state", () -> chain.next(bad, 0.5));
        rejects("uniform", () -> chain.next(0, 1.0 + Math.abs(index)));
        org.mdlab.dynamic.contracts.PersistentAllocationProblem grid = PersistentAllocation.symmetric(0.5, 2, 1, 0.7, 0.8).problem(2);
        rejects("state", () -> grid.promise(bad < 0 ? bad : grid.stateCount() + index));
        rejects("state", () -> grid.belief(bad < 0 ? bad : grid.stateCount() + index));
    }

    @Property(tries = 10)
    void contractAccessorsRejectIndicesOutOfRange(@ForAll("outsideThree") int index) {
        int bad = index < 0 ? index : index + 100;
        org.mdlab.dynamic.contracts.PromisedUtilityContract contract = INSURANCE.solve(SolverOptions.defaults()
                .withTolerance(1e-6)).value().policy();
        rejects("gridPoint", () -> contract.outcomeProbability(bad, 0, 0));
        rejects("type", () -> contract.meanContinuation(0, bad));
        rejects("report", () -> contract.reportUtility(0, 0, bad));
        rejects("gridPoint", () -> contract.principalFlow(bad));
    }
}
