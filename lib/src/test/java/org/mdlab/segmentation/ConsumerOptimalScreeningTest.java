package org.mdlab.segmentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mdlab.market.DemandElasticity;
import org.mdlab.market.Market;
import org.mdlab.market.ConvexCost;
import org.mdlab.optimisation.Solution;
import org.mdlab.screening.MenuAudit;

class ConsumerOptimalScreeningTest {

    private static final ConvexCost QUADRATIC = ConvexCost.quadratic(1, 100);
    private static final double[] GEOMETRIC = {1, 1.5, 2.25};

    private static ScreeningSegmentation best(Market m, ConvexCost cost, int resolution) {
        Solution<ConsumerOptimalScreening.Optimum> r = ConsumerOptimalScreening.solve(m, cost, resolution);
        assertTrue(r.isOptimal(), () -> "status " + r.status());
        return r.value().segmentation();
    }

    @Test
    void oneTwoThreeReachesTheHandDerivedFiveTwelfthsOnAGridContainingIt() {
        // N = 60 contains the segments (2/3, 1/6, 1/6) and (0, 1/2, 1/2) whose mixture gives CS = 5/12
        // (ScreeningSegmentationTest); the LP can only do better, and never beyond E[v^2]/4 = 14/12.
        ScreeningSegmentation s = best(Market.uniform(1, 2, 3), QUADRATIC, 60);
        assertTrue(s.consumerSurplus() >= 5.0 / 12 - 1e-9, () -> "CS " + s.consumerSurplus());
        assertTrue(s.consumerSurplus() <= 14.0 / 12);
        assertTrue(s.averagingViolation() <= 1e-9);
        assertEquals(0.0, s.qualitySpread(), 1e-6);
    }

    @Test
    void theQuadraticBoundIsAQuarterOfTheSecondMoment() {
        // E[v^2] = (1 + 4 + 9)/3 = 14/3; with k = 2 the bound is 14/3 / 8 = 7/12.
        assertEquals(7.0 / 12, ConsumerOptimalScreening.quadraticCostBound(Market.uniform(1, 2, 3), 2), 1e-12);
    }

    @Property(tries = 25)
    void theSearchBeatsNoSegmentationAndTheScreenedGreedySegmentsAndRespectsTheBound(
            @ForAll @LongRange(min = 0, max = 1_000_000) long seed, @ForAll @IntRange(min = 1, max = 4) int k) {
        Market m = Market.random(k, seed);
        ScreeningSegmentation s = best(m, QUADRATIC, 8);
        assertTrue(s.averagingViolation() <= 1e-9);
        assertTrue(s.consumerSurplus() >= ScreeningSegmentation.unsegmented(m, QUADRATIC).consumerSurplus() - 1e-9);
        assertTrue(s.consumerSurplus()
                >= ScreeningSegmentation.screening(Segmentation.consumerOptimal(m), QUADRATIC).consumerSurplus() - 1e-9);
        assertTrue(s.consumerSurplus() <= ConsumerOptimalScreening.quadraticCostBound(m, 1) + 1e-9);
        assertTrue(s.size() <= k, "a basic optimum uses at most one segment per value");
        for (ScreenedSegment segment : s.segments()) {
            assertTrue(MenuAudit.of(segment.market().solution().menu()).holds(1e-7));
        }
    }

    @Property(tries = 20)
    void zoomRoundsNeverLowerTheValueAndKeepAValidSegmentation(@ForAll @LongRange(min = 0, max = 1_000_000) long seed,
            @ForAll @IntRange(min = 2, max = 4) int k) {
        // Each round keeps the previous optimum among its candidates; 1e-7 is the simplex tolerance.
        Market m = Market.random(k, seed);
        double grid = best(m, QUADRATIC, 8).consumerSurplus();
        Solution<ConsumerOptimalScreening.Optimum> zoomed = ConsumerOptimalScreening.solve(m, QUADRATIC, 8, 6);
        ScreeningSegmentation s = zoomed.value().segmentation();
        assertTrue(s.consumerSurplus() >= grid - 1e-7, () -> s.consumerSurplus() + " < " + grid);
        assertTrue(s.consumerSurplus() <= ConsumerOptimalScreening.quadraticCostBound(m, 1) + 1e-9);
        assertTrue(s.averagingViolation() <= 1e-9);
    }

    @Test
    void zoomingFromACoarseGridApproachesFiveTwelfthsWithOneQualityPerValue() {
        // 5/12 (the hand-derived segmentation) is not on the grid N = 10 or its dyadic refinements; twenty
        // rounds bring the segments within 10 / 2^20 of it. CS is flat at the optimum, so the spread of
        // qualities converges more slowly than the value.
        ScreeningSegmentation s = ConsumerOptimalScreening.solve(Market.uniform(1, 2, 3), QUADRATIC, 10, 20)
                .value().segmentation();
        assertEquals(5.0 / 12, s.consumerSurplus(), 1e-6);
        assertTrue(s.qualitySpread() <= 5e-3, () -> "spread " + s.qualitySpread());
        assertEquals(0.0, s.monotonicityViolation(), 1e-9);
    }

