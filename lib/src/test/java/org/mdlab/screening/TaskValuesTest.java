package org.mdlab.screening;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class TaskValuesTest {

    private static final TokenTechnology SQUARE_ROOT = TokenTechnology.of(0.5, 1, 100);

    @Test
    void squareRootIndexIsTheEuclideanNormOfTheValues() {
        // α = 1/2: θ = (Σ w²)^(1/2); w = (3, 4) gives 5.
        assertEquals(5, TaskValues.of(3, 4).index(SQUARE_ROOT), 1e-12);
    }

    @Test
    void squareRootAllocationIsProportionalToSquaredValues() {
        // x_j ∝ w_j²: w = (3, 4), X = 25 gives (9, 16), value 3·3 + 4·4 = 25 = θ √X = 5 · 5.
        TaskValues w = TaskValues.of(3, 4);
        assertArrayEquals(new double[] {9, 16}, w.allocation(25, SQUARE_ROOT), 1e-12);
        assertEquals(25, w.value(w.allocation(25, SQUARE_ROOT), SQUARE_ROOT), 1e-12);
    }

    @Test
    void invalidValuesAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> TaskValues.of());
        assertThrows(IllegalArgumentException.class, () -> TaskValues.of(0, 0));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TaskValues.of(1, -2));
        assertTrue(e.getMessage().contains("-2.0"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> TaskValues.of(1, 2).value(new double[] {1}, SQUARE_ROOT));
    }

    @Property
    void optimalSplitIsWorthIndexTimesPrecisionAndBeatsRandomSplits(
            @ForAll @DoubleRange(min = 0.1, max = 0.9) double alpha, @ForAll @IntRange(min = 1, max = 8) int tasks,
            @ForAll @DoubleRange(min = 0.1, max = 50) double tokens, @ForAll @LongRange(min = 0, max = 1000) long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[] w = new double[tasks];
        for (int j = 0; j < tasks; j++) {
            w[j] = 0.01 + 3 * rng.nextDouble();
        }
        TokenTechnology tech = TokenTechnology.of(alpha, 1, 100);
        TaskValues values = TaskValues.of(w);
        double best = values.value(values.allocation(tokens, tech), tech);
        assertEquals(values.index(tech) * Math.pow(tokens, alpha), best, 1e-9 * best);
        double[] other = new double[tasks];
        double sum = 0;
        for (int j = 0; j < tasks; j++) {
            other[j] = rng.nextDouble();
            sum += other[j];
        }
        for (int j = 0; j < tasks; j++) {
            other[j] *= tokens / sum;
        }
        assertTrue(values.value(other, tech) <= best * (1 + 1e-12));
    }

    @Test
    void profilesWithEqualIndicesValueEveryPackageEqually() {
        // α = 1/2: (3, 4) and (5, 0) and (0, 0, 5) all have index 5.
        for (double x : new double[] {0.5, 2, 30}) {
            double a = TaskValues.of(3, 4).index(SQUARE_ROOT) * Math.sqrt(x);
            assertEquals(a, TaskValues.of(5, 0).index(SQUARE_ROOT) * Math.sqrt(x), 1e-12);
            assertEquals(a, TaskValues.of(0, 0, 5).index(SQUARE_ROOT) * Math.sqrt(x), 1e-12);
        }
    }
}
