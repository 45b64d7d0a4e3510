package org.mdlab.segmentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.mdlab.market.Market;

class SegmentationTest {

    private static final double EPS = 1e-12;
    private static final Market ONE_TWO_THREE = Market.uniform(1, 2, 3);

    @Test
    void consumerOptimalSegmentationOfOneTwoThreeReachesTwoThirdsFourThirds() {
        // w* = 2, pi* = 4/3 (papers.md §1), so the consumer-optimal vertex is (2/3, 4/3).
        Segmentation s = Segmentation.consumerOptimal(ONE_TWO_THREE);
        assertEquals(3, s.size());
        assertEquals(2.0 / 3, s.consumerSurplus(), EPS);
        assertEquals(4.0 / 3, s.producerSurplus(), EPS);
        assertTrue(s.verify().holds(EPS));
    }

    @Test
    void uniformPricingOfOneTwoThreeGivesOneThirdFourThirds() {
        Segmentation s = Segmentation.uniformPricing(ONE_TWO_THREE);
        assertEquals(1.0 / 3, s.consumerSurplus(), EPS);
        assertEquals(4.0 / 3, s.producerSurplus(), EPS);
    }

    @Test
    void perfectDiscriminationOfOneTwoThreeGivesTheSellerTwo() {
        Segmentation s = Segmentation.producerOptimal(ONE_TWO_THREE);
        assertEquals(0, s.consumerSurplus(), EPS);
        assertEquals(2, s.producerSurplus(), EPS);
        assertTrue(s.verify().holds(EPS));
    }

    @Test
    void verifyReportsAPriceThatIsNotOptimalAndSegmentsThatDoNotAverageBack() {
        // Pricing the aggregate at 3 earns 1 instead of pi* = 4/3: shortfall 1/3.
        Segmentation wrongPrice = Segmentation.of(ONE_TWO_THREE, List.of(new Segment(1, ONE_TWO_THREE, 3)));
        assertEquals(1.0 / 3, wrongPrice.verify().obedienceError(), EPS);
        assertEquals(0, wrongPrice.verify().averagingError(), EPS);
        // One segment (1/2, 1/2, 0) at price 1 against the aggregate (1/3, 1/3, 1/3): largest gap 1/3 at v = 3.
        Market other = Market.of(new double[] {1, 2, 3}, new double[] {0.5, 0.5, 0});
        Segmentation wrongMarket = Segmentation.of(ONE_TWO_THREE, List.of(new Segment(1, other, 1)));
        assertEquals(1.0 / 3, wrongMarket.verify().averagingError(), EPS);
        assertEquals(1.0 / 3, wrongMarket.verify().violation(), EPS);
    }

