package org.mdlab.market;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class MarketTest {

    private static final double EPS = 1e-12;

    // Values {1,2,3} with mass 1/3 each (papers.md §1): revenues 1*1 = 1, 2*(2/3) = 4/3, 3*(1/3) = 1,
    // so p* = 2, pi* = 4/3; w* = (1+2+3)/3 = 2; CS at p = 2 is (3-2)/3 = 1/3.
    private static final Market ONE_TWO_THREE = Market.uniform(1, 2, 3);

    @Test
    void threeValueExampleHasMonopolyPriceTwoAndProfitFourThirds() {
        assertEquals(2.0, ONE_TWO_THREE.monopolyPrice(), EPS);
        assertEquals(4.0 / 3, ONE_TWO_THREE.monopolyProfit(), EPS);
        assertArrayEquals(new double[] {2.0}, ONE_TWO_THREE.optimalPrices(), EPS);
    }

    @Test
    void threeValueExampleHasEfficientSurplusTwoAndConsumerSurplusOneThirdAtTheMonopolyPrice() {
        assertEquals(2.0, ONE_TWO_THREE.efficientSurplus(), EPS);
        assertEquals(1.0 / 3, ONE_TWO_THREE.consumerSurplus(2), EPS);
        assertEquals(4.0 / 3, ONE_TWO_THREE.producerSurplus(2), EPS);
    }

    @Test
    void demandCountsBuyersWhoseValueIsAtLeastThePrice() {
        // D(p) = mass with v >= p: D(0.5) = 1, D(1) = 1, D(1.5) = 2/3, D(3) = 1/3, D(3.1) = 0.
        assertEquals(1.0, ONE_TWO_THREE.demand(0.5), EPS);
        assertEquals(1.0, ONE_TWO_THREE.demand(1), EPS);
        assertEquals(2.0 / 3, ONE_TWO_THREE.demand(1.5), EPS);
        assertEquals(1.0 / 3, ONE_TWO_THREE.demand(3), EPS);
        assertEquals(0.0, ONE_TWO_THREE.demand(3.1), EPS);
        assertEquals(1.5 * 2 / 3, ONE_TWO_THREE.revenue(1.5), EPS);
    }

    @Test
    void revenueAtValueIsValueTimesUpperTailMass() {
        assertEquals(1.0, ONE_TWO_THREE.revenueAtValue(0), EPS);
        assertEquals(4.0 / 3, ONE_TWO_THREE.revenueAtValue(1), EPS);
        assertEquals(1.0, ONE_TWO_THREE.revenueAtValue(2), EPS);
    }

    @Test
    void extremalMarketMakesEveryValueOptimal() {
        // x^{1,2,3} = (1/2, 1/6, 1/3): revenues 1, 2*(1/2) = 1, 3*(1/3) = 1 (BBM 2015, extremal market).
        Market m = Market.of(new double[] {1, 2, 3}, new double[] {0.5, 1.0 / 6, 1.0 / 3});
        assertArrayEquals(new double[] {1, 2, 3}, m.optimalPrices(), EPS);
        assertEquals(1.0, m.monopolyPrice(), EPS);
    }

    @Test
    void valuesAreSortedWithTheirProbabilities() {
        Market m = Market.of(new double[] {3, 1, 2}, new double[] {0.5, 0.2, 0.3});
        assertArrayEquals(new double[] {1, 2, 3}, m.values(), 0);
        assertArrayEquals(new double[] {0.2, 0.3, 0.5}, m.probabilities(), 0);
        assertEquals(3.0, m.value(2), 0);
        assertEquals(0.5, m.probability(2), 0);
        assertEquals(3, m.size());
    }

    @Test
    void arraysAreCopiedOnTheWayInAndOut() {
        double[] v = {1, 2};
        double[] p = {0.5, 0.5};
        Market m = Market.of(v, p);
        v[0] = 9;
        p[0] = 0.9;
        m.values()[1] = 7;
        m.probabilities()[1] = 0.7;
        assertArrayEquals(new double[] {1, 2}, m.values(), 0);
        assertArrayEquals(new double[] {0.5, 0.5}, m.probabilities(), 0);
    }

    @Test
    void equalMarketsAreEqualAndHashAlike() {
        Market a = Market.of(new double[] {2, 1}, new double[] {0.25, 0.75});
        Market b = Market.of(new double[] {1, 2}, new double[] {0.75, 0.25});
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertNotEquals(a, Market.uniform(1, 2));
        assertEquals("Market{1.0: 0.75, 2.0: 0.25}", a.toString());
    }

    @Test
    void badInputIsRejectedWithAMessageNamingTheRule() {
        assertMessage("values must be non-empty", () -> Market.of(new double[0], new double[0]));
        assertMessage("same length", () -> Market.of(new double[] {1, 2}, new double[] {1}));
        assertMessage("values must be finite", () -> Market.of(new double[] {Double.NaN}, new double[] {1}));
        assertMessage("values must be finite", () -> Market.of(new double[] {-1}, new double[] {1}));
        assertMessage("probabilities must be finite and >= 0 (got -0.5",
                () -> Market.of(new double[] {1, 2}, new double[] {-0.5, 1.5}));
        assertMessage("probabilities must be finite", () -> Market.of(new double[] {1}, new double[] {Double.NaN}));
        assertMessage("sum to 1", () -> Market.of(new double[] {1, 2}, new double[] {0.5, 0.47}));
        assertMessage("values must be distinct (got 2.0 twice)",
                () -> Market.of(new double[] {2, 1, 2}, new double[] {0.2, 0.3, 0.5}));
        assertMessage("values must be non-empty", Market::uniform);
        assertMessage("price must be finite", () -> ONE_TWO_THREE.demand(Double.POSITIVE_INFINITY));
        assertMessage("k must be in [0, 3)", () -> ONE_TWO_THREE.value(3));
    }

    private static void assertMessage(String fragment, Runnable action) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, action::run);
        assertTrue(e.getMessage().contains(fragment), () -> "message \"" + e.getMessage() + "\" lacks \"" + fragment + "\"");
    }

    @Test
    void uniformOnIsAnEquallySpacedGridWithEqualMasses() {
        Market m = Market.uniformOn(1, 2, 5);
        assertArrayEquals(new double[] {1, 1.25, 1.5, 1.75, 2}, m.values(), EPS);
        assertArrayEquals(new double[] {0.2, 0.2, 0.2, 0.2, 0.2}, m.probabilities(), EPS);
    }

    @Test
    void paretoMassesAreProportionalToTheDensityOnTheGrid() {
        // alpha = 1: density ~ v^-2 on {1, 2}: weights 1 and 1/4, normalised 4/5 and 1/5.
        Market m = Market.pareto(1, 2, 1, 2);
        assertArrayEquals(new double[] {0.8, 0.2}, m.probabilities(), EPS);
        assertMessage("alpha must be finite and > 0", () -> Market.pareto(1, 2, 0, 3));
    }

    @Test
    void truncatedNormalIsSymmetricAroundItsMean() {
        // Mean 2 at the centre of the grid {1, 1.5, 2, 2.5, 3}: masses symmetric, the largest at 2.
        Market m = Market.truncatedNormal(2, 0.5, 1, 3, 5);
        double[] p = m.probabilities();
        assertEquals(p[0], p[4], EPS);
        assertEquals(p[1], p[3], EPS);
        assertTrue(p[2] > p[1] && p[1] > p[0]);
        // Ratio of densities at 2.5 and 2: exp(-0.5 * (0.5/0.5)^2) = exp(-1/2).
        assertEquals(Math.exp(-0.5), p[3] / p[2], EPS);
        assertMessage("sd must be finite and > 0", () -> Market.truncatedNormal(2, 0, 1, 3, 5));
        assertMessage("k must be >= 2", () -> Market.truncatedNormal(2, 1, 1, 3, 1));
    }

    @Property(tries = 200)
    void monopolyProfitIsTheLargestRevenueOverAllPrices(@ForAll @LongRange(min = 0, max = 1_000_000) long seed,
            @ForAll @IntRange(min = 1, max = 12) int k) {
        Market m = Market.random(k, seed);
        double pi = m.monopolyProfit();
        SplittableRandom rng = new SplittableRandom(seed ^ 0x5DEECE66DL);
        for (int i = 0; i < 50; i++) {
            double price = rng.nextDouble() * (m.value(k - 1) + 1);
            assertTrue(m.revenue(price) <= pi + 1e-12);
        }
        assertEquals(pi, m.revenue(m.monopolyPrice()), 1e-12);
    }

    @Property(tries = 200)
    void consumerPlusProducerSurplusIsTheSurplusOfTheBuyersWhoBuy(
            @ForAll @LongRange(min = 0, max = 1_000_000) long seed, @ForAll @IntRange(min = 1, max = 12) int k) {
        Market m = Market.random(k, seed);
        for (double price : m.values()) {
            double served = 0;
            for (int i = 0; i < k; i++) {
                served += m.value(i) >= price ? m.value(i) * m.probability(i) : 0;
            }
            assertEquals(served, m.consumerSurplus(price) + m.producerSurplus(price), 1e-12);
            assertTrue(served <= m.efficientSurplus() + 1e-12);
        }
        assertEquals(m.efficientSurplus(), m.consumerSurplus(0), 1e-12);
    }

    @Property(tries = 100)
    void permutingTheInputGivesTheSameMarket(@ForAll @LongRange(min = 0, max = 1_000_000) long seed,
            @ForAll @IntRange(min = 1, max = 12) int k) {
        Market m = Market.random(k, seed);
        double[] v = m.values();
        double[] p = m.probabilities();
        double[] rv = new double[k];
        double[] rp = new double[k];
        for (int i = 0; i < k; i++) {
            rv[i] = v[k - 1 - i];
            rp[i] = p[k - 1 - i];
        }
        assertEquals(m, Market.of(rv, rp));
        assertTrue(Arrays.stream(m.optimalPrices()).allMatch(x -> Math.abs(m.revenue(x) - m.monopolyProfit()) < 1e-11));
    }

    @Test
    void aRandomMarketIsValidAndDeterminedByItsSeed() {
        Market m = Market.random(50, 42);
        assertEquals(50, m.size());
        assertEquals(m, Market.random(50, 42));
        assertTrue(!m.equals(Market.random(50, 43)));
        // gaps are 0.05 + U(0, 1), so consecutive values differ by at least 0.05
        for (int i = 1; i < m.size(); i++) {
            assertTrue(m.value(i) - m.value(i - 1) >= 0.05, "gap at " + i);
        }
        assertMessage("k must be >= 1 (got 0)", () -> Market.random(0, 1));
    }
}