    @Test
    void refiningTheGridNeverLowersTheValue() {
        // The grid of resolution 2N contains the grid of resolution N.
        Market m = Market.random(3, 7);
        assertTrue(best(m, QUADRATIC, 24).consumerSurplus() >= best(m, QUADRATIC, 12).consumerSurplus() - 1e-9);
    }

    @ParameterizedTest
    @ValueSource(doubles = {2.0, 2.5, 3.0, 5.0})
    void withQuadraticCostSegmentationDoesNotHelpWhenDemandElasticityIsAtLeastTwo(double elasticity) {
        // Derived (BHW threshold with c = q^2/2): h_k = v_k / eps <= v_k / 2 is where the local rent h (v - h)
        // is increasing and concave, so no split of a value's mass across segments raises it.
        Market m = DemandElasticity.constant(GEOMETRIC, elasticity);
        double gain = best(m, QUADRATIC, 60).consumerSurplus() - ScreeningSegmentation.unsegmented(m, QUADRATIC).consumerSurplus();
        assertEquals(0.0, gain, 1e-9);
    }

    @ParameterizedTest
    @ValueSource(doubles = {1.2, 1.5, 1.8})
    void withQuadraticCostSegmentationHelpsWhenDemandElasticityIsBelowTwo(double elasticity) {
        // Derived: with h_k = v_k / eps > v_k / 2 the local rent h (v - h) is past its peak v^2/4, and
        // segments that bring h back to v/2 raise consumer surplus.
        Market m = DemandElasticity.constant(GEOMETRIC, elasticity);
        double gain = best(m, QUADRATIC, 60).consumerSurplus() - ScreeningSegmentation.unsegmented(m, QUADRATIC).consumerSurplus();
        assertTrue(gain > 1e-3, () -> "gain " + gain);
    }

    @ParameterizedTest
    @ValueSource(doubles = {1.3, 1.6, 2.0})
    void withCubicCostTheThresholdIsThreeHalves(double elasticity) {
        // Derived: c(q) = q^3/3 gives Q(phi) = sqrt(phi^+), local rent h sqrt(v - h), maximised at
        // h = 2v/3, i.e. elasticity v/h = 3/2 = gamma/(gamma - 1) for c = q^gamma/gamma: segmentation helps
        // below 3/2 and not above.
        ConvexCost cubic = ConvexCost.of(q -> q * q * q / 3, q -> q * q, 10);
        Market m = DemandElasticity.constant(GEOMETRIC, elasticity);
        double gain = best(m, cubic, 40).consumerSurplus() - ScreeningSegmentation.unsegmented(m, cubic).consumerSurplus();
        if (elasticity < 1.5) {
            assertTrue(gain > 1e-3, () -> "gain " + gain);
        } else {
            assertEquals(0.0, gain, 1e-9);
        }
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.5, 0.8})
    void withUnitDemandSegmentationHelpsBelowElasticityOneAsInBbm(double elasticity) {
        // c = 0 on [0, 1] is unit demand. Below elasticity 1 the uniform price exceeds v_1 and BBM's
        // consumer-optimal segmentation gives w* - pi* > CS at p*; the grid approaches it from below.
        Market m = DemandElasticity.constant(GEOMETRIC, elasticity);
        ConvexCost unit = ConvexCost.quadratic(0, 1);
        double best = best(m, unit, 60).consumerSurplus();
        assertTrue(best > ScreeningSegmentation.unsegmented(m, unit).consumerSurplus() + 1e-3);
        assertTrue(best <= m.efficientSurplus() - m.monopolyProfit() + 1e-9);
    }

    @ParameterizedTest
    @ValueSource(doubles = {1.2, 2.0, 3.0})
    void withUnitDemandAboveElasticityOneTheUniformPriceIsAlreadyConsumerOptimal(double elasticity) {
        // All virtual values v_k - h_k > 0: everyone is served at price v_1, CS = w* - pi*, BBM's corner.
        Market m = DemandElasticity.constant(GEOMETRIC, elasticity);
        ConvexCost unit = ConvexCost.quadratic(0, 1);
        double unsegmented = ScreeningSegmentation.unsegmented(m, unit).consumerSurplus();
        assertEquals(m.efficientSurplus() - m.monopolyProfit(), unsegmented, 1e-9);
        assertEquals(unsegmented, best(m, unit, 60).consumerSurplus(), 1e-9);
    }

    @Test
    void badArgumentsAreRejectedWithTheRuleNamed() {
        Market m = Market.uniform(1, 2, 3);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ConsumerOptimalScreening.solve(m, QUADRATIC, 0))
                .getMessage().contains("resolution"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> ConsumerOptimalScreening.solve(Market.random(12, 1), QUADRATIC, 40)).getMessage()
                .contains("grid candidates"));
        assertThrows(IllegalArgumentException.class, () -> ConsumerOptimalScreening.solve(null, QUADRATIC, 4));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ConsumerOptimalScreening.solve(m, QUADRATIC, 4, -1))
                .getMessage().contains("zoomRounds"));
        assertThrows(IllegalArgumentException.class, () -> ConsumerOptimalScreening.quadraticCostBound(m, 0));
    }
}
