package org.mdlab.segmentation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;
import java.util.stream.IntStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.mdlab.market.Market;

class ExtremalMarketTest {

    @Test
    void fullSupportOfOneTwoThreeIsOneHalfOneSixthOneThird() {
        // x(1) = 1/1 - 1/2 = 1/2, x(2) = 1/2 - 1/3 = 1/6, x(3) = 1/3 (BBM 2015, extremal market formula).
        Market m = ExtremalMarket.on(new double[] {1, 2, 3}, 0, 1, 2);
        assertArrayEquals(new double[] {0.5, 1.0 / 6, 1.0 / 3}, m.probabilities(), 1e-15);
    }

    @Test
    void offSupportValuesGetZeroMass() {
        // S = {2, 3}: x(2) = 1 - 2/3 = 1/3, x(3) = 2/3.
        Market m = ExtremalMarket.on(new double[] {1, 2, 3}, 1, 2);
        assertArrayEquals(new double[] {0, 1.0 / 3, 2.0 / 3}, m.probabilities(), 1e-15);
        assertArrayEquals(new double[] {0, 1, 0}, ExtremalMarket.on(new double[] {1, 2, 3}, 1).probabilities(), 0);
    }

    @Property(tries = 200)
    void everyPriceInTheSupportEarnsTheLowestSupportValue(@ForAll @LongRange(min = 0, max = 1_000_000) long seed,
            @ForAll @IntRange(min = 1, max = 15) int k) {
        Market grid = Market.random(k, seed);
        SplittableRandom rng = new SplittableRandom(seed + 7);
        int[] support = IntStream.range(0, k).filter(i -> rng.nextBoolean()).toArray();
        if (support.length == 0) {
            support = new int[] {rng.nextInt(k)};
        }
        Market x = ExtremalMarket.on(grid.values(), support);
        double s1 = grid.value(support[0]);
        for (int i : support) {
            assertEquals(s1, x.revenueAtValue(i), 1e-12);
        }
        assertEquals(s1, x.monopolyProfit(), 1e-12);
    }

    @Test
    void badSupportsAreRejected() {
        double[] v = {1, 2, 3};
        assertEquals("support must be non-empty (got none)",
                assertThrows(IllegalArgumentException.class, () -> ExtremalMarket.on(v)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> ExtremalMarket.on(v, 2, 1));
        assertThrows(IllegalArgumentException.class, () -> ExtremalMarket.on(v, 3));
        assertThrows(IllegalArgumentException.class, () -> ExtremalMarket.on(new double[] {0, 1}, 0, 1));
    }
}
