package org.mdlab.segmentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class ExhaustionTimesTest {

    @Test
    void itemsLeaveInTheOrderOfTheirTimes() {
        ExhaustionTimes h = new ExhaustionTimes(4);
        h.insert(0, 3);
        h.insert(1, 1);
        h.insert(2, 2);
        h.insert(3, 5);
        h.lower(3, 0.5);
        assertEquals(3, h.removeMin());
        assertEquals(1, h.removeMin());
        assertEquals(2, h.removeMin());
        assertEquals(0, h.removeMin());
        assertTrue(h.isEmpty());
    }

    @Property(tries = 100)
    void removalOrderIsSortedOrderAfterRandomLowering(@ForAll @LongRange(min = 0, max = 1_000_000) long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        int n = 1 + rng.nextInt(200);
        ExhaustionTimes h = new ExhaustionTimes(n);
        double[] t = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = rng.nextDouble();
            h.insert(i, t[i]);
        }
        for (int r = 0; r < n; r++) {
            int i = rng.nextInt(n);
            t[i] *= rng.nextDouble();
            h.lower(i, t[i]);
        }
        double[] sorted = t.clone();
        Arrays.sort(sorted);
        for (double expected : sorted) {
            assertEquals(expected, h.time(h.removeMin()), 0);
        }
    }
}