    @Test
    void malformedSegmentationsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> Segmentation.of(ONE_TWO_THREE, List.of()));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> Segmentation.of(ONE_TWO_THREE, List.of(new Segment(0.5, ONE_TWO_THREE, 2)))).getMessage()
                .contains("sum to 1"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> Segmentation.of(ONE_TWO_THREE, List.of(new Segment(1, Market.uniform(1, 2), 2)))).getMessage()
                .contains("segment 0 must be on the aggregate's values"));
    }

    @Test
    void aPointOutsideTheTriangleIsRejected() {
        // (1, 1.2): ps < pi* = 4/3. (0.5, 1.6): cs + ps = 2.1 > w* = 2.
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Segmentation.reaching(ONE_TWO_THREE, 1, 1.2))
                .getMessage().contains("must lie in the welfare triangle"));
        assertThrows(IllegalArgumentException.class, () -> Segmentation.reaching(ONE_TWO_THREE, 0.5, 1.6));
        assertThrows(IllegalArgumentException.class, () -> Segmentation.reaching(ONE_TWO_THREE, -0.1, 1.5));
        assertThrows(IllegalArgumentException.class, () -> Segmentation.reaching(ONE_TWO_THREE, Double.NaN, 1.5));
    }

    @Property(tries = 200)
    void consumerOptimalSegmentationIsValidEfficientAndLeavesTheSellerPiStar(
            @ForAll @LongRange(min = 0, max = 1_000_000) long seed, @ForAll @IntRange(min = 1, max = 20) int k) {
        Market m = Market.random(k, seed);
        Segmentation s = Segmentation.consumerOptimal(m);
        assertTrue(s.verify().holds(1e-12), () -> s.verify().toString());
        assertEquals(m.efficientSurplus(), s.consumerSurplus() + s.producerSurplus(), 1e-12);
        assertEquals(m.monopolyProfit(), s.producerSurplus(), 1e-12);
    }

    @Property(tries = 200)
    void everyVertexOfTheTriangleIsReachedByAValidSegmentation(
            @ForAll @LongRange(min = 0, max = 1_000_000) long seed, @ForAll @IntRange(min = 1, max = 20) int k) {
        Market m = Market.random(k, seed);
        double pi = m.monopolyProfit();
        double w = m.efficientSurplus();
        assertReached(m, Segmentation.surplusMinimising(m), 0, pi);
        assertReached(m, Segmentation.producerOptimal(m), 0, w);
        assertReached(m, Segmentation.consumerOptimal(m), w - pi, pi);
        assertReached(m, Segmentation.reaching(m, 0, pi), 0, pi);
        assertReached(m, Segmentation.reaching(m, 0, w), 0, w);
        assertReached(m, Segmentation.reaching(m, w - pi, pi), w - pi, pi);
    }

    @Property(tries = 200)
    void randomInteriorPointsAreReachedAndOutsidePointsRejected(
            @ForAll @LongRange(min = 0, max = 1_000_000) long seed, @ForAll @IntRange(min = 2, max = 20) int k) {
        Market m = Market.random(k, seed);
        double pi = m.monopolyProfit();
        double g = m.efficientSurplus() - pi;
        SplittableRandom rng = new SplittableRandom(seed * 31 + k);
        double a = rng.nextDouble();
        double b = rng.nextDouble();
        if (a + b > 1) {
            a = 1 - a;
            b = 1 - b;
        }
        double cs = a * g;
        double ps = pi + b * g;
        assertReached(m, Segmentation.reaching(m, cs, ps), cs, ps);
        double margin = 1e-6 + rng.nextDouble() * g;
        assertThrows(IllegalArgumentException.class, () -> Segmentation.reaching(m, cs, pi - margin));
        assertThrows(IllegalArgumentException.class, () -> Segmentation.reaching(m, -margin, ps));
        assertThrows(IllegalArgumentException.class,
                () -> Segmentation.reaching(m, cs + margin, m.efficientSurplus() - cs));
    }

    @Property(tries = 200)
    void noSegmentationWithOptimalPricesLeavesTheTriangle(@ForAll @LongRange(min = 0, max = 1_000_000) long seed,
            @ForAll @IntRange(min = 1, max = 12) int k) {
        // BBM (2015), Theorem 1, the "only if" half: a random split of x* into lambda y + (1 - lambda) r,
        // with y a random market, lambda = min_k x*_k / y_k and r the residual, each segment priced at an
        // optimal uniform price, lands inside the triangle.
        Market m = Market.random(k, seed);
        SplittableRandom rng = new SplittableRandom(seed ^ 0x5DEECE66DL);
        double[] y = new double[k];
        double total = 0;
        for (int i = 0; i < k; i++) {
            y[i] = rng.nextDouble() < 0.3 ? 0 : rng.nextDouble();
            total += y[i];
        }
        if (total == 0) {
            y[0] = total = 1;
        }
        double lambda = 1;
        for (int i = 0; i < k; i++) {
            y[i] /= total;
            if (y[i] > 0) {
                lambda = Math.min(lambda, m.probability(i) / y[i]);
            }
        }
        List<Segment> segments = new ArrayList<>();
        Market first = Market.of(m.values(), y);
        segments.add(new Segment(lambda, first, first.monopolyPrice()));
        if (lambda < 1 - 1e-9) {
            double[] r = new double[k];
            for (int i = 0; i < k; i++) {
                r[i] = Math.max(0, (m.probability(i) - lambda * y[i]) / (1 - lambda));
            }
            double sum = Arrays.stream(r).sum();
            for (int i = 0; i < k; i++) {
                r[i] /= sum;
            }
            Market rest = Market.of(m.values(), r);
            segments.add(new Segment(1 - lambda, rest, rest.monopolyPrice()));
        }
        Segmentation s = Segmentation.of(m, segments);
        assertTrue(s.verify().holds(1e-9), () -> s.verify().toString());
        WelfareTriangle triangle = WelfareTriangle.of(m);
        double cs = s.consumerSurplus();
        double ps = s.producerSurplus();
        assertTrue(cs >= -1e-9 && ps >= m.monopolyProfit() - 1e-9 && cs + ps <= m.efficientSurplus() + 1e-9,
                () -> "(" + cs + ", " + ps + ") outside " + triangle);
    }

    private static void assertReached(Market m, Segmentation s, double cs, double ps) {
        assertTrue(s.verify().holds(1e-12), () -> s.verify().toString());
        assertEquals(cs, s.consumerSurplus(), 1e-12);
        assertEquals(ps, s.producerSurplus(), 1e-12);
        assertEquals(m, s.aggregate());
    }
}
