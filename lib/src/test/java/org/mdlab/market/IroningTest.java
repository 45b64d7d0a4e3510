package org.mdlab.market;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class IroningTest {

    @Test
    void monotoneValuesAreUnchanged() {
        assertArrayEquals(new double[] {1, 2, 3}, Ironing.ironed(new double[] {1, 2, 3}, new double[] {1, 1, 1}), 0);
    }

    @Test
    void aDecreasingPairIsPooledAtItsWeightedMean() {
        // (3·1 + 1·3)/4 = 1.5
        assertArrayEquals(new double[] {1.5, 1.5, 4},
                Ironing.ironed(new double[] {3, 1, 4}, new double[] {1, 3, 1}), 1e-15);
    }

    @Test
    void poolingCascadesBackwards() {
        // (5, 4) pools at 4.5, then (4.5, 4.5, 0) pools at 3: all equal 3.
        assertArrayEquals(new double[] {3, 3, 3}, Ironing.ironed(new double[] {5, 4, 0}, new double[] {1, 1, 1}), 1e-15);
    }

    @Test
    void badInputIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> Ironing.ironed(new double[] {1}, new double[] {1, 2}));
        assertThrows(IllegalArgumentException.class, () -> Ironing.ironed(new double[] {1}, new double[] {0}));
        assertThrows(IllegalArgumentException.class, () -> Ironing.ironed(new double[] {Double.NaN}, new double[] {1}));
    }

    @Property(tries = 300)
    void ironedValuesAreMonotoneAndPreserveTheWeightedSum(
            @ForAll @LongRange(min = 1, max = 1_000_000) long seed, @ForAll @IntRange(min = 1, max = 30) int n) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] v = new double[n];
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = random.nextDouble(-5, 5);
            w[i] = random.nextDouble(0.01, 1);
        }
        double[] ironed = Ironing.ironed(v, w);
        double before = 0;
        double after = 0;
        for (int i = 0; i < n; i++) {
            before += w[i] * v[i];
            after += w[i] * ironed[i];
            if (i > 0) {
                assertTrue(ironed[i] >= ironed[i - 1] - 1e-12);
            }
        }
        assertEquals(before, after, 1e-9);
    }
}
