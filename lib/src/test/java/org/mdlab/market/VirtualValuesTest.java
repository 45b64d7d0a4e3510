package org.mdlab.market;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class VirtualValuesTest {

    private static final Market IRONING = Market.of(new double[]{4, 5, 6}, new double[]{0.45, 0.10, 0.45});

    @Test
    void virtualValuesOfTheIroningExample() {
        // φ(4) = 4 - (5-4)(0.55)/0.45 = 25/9, φ(5) = 5 - (6-5)(0.45)/0.10 = 1/2, φ(6) = 6
        assertArrayEquals(new double[]{25.0 / 9.0, 0.5, 6}, VirtualValues.of(IRONING), 1e-12);
    }

    @Test
    void ironingPools4And5At26Over11() {
        // mass-weighted mean on {4,5}: (0.45 * 25/9 + 0.10 * 0.5) / 0.55 = 1.3 / 0.55 = 26/11
        assertArrayEquals(new double[]{26.0 / 11.0, 26.0 / 11.0, 6}, VirtualValues.ironed(IRONING), 1e-12);
    }

    @Test
    void regularDistributionsNeedNoIroning() {
        // uniform on {1,2,3}: φ = (1 - 2*2/3)/(1/3)... = (1*1 - 2*(2/3))/(1/3) = -1, (2*2/3 - 3/3)/(1/3) = 1, 3
        Market m = Market.uniform(1, 2, 3);
        assertArrayEquals(new double[]{-1, 1, 3}, VirtualValues.of(m), 1e-12);
        assertArrayEquals(VirtualValues.of(m), VirtualValues.ironed(m), 1e-12);
    }

    @Property(tries = 100)
    void ironedValuesAreMonotoneAndPreserveTheMeanRevenue(@ForAll @LongRange(min = 0, max = 1_000_000) long seed,
                                                          @ForAll @IntRange(min = 1, max = 8) int k) {
        // E[φ̄] = E[φ] = R(1) - R(0) = v_1 (both are slopes of curves from (0,0) to (1, v_1))
        SplittableRandom random = new SplittableRandom(seed);
        double[] v = new double[k];
        double[] p = new double[k];
        double sum = 0;
        for (int j = 0; j < k; j++) {
            v[j] = j + 1 + random.nextDouble() * 0.5;
            p[j] = 0.05 + random.nextDouble();
            sum += p[j];
        }
        for (int j = 0; j < k; j++) {
            p[j] /= sum;
        }
        Market m = Market.of(v, p);
        double[] ironed = VirtualValues.ironed(m);
        double mean = 0;
        for (int j = 0; j < k; j++) {
            mean += m.probability(j) * ironed[j];
            if (j > 0) {
                assertTrue(ironed[j] >= ironed[j - 1] - 1e-9);
            }
        }
        assertTrue(Math.abs(mean - m.value(0)) < 1e-9);
    }

    @Test
    void aZeroProbabilityValueIsRejected() {
        Market m = Market.of(new double[]{1, 2}, new double[]{1, 0});
        assertThrows(IllegalArgumentException.class, () -> VirtualValues.of(m));
    }
}
