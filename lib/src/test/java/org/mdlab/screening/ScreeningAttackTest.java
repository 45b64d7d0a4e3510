package org.mdlab.screening;

import static org.mdlab.market.Attacks.rejects;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.mdlab.market.ConvexCost;
import org.mdlab.market.Market;
import org.mdlab.market.ValueDistribution;

/**
 * Bad input at every public entry point of {@code org.mdlab.screening}: each must fail with an
 * {@link IllegalArgumentException} whose message names the offending argument.
 */
class ScreeningAttackTest {

    private static final ConvexCost COST = ConvexCost.quadratic(1, 4);
    private static final Market THREE = Market.uniform(1, 2, 3);
    private static final Menu MENU = NonlinearPricing.optimal(THREE, COST).menu();
    private static final TokenTechnology SQRT = TokenTechnology.of(0.5, 1, 100);

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
                Arbitraries.integers().between(3, Integer.MAX_VALUE));
    }

    @Property(tries = 20)
    void nonlinearPricingRejectsNullsAndBadGrids(@ForAll @IntRange(min = Integer.MIN_VALUE, max = 1) int points) {
        rejects("types", () -> NonlinearPricing.optimal((Market) null, COST));
        rejects("cost", () -> NonlinearPricing.optimal(THREE, null));
        rejects("types", () -> NonlinearPricing.optimal((ValueDistribution) null, COST, 11));
        rejects("cost", () -> NonlinearPricing.optimal(ValueDistribution.uniform(0, 1), null, 11));
        rejects("gridPoints", () -> NonlinearPricing.optimal(ValueDistribution.uniform(0, 1), COST, points));
        rejects("gridPoints", () -> NonlinearPricing.optimal(ValueDistribution.uniform(0, 1), COST,
                NonlinearPricing.MAX_GRID_POINTS + 1));
    }

    @Property(tries = 30)
    void menusRejectBadArrays(@ForAll("notFinite") double bad) {
        rejects("types", () -> new Menu(null, new double[] {1}, new double[] {0}, new double[] {0}));
        rejects("masses", () -> new Menu(new double[] {1}, null, new double[] {0}, new double[] {0}));
        rejects("qualities", () -> new Menu(new double[] {1}, new double[] {1}, new double[] {bad}, new double[] {0}));
        rejects("prices", () -> new Menu(new double[] {1}, new double[] {1}, new double[] {0}, new double[] {bad}));
        rejects("types", () -> new Menu(new double[] {2, 1}, new double[] {0.5, 0.5}, new double[] {0, 0}, new double[] {0, 0}));
    }

    @Property(tries = 30)
    void menuIndicesAreChecked(@ForAll("badIndex") int k) {
        rejects("type", () -> MENU.payoff(k, 0));
        rejects("item", () -> MENU.payoff(0, k));
        rejects("menu", () -> MenuAudit.of(null));
    }

    @Property(tries = 30)
    void tariffsRejectBadPoints(@ForAll("notFinite") double bad) {
        rejects("qualities", () -> new Tariff(null, new double[] {0}));
        rejects("prices", () -> new Tariff(new double[] {0}, null));
        rejects("qualities", () -> new Tariff(new double[] {0, bad}, new double[] {0, 1}));
        rejects("prices", () -> Tariff.through(new double[] {0, 1}, new double[] {0, bad}));
        rejects("quality", () -> MENU.tariff().price(bad));
    }

    @Property(tries = 30)
    void tokenPrimitivesRejectBadParameters(@ForAll("negativeOrNotFinite") double bad) {
        rejects("elasticity", () -> TokenTechnology.of(bad, 1, 10));
        rejects("tokenCost", () -> TokenTechnology.of(0.5, bad, 10));
        rejects("maxTokens", () -> TokenTechnology.of(0.5, 1, bad));
        rejects("tokens", () -> SQRT.precision(bad));
        rejects("index", () -> SQRT.demand(bad, 1));
        rejects("pricePerToken", () -> SQRT.demand(1, bad));
        rejects("fixedFee", () -> new TokenPlan(Double.isNaN(bad) || Double.isInfinite(bad) ? bad : Double.NaN, 1));
        rejects("pricePerToken", () -> new TokenPlan(1, bad));
        rejects("tokens", () -> new TokenPlan(1, 1).bill(bad));
        rejects("values", () -> TaskValues.of(bad, 1));
        rejects("values", () -> TaskValues.of((double[]) null));
        rejects("technology", () -> TaskValues.of(1, 2).index(null));
        rejects("tokens", () -> TaskValues.of(1, 2).allocation(bad, SQRT));
    }

    @Property(tries = 10)
    void tokenMenusRejectNulls(@ForAll("notFinite") double bad) {
        rejects("indices", () -> TokenMenu.optimal(null, SQRT));
        rejects("technology", () -> TokenMenu.optimal(THREE, null));
        rejects("menu", () -> TokenPlans.implementing(null));
        rejects("plans", () -> new TokenPlans(null, SQRT));
        rejects("technology", () -> new TokenPlans(List.of(new TokenPlan(0, 1)), null));
        rejects("index", () -> new TokenPlans(List.of(new TokenPlan(0, 1)), SQRT).choice(bad));
        rejects("plans", () -> TokenPlanAudit.of(null, TokenMenu.optimal(THREE, SQRT)));
    }

    @Property(tries = 20)
    void intervalDisclosureRejectsBadPartitions(@ForAll @IntRange(min = -5, max = 10) int start) {
        rejects("prior", () -> IntervalDisclosure.none(null));
        rejects("prior", () -> IntervalDisclosure.full(null));
        rejects("cost", () -> IntervalDisclosure.sellerOptimal(THREE, null));
        rejects("starts", () -> new IntervalDisclosure(THREE, null));
        if (start != 1 && start != 2) {
            rejects("starts", () -> new IntervalDisclosure(THREE, new int[] {0, start}));
        }
        rejects("cost", () -> IntervalDisclosure.none(THREE).screen(null));
    }

    @Property(tries = 30)
    void sequentialScreeningRejectsBadStructures(@ForAll("negativeOrNotFinite") double bad,
                                                 @ForAll @IntRange(min = Integer.MIN_VALUE, max = 1) int points) {
        rejects("typeProbabilities", () -> new SequentialScreening(new double[] {bad, 1}, new double[] {0, 1},
                new double[][] {{0.5, 0.5}, {0.5, 0.5}}));
        rejects("values", () -> new SequentialScreening(new double[] {1}, new double[] {1, bad}, new double[][] {{0.5, 0.5}}));
        rejects("cost", () -> new SequentialScreening(new double[] {1}, new double[] {0, 1}, new double[][] {{0.5, 0.5}}, bad));
        rejects("conditionals", () -> new SequentialScreening(new double[] {1}, new double[] {0, 1}, null));
        rejects("conditionals[0]", () -> new SequentialScreening(new double[] {1}, new double[] {0, 1}, new double[][] {{bad, 1}}));
        rejects("conditionals[0]", () -> new SequentialScreening(new double[] {1}, new double[] {0, 1}, new double[][] {{1}}));
        rejects("points", () -> SequentialScreening.discretised(0, 1, points, new double[] {1}, v -> v));
        rejects("high", () -> SequentialScreening.discretised(0, bad, 5, new double[] {1}, v -> v));
        rejects("cdfs[0]", () -> SequentialScreening.discretised(0, 1, 5, new double[] {1}, (java.util.function.DoubleUnaryOperator) null));
        rejects("types × points", () -> SequentialScreening.discretised(0, 1, SequentialScreening.MAX_LP_CELLS + 1,
                new double[] {1}, v -> v));
        rejects("tilts", () -> SequentialScreening.tilted(new double[] {0.5, 0.5}, new double[] {0, 1}, new double[] {2, 1}));
        rejects("tilts", () -> SequentialScreening.tilted(new double[] {1}, new double[] {0, 1}, new double[] {bad}));
        rejects("b", () -> SequentialScreening.uniformCdf(0, bad));
    }

    @Property(tries = 30)
    void sequentialAccessorsCheckTheirIndices(@ForAll("badIndex") int k) {
        SequentialScreening s = SequentialScreening.tilted(new double[] {0.5, 0.5}, new double[] {0, 1, 2}, new double[] {1, 2});
        rejects("type", () -> s.typeProbability(k));
        rejects("value", () -> s.value(k));
        rejects("type", () -> s.probability(k, 0));
        rejects("value", () -> s.probability(0, k));
        rejects("options", () -> s.solve(null));
        SequentialMenu m = s.solve().value();
        rejects("type", () -> m.payoff(k, 0));
        rejects("i", () -> m.exAnteUtility(k, 0));
        rejects("i", () -> m.advancePayment(k));
    }

    @Property(tries = 20)
    void sequentialMenusRejectBadAllocations(@ForAll("negativeOrNotFinite") double bad) {
        SequentialScreening s = SequentialScreening.tilted(new double[] {1}, new double[] {0, 1}, new double[] {1});
        rejects("problem", () -> new SequentialMenu(null, new double[][] {{0, 1}}, new double[][] {{0, 0}}));
        rejects("allocation", () -> new SequentialMenu(s, null, new double[][] {{0, 0}}));
        rejects("allocation", () -> new SequentialMenu(s, new double[][] {{bad, 1}}, new double[][] {{0, 0}}));
        rejects("payment", () -> new SequentialMenu(s, new double[][] {{0, 1}}, new double[][] {{0, Double.NaN}}));
    }
}
