package org.mdlab.information;

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

class ConcaveEnvelopeTest {

    @Test
    void prosecutorValueIsPriorOverThresholdBelowOneHalf() {
        // v(μ) = 1{μ >= 1/2}: the envelope is min(1, 2μ) (Kamenica-Gentzkow), so 0.6 at prior 0.3.
        ConcaveEnvelope env = ConcaveEnvelope.ofFunction(mu -> mu >= 0.5 ? 1 : 0, 101);
        assertEquals(0.6, env.value(0.3), 1e-12);
        assertEquals(1, env.value(0.8), 1e-12);
        ConcaveEnvelope.Splitting split = env.split(0.3);
        assertEquals(0, split.low(), 0);
        assertEquals(0.5, split.high(), 1e-12);
        assertEquals(0.4, split.weightLow(), 1e-12);
    }

    @Test
    void concaveFunctionIsItsOwnEnvelope() {
        double[] grid = {0, 0.25, 0.5, 0.75, 1};
        double[] values = {0, 0.1875, 0.25, 0.1875, 0};
        ConcaveEnvelope env = ConcaveEnvelope.ofGrid(grid, values);
        assertArrayEquals(grid, env.beliefs(), 0);
        assertArrayEquals(values, env.values(), 0);
    }

    @Test
    void convexFunctionIsReplacedByItsChord() {
        // v(μ) = μ² on the grid: envelope is the chord μ.
        ConcaveEnvelope env = ConcaveEnvelope.ofFunction(mu -> mu * mu, 11);
        assertArrayEquals(new double[] {0, 1}, env.beliefs(), 0);
        assertEquals(0.37, env.value(0.37), 1e-15);
    }

    @Test
    void badGridsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> ConcaveEnvelope.ofGrid(new double[] {0, 0.5}, new double[] {0, 1}));
        assertThrows(IllegalArgumentException.class, () -> ConcaveEnvelope.ofGrid(new double[] {0, 1, 1}, new double[] {0, 1, 1}));
        assertThrows(IllegalArgumentException.class, () -> ConcaveEnvelope.ofGrid(new double[] {0, 1.5}, new double[] {0, 1}));
        ConcaveEnvelope env = ConcaveEnvelope.ofFunction(mu -> mu, 3);
        assertThrows(IllegalArgumentException.class, () -> env.value(1.1));
    }

    @Property(tries = 200)
    void envelopeLiesAboveTheFunctionAndIsConcave(
            @ForAll @LongRange(min = 1, max = 1_000_000) long seed, @ForAll @IntRange(min = 2, max = 60) int n) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] grid = new double[n];
        double[] values = new double[n];
        for (int k = 0; k < n; k++) {
            grid[k] = (double) k / (n - 1);
            values[k] = random.nextDouble(-1, 1);
        }
        ConcaveEnvelope env = ConcaveEnvelope.ofGrid(grid, values);
        for (int k = 0; k < n; k++) {
            assertTrue(env.value(grid[k]) >= values[k] - 1e-12);
        }
        double[] x = env.beliefs();
        double[] y = env.values();
        for (int k = 2; k < x.length; k++) {
            double left = (y[k - 1] - y[k - 2]) / (x[k - 1] - x[k - 2]);
            double right = (y[k] - y[k - 1]) / (x[k] - x[k - 1]);
            assertTrue(right <= left + 1e-9, "slopes must decrease");
        }
    }
}
