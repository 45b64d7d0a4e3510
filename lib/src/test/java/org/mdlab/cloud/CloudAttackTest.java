package org.mdlab.cloud;

import static org.mdlab.market.Attacks.rejects;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.mdlab.market.ConvexCost;
import org.mdlab.optimisation.SolverOptions;
import org.mdlab.screening.Tariff;

/**
 * Bad input at every public entry point of {@code org.mdlab.cloud}: each must fail with an
 * {@link IllegalArgumentException} whose message names the offending argument.
 */
class CloudAttackTest {

    private static final CloudDemand DEMAND = CloudInstances.TWO_BY_TWO;
    private static final CloudMechanism OPTIMAL = ClosedFormCloudContract.optimal(DEMAND).orElseThrow();
    private static final MultiplicativeDemand SHOCKS = MultiplicativeInstances.HAND;
    private static final TwoPartTariffMenu TARIFFS = TwoPartTariffMenu.relaxedOptimum(SHOCKS);
    private static final ConvexCost COST = ConvexCost.quadratic(1, 3);

    @Provide
    Arbitrary<Double> notFinite() {
        return Arbitraries.of(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY);
    }

    @Provide
    Arbitrary<Double> negativeOrNotFinite() {
        return Arbitraries.oneOf(notFinite(), Arbitraries.of(-Double.MIN_VALUE, -1e-300, -1e300),
                Arbitraries.doubles().between(-1e6, -1e-3).ofScale(6));
    }

    @Provide
    Arbitrary<Integer> badIndex() {
        return Arbitraries.oneOf(Arbitraries.integers().between(Integer.MIN_VALUE, -1),
                Arbitraries.integers().between(2, Integer.MAX_VALUE));
    }

    @Property(tries = 30)
    void cloudDemandRejectsBadStructures(@ForAll("negativeOrNotFinite") double bad) {
        rejects("cost", () -> new CloudDemand(new double[] {1}, new double[] {1, 2}, new double[][] {{0.5, 0.5}}, null));
        rejects("types", () -> new CloudDemand(null, COST));
        rejects("values", () -> new CloudDemand(new double[] {1}, new double[] {bad, 2}, new double[][] {{0.5, 0.5}}, COST));
        rejects("conditionals", () -> new CloudDemand(new double[] {1}, new double[] {1, 2}, new double[][] {{1, 0}}, COST));
        rejects("conditionals", () -> new CloudDemand(new double[] {0.5, 0.5}, new double[] {1, 2},
                new double[][] {{0.25, 0.75}, {0.75, 0.25}}, COST));
        rejects("signalProbabilities", () -> CloudDemand.tilted(null, new double[] {1, 2}, new double[] {1}, COST));
        rejects("tilts", () -> CloudDemand.tilted(new double[] {1}, new double[] {1, 2}, new double[] {bad}, COST));
    }

    @Property(tries = 30)
    void cloudAccessorsCheckTheirIndices(@ForAll("badIndex") int k) {
        rejects("type", () -> DEMAND.signalProbability(k));
        rejects("value", () -> DEMAND.value(k));
        rejects("type", () -> DEMAND.probability(k, 0));
        rejects("signal", () -> OPTIMAL.contractPayoff(k, 0));
        rejects("contract", () -> OPTIMAL.contractPayoff(0, k));
        rejects("contract", () -> OPTIMAL.expostMenu(k));
        rejects("signal", () -> TARIFFS.exAnteSurplus(SHOCKS, k, 0));
        rejects("contract", () -> TARIFFS.sellerProfit(SHOCKS, 0, k));
        rejects("contract", () -> TARIFFS.payment(k, 0.5));
        rejects("signal", () -> SHOCKS.relaxedUsage(k, 0));
    }

    @Property(tries = 20)
    void solversRejectNullsAndOversizedProblems(@ForAll @IntRange(min = Integer.MIN_VALUE, max = 0) int levels) {
        rejects("demand", () -> ClosedFormCloudContract.optimal(null));
        rejects("demand", () -> CloudContractLp.solve(null, 4));
        rejects("levels", () -> CloudContractLp.solve(DEMAND, levels));
        rejects("options", () -> CloudContractLp.solve(DEMAND, 4, null));
        rejects("LP variables", () -> CloudContractLp.solve(DEMAND, Integer.MAX_VALUE));
        rejects("demand", () -> MultiplicativeContractLp.solve(null, 4, 1));
        rejects("levels", () -> MultiplicativeContractLp.solve(SHOCKS, levels, 1));
        rejects("maxUsage", () -> MultiplicativeContractLp.solve(SHOCKS, 4, Double.NaN));
        rejects("LP variables", () -> MultiplicativeContractLp.solve(SHOCKS, Integer.MAX_VALUE, 1));
        rejects("demand", () -> TwoPartTariffMenu.optimisedPrices(null, SolverOptions.defaults()));
        rejects("options", () -> TwoPartTariffMenu.optimisedPrices(SHOCKS, null));
        rejects("demand", () -> TwoPartTariffMenu.relaxedOptimum(null));
    }

