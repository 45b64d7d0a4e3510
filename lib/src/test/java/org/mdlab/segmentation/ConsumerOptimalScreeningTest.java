package org.mdlab.segmentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.mdlab.market.ConvexCost;
import org.mdlab.market.DemandElasticity;
import org.mdlab.market.Market;
import org.mdlab.optimisation.Solution;
import org.mdlab.optimisation.Status;

class ConsumerOptimalScreeningTest {

    private static final ConvexCost QUADRATIC = ConvexCost.quadratic(1, 1000);

    private static double[] arithmetic(int n) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = 1 + 0.1 * i;
        }
        return v;
    }

    private static ScreeningSegmentation certified(Market m, ConvexCost cost) {
        Solution<ConsumerOptimalScreening.Optimum> r = ConsumerOptimalScreening.solve(m, cost);
        assertEquals(Status.OPTIMAL, r.status(), () -> r.diagnostics().note());
        return r.value().segmentation();
    }

    @Test
    void oneTwoThreeReachesTheHandDerivedFiveTwelfthsWithACertificate() {
        // Derived by hand: segments (2/3, 1/6, 1/6) and (0, 1/2, 1/2) with weight 1/2 each have h = v/2 below
        // the top, so value 1 earns h q = (1/2)(1/2) and value 2 earns 1·1: CS = (1/3)(1/4) + (1/3)(1) = 5/12,
        // which equals the pointwise bound Σ_{k<K} x_k v_k^2/4 = (1 + 4)/12.
        Solution<ConsumerOptimalScreening.Optimum> r = ConsumerOptimalScreening.solve(Market.uniform(1, 2, 3), QUADRATIC);
        assertEquals(Status.OPTIMAL, r.status());
        assertEquals(5.0 / 12, r.value().segmentation().consumerSurplus(), 1e-9);
        assertEquals(0, r.diagnostics().errorBound().orElseThrow(), 1e-9);
        assertEquals(0, r.value().segmentation().qualitySpread(), 1e-9);
    }

    @ParameterizedTest
    @CsvSource({"10, 2.1", "10, 3", "20, 2.2", "30, 2.05", "30, 4"})
    void aboveElasticityTwoNoSegmentationHelpsOnTenToThirtyValues(int n, double elasticity) {
        // BHW threshold for c = q^2/2: with h*_k = v_k/eps <= v_k/2 every local rent h(v-h) is on its rising
        // side, so the rent bound equals the unsegmented surplus Σ x_k h*_k (v_k - h*_k) (no ironing: φ rises).
        Market m = DemandElasticity.constant(arithmetic(n), elasticity);
        double[] h = DemandElasticity.inverseHazardRates(m);
        double closedForm = 0;
        for (int k = 0; k < n; k++) {
            closedForm += m.probability(k) * h[k] * (m.value(k) - h[k]);
        }
        assertEquals(closedForm, certified(m, QUADRATIC).consumerSurplus(), 1e-9 * closedForm);
    }

    @ParameterizedTest
    @CsvSource({"10, 1.9", "13, 1.5", "20, 1.95", "30, 1.2", "30, 1.8"})
    void belowElasticityTwoTheSegmentationReachesTheQuarterSecondMomentBelowTheTop(int n, double elasticity) {
        // Below the threshold the aggregate splits into truncated elasticity-2 markets, so every value below the
        // top earns the peak local rent v^2/4: CS = Σ_{k<K} x_k v_k^2 / 4, strictly above no segmentation.
        Market m = DemandElasticity.constant(arithmetic(n), elasticity);
        double peak = 0;
        for (int k = 0; k < n - 1; k++) {
            peak += m.probability(k) * m.value(k) * m.value(k) / 4;
        }
        ScreeningSegmentation best = certified(m, QUADRATIC);
        assertEquals(peak, best.consumerSurplus(), 1e-7 * peak);
        assertTrue(best.consumerSurplus() > ScreeningSegmentation.unsegmented(m, QUADRATIC).consumerSurplus() + 1e-5);
    }

    @Test
    void thirteenValuesBelowTheThresholdGainWhereTheOldGridFoundNothing() {
        // The defect of the grid search: on 13 values its cap left resolution about 8. Here the certified
        // optimum gains Σ_{k<K} x_k v_k^2/4 - CS(unsegmented) > 0 (closed forms of the two previous tests).
        Market m = DemandElasticity.constant(arithmetic(13), 1.6);
        double gain = certified(m, QUADRATIC).consumerSurplus() - ScreeningSegmentation.unsegmented(m, QUADRATIC).consumerSurplus();
        assertTrue(gain > 1e-3, () -> "gain " + gain);
    }

    @Property(tries = 4)
    void onRandomMarketsTheValueIsCertifiedAndBeatsNoSegmentationAndTheExtremalGreedy(
            @ForAll @LongRange(min = 0, max = 1_000_000) long seed, @ForAll @IntRange(min = 4, max = 8) int n) {
        Market m = Market.random(n, seed);
        Solution<ConsumerOptimalScreening.Optimum> r = ConsumerOptimalScreening.solve(m, QUADRATIC);
        assertEquals(Status.OPTIMAL, r.status(), () -> r.diagnostics().note());
        ScreeningSegmentation s = r.value().segmentation();
        assertTrue(s.averagingViolation() < 1e-9);
        assertTrue(s.consumerSurplus() <= r.value().upperBound().orElseThrow() + 1e-12);
        assertTrue(s.consumerSurplus() >= ScreeningSegmentation.unsegmented(m, QUADRATIC).consumerSurplus() - 1e-9);
        // greedy <= bound and CS >= bound - gap: CS can fall short of greedy by at most the certified gap
        double gap = r.diagnostics().errorBound().orElseThrow();
        assertTrue(s.consumerSurplus() >= ScreeningExtremalMarkets.greedy(m, QUADRATIC).consumerSurplus() - gap - 1e-12);
    }

    @ParameterizedTest
    @ValueSource(doubles = {1.3, 1.45, 1.6, 2.0})
    void withCubicCostTheThresholdIsThreeHalves(double elasticity) {
        // Derived: c = q^3/3 gives Q(φ) = sqrt(φ^+), local rent h sqrt(v - h), maximised at h = 2v/3, elasticity
        // 3/2. Below it the truncated elasticity-3/2 markets give each value below the top its peak rent
        // (2v/3) sqrt(v/3); above it the search finds no gain (no proven bound for this cost: ITERATION_LIMIT).
        ConvexCost cubic = ConvexCost.power(3, 100);
        Market m = DemandElasticity.constant(arithmetic(10), elasticity);
        Solution<ConsumerOptimalScreening.Optimum> r = ConsumerOptimalScreening.solve(m, cubic);
        assertEquals(Status.ITERATION_LIMIT, r.status());
        double cs = r.payload().orElseThrow().segmentation().consumerSurplus();
        double unsegmented = ScreeningSegmentation.unsegmented(m, cubic).consumerSurplus();
        if (elasticity < 1.5) {
            double peak = 0;
            for (int k = 0; k < m.size() - 1; k++) {
                peak += m.probability(k) * (2 * m.value(k) / 3) * Math.sqrt(m.value(k) / 3);
            }
            assertEquals(peak, cs, 1e-7 * peak);
            assertTrue(cs > unsegmented + 1e-5);
        } else {
            assertEquals(unsegmented, cs, 1e-9 * unsegmented);
        }
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.5, 0.8})
    void withUnitDemandBelowElasticityOneTheSearchReachesBbmsCorner(double elasticity) {
        // c = 0 on [0, 1] is unit demand; BBM (2015) Theorem 1: the consumer-optimal CS is w* - π*, and the
        // BBM segments are among the seeds. Screened, a buyer at virtual value exactly 0 gets quality 0, so the
        // search approaches the corner from below and stops when a round gains less than 1e-9 relative: the
        // tolerance is 1e-7 relative, and the corner is never exceeded.
        Market m = DemandElasticity.constant(arithmetic(12), elasticity);
        ConvexCost unit = ConvexCost.quadratic(0, 1);
        double cs = ConsumerOptimalScreening.solve(m, unit).payload().orElseThrow().segmentation().consumerSurplus();
        double corner = m.efficientSurplus() - m.monopolyProfit();
        assertEquals(corner, cs, 1e-7 * corner);
        assertTrue(cs <= corner + 1e-12);
    }

    @Test
    void benefitingAllRaisesNoValuesRentBelowItsUnsegmentedRent() {
        // Property of the side constraints: Σ_s α_s x_s(v_k) U_s(v_k) >= x*_k U*_k for every k, checked from the
        // segments' own menus, and the value lies between no segmentation and the unconstrained optimum.
        Market m = Market.random(5, 11);
        ScreeningSegmentation all = ConsumerOptimalScreening.benefitingAll(m, QUADRATIC,
                org.mdlab.optimisation.SolverOptions.defaults()).payload().orElseThrow().segmentation();
        ScreenedMarket none = ScreenedMarket.of(m, QUADRATIC);
        for (int k = 0; k < m.size(); k++) {
            double rent = 0;
            for (ScreenedSegment s : all.segments()) {
                if (s.market().contains(k)) {
                    rent += s.weight() * s.market().market().probability(k) * s.market().rent(k);
                }
            }
            assertTrue(rent >= m.probability(k) * none.rent(k) - 1e-9, "value " + k);
        }
        assertTrue(all.consumerSurplus() >= none.consumerSurplus() - 1e-9);
        assertTrue(all.consumerSurplus() <= certified(m, QUADRATIC).consumerSurplus() + 1e-9);
    }
}
