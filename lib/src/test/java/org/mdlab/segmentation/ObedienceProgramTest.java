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
import org.mdlab.optimisation.Solution;

class ObedienceProgramTest {

    private static final double LP = 1e-7;

    @Test
    void maximumConsumerSurplusOfOneTwoThreeIsTwoThirds() {
        // BBM (2015), Theorem 1: max CS = w* - pi* = 2 - 4/3.
        Solution<Segmentation> s = ObedienceProgram.solveConsumerOptimal(Market.uniform(1, 2, 3));
        assertTrue(s.isOptimal());
        Segmentation seg = s.value();
        assertEquals(2.0 / 3, seg.consumerSurplus(), LP);
        assertEquals(4.0 / 3, seg.producerSurplus(), LP);
        assertTrue(seg.verify().holds(LP));
    }

    @Test
    void theCentroidOfTheOneTwoThreeTriangleIsReached() {
        // Centroid of (0, 4/3), (0, 2), (2/3, 4/3): (2/9, 14/9).
        Segmentation seg = ObedienceProgram.solveReaching(Market.uniform(1, 2, 3), 2.0 / 9, 14.0 / 9)
                .value();
        assertEquals(2.0 / 9, seg.consumerSurplus(), LP);
        assertEquals(14.0 / 9, seg.producerSurplus(), LP);
        assertTrue(seg.verify().holds(LP));
    }

    @Test
    void aPointOutsideTheTriangleIsRejectedBeforeSolving() {
        assertThrows(IllegalArgumentException.class, () -> ObedienceProgram.solveReaching(Market.uniform(1, 2, 3), 1, 1.5));
    }

    @Property(tries = 15)
    void linearProgramAndGreedyAgreeOnMaximumConsumerSurplus(@ForAll @LongRange(min = 0, max = 1_000_000) long seed,
            @ForAll @IntRange(min = 1, max = 7) int k) {
        Market m = Market.random(k, seed);
        Segmentation seg = ObedienceProgram.solveConsumerOptimal(m).value();
        assertEquals(GreedySegmentation.of(m).consumerSurplus(), seg.consumerSurplus(), LP);
        assertTrue(seg.verify().holds(LP));
    }

    @Property(tries = 10)
    void optimalConsumerSurplusIsEfficientSurplusLessMonopolyProfit(
            @ForAll @LongRange(min = 0, max = 1_000_000) long seed, @ForAll @IntRange(min = 2, max = 12) int k) {
        // BBM (2015), Theorem 1: the consumer-optimal segmentation gives CS = w* - pi* and PS = pi*, with
        // w* = sum_k x_k v_k and pi* = max_p p D(p) computed from the market alone, not by the solver.
        Market m = Market.random(k, seed);
        Solution<Segmentation> s = ObedienceProgram.solveConsumerOptimal(m);
        assertTrue(s.isOptimal(), () -> "status " + s.status());
        Segmentation seg = s.value();
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
        Solution<Segmentation> s = ObedienceProgram.solveReaching(m, a * g, pi + b * g);
        assertTrue(s.isOptimal(), () -> "status " + s.status());
        Segmentation seg = s.value();
        assertEquals(a * g, seg.consumerSurplus(), LP);
        assertEquals(pi + b * g, seg.producerSurplus(), LP);
        assertTrue(seg.verify().holds(LP), () -> seg.verify().toString());
    }
}
