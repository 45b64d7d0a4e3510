package org.mdlab.segmentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.LongRange;
import org.mdlab.market.Market;
import org.mdlab.optimisation.Solution;
import org.mdlab.market.ConvexCost;

/**
 * Scale equivariance of the segmentation models: multiplying every value (and the cost of quality) by
 * {@code s = 10^u}, {@code u ∈ [-12, 12]}, multiplies consumer and producer surplus by {@code s} and
 * leaves segment weights and segment markets' masses unchanged. Expected side: the unscaled run times
 * {@code s}; BBM 2015, Theorem 1 gives the LP's optimum {@code w* - π*} at every scale.
 */
class SegmentationScaleTest {

    private static Market scaled(Market m, double s) {
        double[] v = m.values();
        for (int k = 0; k < v.length; k++) {
            v[k] *= s;
        }
        return Market.of(v, m.probabilities());
    }

    private static void assertScaled(double expected, double actual, double s, double relative) {
        assertEquals(expected * s, actual, relative * Math.max(Math.abs(expected * s), Double.MIN_NORMAL));
    }

    @Property(tries = 40)
    void greedySegmentationIsScaleEquivariant(@ForAll @DoubleRange(min = -12, max = 12) double u,
                                              @ForAll @LongRange(min = 1, max = 1_000_000) long seed) {
        double s = Math.pow(10, u);
        Market m = Market.random(6, seed);
        Segmentation base = Segmentation.consumerOptimal(m);
        Segmentation big = Segmentation.consumerOptimal(scaled(m, s));
        assertEquals(base.size(), big.size());
        for (int j = 0; j < base.size(); j++) {
            assertEquals(base.segments().get(j).weight(), big.segments().get(j).weight(), 1e-12);
            assertScaled(base.segments().get(j).price(), big.segments().get(j).price(), s, 1e-12);
        }
        assertScaled(base.consumerSurplus(), big.consumerSurplus(), s, 1e-9);
        assertScaled(base.producerSurplus(), big.producerSurplus(), s, 1e-9);
    }

    @Property(tries = 15)
    void obedienceProgramReachesTheConsumerOptimumAtEveryScale(@ForAll @DoubleRange(min = -12, max = 12) double u,
                                                               @ForAll @LongRange(min = 1, max = 1_000_000) long seed) {
        double s = Math.pow(10, u);
        Market m = scaled(Market.random(4, seed), s);
        Solution<Segmentation> lp = ObedienceProgram.solveConsumerOptimal(m);
        assertTrue(lp.isOptimal(), () -> "status " + lp.status());
        assertScaled(m.efficientSurplus() - m.monopolyProfit(), lp.value().consumerSurplus(), 1, 1e-6);
        assertScaled(m.monopolyProfit(), lp.value().producerSurplus(), 1, 1e-6);
    }

    @Property(tries = 30)
    void theWelfareTriangleIsScaleFree(@ForAll @DoubleRange(min = -12, max = 12) double u,
                                       @ForAll @LongRange(min = 1, max = 1_000_000) long seed) {
        double s = Math.pow(10, u);
        Market m = scaled(Market.random(4, seed), s);
        double gap = m.efficientSurplus() - m.monopolyProfit();
        Segmentation inside = Segmentation.reaching(m, gap / 3, m.monopolyProfit() + gap / 3);
        assertScaled(gap / 3, inside.consumerSurplus(), 1, 1e-9);
        assertThrows(IllegalArgumentException.class,
                () -> Segmentation.reaching(m, m.efficientSurplus() / 2, m.efficientSurplus()));
        assertThrows(IllegalArgumentException.class, () -> Segmentation.reaching(m, -gap / 10, m.monopolyProfit()));
    }

    @Property(tries = 8)
    void consumerOptimalScreeningIsScaleEquivariant(@ForAll @DoubleRange(min = -12, max = 12) double u) {
        double s = Math.pow(10, u);
        // c(q) = k q^2 / 2 with k scaled like the values: qualities φ/k are unchanged, surpluses scale by s
        Market m = Market.uniform(1, 2, 3);
        ScreeningSegmentation base = ConsumerOptimalScreening.solve(m, ConvexCost.quadratic(1, 100)).value().segmentation();
        ScreeningSegmentation big = ConsumerOptimalScreening.solve(scaled(m, s), ConvexCost.quadratic(s, 100)).value()
                .segmentation();
        assertScaled(RentBound.of(m, 1).value(), RentBound.of(scaled(m, s), s).value(), s, 1e-9);
        assertScaled(base.consumerSurplus(), big.consumerSurplus(), s, 1e-7);
        assertScaled(base.producerSurplus(), big.producerSurplus(), s, 1e-7);
    }
}