    @Property(tries = 30)
    void contractsRejectBadTerms(@ForAll("notFinite") double bad, @ForAll("negativeOrNotFinite") double negative) {
        Tariff charge = new Tariff(new double[] {0, 1, 2}, new double[] {0, 1, 3});
        rejects("basePayment", () -> CommittedSpendContract.withListCharge(0.5, bad, charge));
        rejects("charge", () -> CommittedSpendContract.withListCharge(0.5, 1, null));
        rejects("overage", () -> new CommittedSpendContract(0.5, 1, null));
        rejects("commitment", () -> CommittedSpendContract.withListCharge(bad, 1, charge));
        rejects("tariff", () -> CommittedSpendContract.from(null, 1));
        rejects("fixedFee", () -> new CloudTariff(bad, charge));
        rejects("usageCharge", () -> new CloudTariff(0, null));
        rejects("mechanism", () -> CloudTariff.implementing(null));
        rejects("usage", () -> new CloudTariff(0, charge).payment(bad));
        rejects("value", () -> new CloudTariff(0, charge).usage(bad));
        rejects("commitment", () -> CommittedSpendContract.withUnitPrice(negative, 0, 0));
        rejects("basePayment", () -> CommittedSpendContract.withUnitPrice(0, bad, 0));
        rejects("price", () -> CommittedSpendContract.withUnitPrice(0, 0, negative));
        rejects("price", () -> CommittedSpendContract.postedPrice(negative));
        rejects("fee", () -> CommittedSpendContract.twoPartTariff(negative, 1));
        rejects("usage", () -> CommittedSpendContract.postedPrice(1).payment(bad));
        rejects("unit price", () -> new MeanDemandPricing(0.2, 1.5, 4, 41).usage(1, CommittedSpendContract.withListCharge(0.5, 1, charge)));
        rejects("commitment", () -> new MeanDemandPricing(0.2, 1.5, 4, 41).usage(1, CommittedSpendContract.withUnitPrice(1.5, 1, 0.2)));
    }

    @Property(tries = 20)
    void menusRejectBadInput(@ForAll("notFinite") double bad) {
        rejects("contracts", () -> new CloudContractMenu(null));
        rejects("contracts", () -> new CloudContractMenu(List.of()));
        rejects("mechanism", () -> CloudContractMenu.twoPartTariffs(null));
        rejects("mechanism", () -> CloudContractMenu.committedSpend(null));
        rejects("demand", () -> CloudContractMenu.twoPartTariffs(OPTIMAL).choices(null));
        rejects("demand", () -> CloudContractMenu.twoPartTariffs(OPTIMAL).outcome(null));
        rejects("fees", () -> new TwoPartTariffMenu(new double[] {bad}, new double[] {1}));
        rejects("unitPrices", () -> new TwoPartTariffMenu(new double[] {0}, new double[] {bad}));
        rejects("prices", () -> TwoPartTariffMenu.withBindingFees(SHOCKS, null));
        rejects("contracts", () -> new CommittedSpendMenu(null));
        rejects("tariffs", () -> CommittedSpendMenu.fromTwoPartTariffs(null, new double[] {0, 0}));
        rejects("minimumUsages", () -> CommittedSpendMenu.fromTwoPartTariffs(TARIFFS, null));
        rejects("demand", () -> CommittedSpendMenu.coveringLowestUsage(null, TARIFFS));
        rejects("demand", () -> TARIFFS.audit(null));
    }

    @Property(tries = 30)
    void demandModelsRejectBadParameters(@ForAll("negativeOrNotFinite") double bad,
                                         @ForAll @IntRange(min = Integer.MIN_VALUE, max = 0) int points) {
        rejects("signals", () -> new MultiplicativeDemand(new double[] {bad}, new double[] {1}, new double[] {1},
                new double[] {1}, ConcaveUsageValue.QUADRATIC, 0.5));
        rejects("shockProbabilities", () -> new MultiplicativeDemand(new double[] {1}, new double[] {1}, new double[] {1},
                new double[] {bad}, ConcaveUsageValue.QUADRATIC, 0.5));
        rejects("usageValue", () -> new MultiplicativeDemand(new double[] {1}, new double[] {1}, new double[] {1},
                new double[] {1}, null, 0.5));
        rejects("unitCost", () -> new MultiplicativeDemand(new double[] {1}, new double[] {1}, new double[] {1},
                new double[] {1}, ConcaveUsageValue.QUADRATIC, bad));
        rejects("points", () -> MultiplicativeDemand.uniformShocks(new double[] {1}, new double[] {1}, 0.5, 1.5, points,
                ConcaveUsageValue.QUADRATIC, 0.5));
        rejects("low", () -> MultiplicativeDemand.uniformShocks(new double[] {1}, new double[] {1}, bad, 1.5, 3,
                ConcaveUsageValue.QUADRATIC, 0.5));
        rejects("signal", () -> SHOCKS.expectedSurplus(bad, 1));
        rejects("price", () -> SHOCKS.expectedUsage(1, bad));
        rejects("unitCost", () -> new MeanDemandPricing(bad, 1.5, 4, 41));
        rejects("meanDemand", () -> new MeanDemandPricing(0.2, bad, 4, 41));
        rejects("gridPoints", () -> new MeanDemandPricing(0.2, 1.5, 4, points));
        rejects("contract", () -> new MeanDemandPricing(0.2, 1.5, 4, 41).guarantee(null));
        rejects("demand", () -> new MeanDemandPricing(0.2, 1.5, 4, 41).usage(bad, CommittedSpendContract.postedPrice(1)));
    }
}
