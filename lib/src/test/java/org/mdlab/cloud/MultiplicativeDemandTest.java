package org.mdlab.cloud;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MultiplicativeDemandTest {

    private static final MultiplicativeDemand HAND = MultiplicativeInstances.HAND;

    @Test
    void virtualSignalsOfTheHandExample() {
        // θ̃_1 = 2 - (1/2)/(1/2) · (3 - 2) = 1; θ̃_2 = θ_2 = 3.
        assertArrayEquals(new double[] {1, 3}, HAND.virtualSignals(), 1e-12);
    }

    @Test
    void relaxedBoundOfTheHandExample() {
        // Σ g_i E W(θ̃_i ε, 1/2), W(s, p) = (s - p)²/(2s):
        // signal 1: (1/2)(0.25/2 + 2.25/4) = 0.34375; signal 2: (1/2)(6.25/6 + 30.25/12) = 1.78125.
        // Bound = (0.34375 + 1.78125)/2 = 1.0625.
        assertEquals(1.0625, HAND.relaxedBound(), 1e-12);
        // q(θ̃_1 ε, c) = 1 - 0.5/ε: 1/2 at ε = 1, 3/4 at ε = 2.
        assertEquals(0.5, HAND.relaxedUsage(0, 0), 1e-12);
        assertEquals(0.75, HAND.relaxedUsage(0, 1), 1e-12);
    }

    @Test
    void uniformShocksUseMidpoints() {
        MultiplicativeDemand d = MultiplicativeDemand.uniformShocks(new double[] {1}, new double[] {1}, 1, 2, 4,
                ConcaveUsageValue.QUADRATIC, 0.5);
        assertArrayEquals(new double[] {1.125, 1.375, 1.625, 1.875}, d.shocks(), 1e-12);
        assertArrayEquals(new double[] {0.25, 0.25, 0.25, 0.25}, d.shockProbabilities(), 1e-12);
    }

    @Test
    void rejectsNonIncreasingSignalsAndBadProbabilities() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new MultiplicativeDemand(
                new double[] {2, 2}, new double[] {0.5, 0.5}, new double[] {1}, new double[] {1}, ConcaveUsageValue.QUADRATIC, 1));
        assertTrue(e.getMessage().contains("signals must be"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new MultiplicativeDemand(
                new double[] {1, 2}, new double[] {0.5, 0.4}, new double[] {1}, new double[] {1}, ConcaveUsageValue.QUADRATIC, 1));
        assertTrue(e.getMessage().contains("sum to 1"), e.getMessage());
    }
}
