package org.mdlab.segmentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.mdlab.market.Market;

class ObedienceProgramTest {

    private static final double LP = 1e-7;

    @Test
    void maximumConsumerSurplusOfOneTwoThreeIsTwoThirds() {
        // BBM (2015), Theorem 1: max CS = w* - pi* = 2 - 4/3.
        ObedienceProgram.Solution s = ObedienceProgram.maximiseConsumerSurplus(Market.uniform(1, 2, 3));
        assertTrue(s.state().isOptimal());
        Segmentation seg = s.segmentation().orElseThrow();
        assertEquals(2.0 / 3, seg.consumerSurplus(), LP);
        assertEquals(4.0 / 3, seg.producerSurplus(), LP);
        assertTrue(seg.verify().holds(LP));
    }

    @Test
    void theCentroidOfTheOneTwoThreeTriangleIsReached() {
        // Centroid of (0, 4/3), (0, 2), (2/3, 4/3): (2/9, 14/9).
        Segmentation seg = ObedienceProgram.reaching(Market.uniform(1, 2, 3), 2.0 / 9, 14.0 / 9)
                .segmentation().orElseThrow();
        assertEquals(2.0 / 9, seg.consumerSurplus(), LP);
        assertEquals(14.0 / 9, seg.producerSurplus(), LP);
        assertTrue(seg.verify().holds(LP));
    }

    @Test
    void aPointOutsideTheTriangleIsRejectedBeforeSolving() {
        assertThrows(IllegalArgumentException.class, () -> ObedienceProgram.reaching(Market.uniform(1, 2, 3), 1, 1.5));
    }

    @Property(tries = 15)
    void linearProgramAndGreedyAgreeOnMaximumConsumerSurplus(@ForAll @LongRange(min = 0, max = 1_000_000) long seed,
            @ForAll @IntRange(min = 1, max = 7) int k) {
        Market m = Market.random(k, seed);
        Segmentation seg = ObedienceProgram.maximiseConsumerSurplus(m).segmentation().orElseThrow();
        assertEquals(GreedySegmentation.of(m).consumerSurplus(), seg.consumerSurplus(), LP);
        assertTrue(seg.verify().holds(LP));
    }

    @Property(tries = 10)
    void optimalConsumerSurplusIsEfficientSurplusLessMonopolyProfit(
            @ForAll @LongRange(min = 0, max = 1_000_000) long seed, @ForAll @IntRange(min = 2, max = 12) int k) {
        // BBM (2015), Theorem 1: the consumer-optimal segmentation gives CS = w* - pi* and PS = pi*, with
        // w* = sum_k x_k v_k and pi* = max_p p D(p) computed from the market alone, not by the solver.
        Market m = Market.random(k, seed);
        ObedienceProgram.Solution s = ObedienceProgram.maximiseConsumerSurplus(m);
        assertTrue(s.state().isOptimal(), () -> "state " + s.state());
        Segmentation seg = s.segmentation().orElseThrow();
        assertEquals(m.efficientSurplus() - m.monopolyProfit(), seg.consumerSurplus(), LP);
        assertEquals(m.monopolyProfit(), seg.producerSurplus(), LP);
        assertTrue(seg.verify().holds(LP), () -> seg.verify().toString());
    }

    @Property(tries = 15)
    void randomPointsOfTheTriangleAreReachedByTheLinearProgram(@ForAll @LongRange(min = 0, max = 1_000_000) long seed,
            @ForAll @IntRange(min = 2, max = 6) int k) {
        // A uniformly drawn point pi* + (a g, b g) with a + b <= 1 and g = w* - pi* lies in the triangle.
        Market m = Market.random(k, seed);
        double pi = m.monopolyProfit();
        double g = m.efficientSurplus() - pi;
        SplittableRandom rng = new SplittableRandom(seed);
        double a = rng.nextDouble();
        double b = rng.nextDouble();
        if (a + b > 1) {
            a = 1 - a;
            b = 1 - b;
        }
        ObedienceProgram.Solution s = ObedienceProgram.reaching(m, a * g, pi + b * g);
        assertTrue(s.state().isFeasible(), () -> "state " + s.state());
        Segmentation seg = s.segmentation().orElseThrow();
        assertEquals(a * g, seg.consumerSurplus(), LP);
        assertEquals(pi + b * g, seg.producerSurplus(), LP);
        assertTrue(seg.verify().holds(LP), () -> seg.verify().toString());
    }
}
