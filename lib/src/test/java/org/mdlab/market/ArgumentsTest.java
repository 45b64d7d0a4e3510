package org.mdlab.market;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ArgumentsTest {

    private static String message(Runnable r) {
        return assertThrows(IllegalArgumentException.class, r::run).getMessage();
    }

    @Test
    void messagesNameTheArgumentTheValueAndTheRule() {
        assertEquals("discount must lie in (0, 1) (got 1.0)", message(() -> Arguments.openUnit("discount", 1)));
        assertEquals("state must lie in [0, 2) (got 2)", message(() -> Arguments.index("state", 2, 2)));
        assertEquals("cost must be finite and > 0 (got NaN)", message(() -> Arguments.positive("cost", Double.NaN)));
        assertEquals("weights must sum to 1 (got 5.0)", message(() -> Arguments.probabilities("weights", new double[] {2, 3})));
        assertTrue(message(() -> Arguments.strictlyIncreasing("values", new double[] {1, 3, 2})).contains("strictly increasing"));
        assertTrue(message(() -> Arguments.sizeAtMost("values K", 1_000_000, 100_000, "O(K^2) time")).contains("100000"));
        assertEquals("market must not be null", message(() -> Arguments.notNull("market", null)));
    }

    @Test
    void checksReturnCopiesOfValidArrays() {
        double[] p = {0.25, 0.75};
        double[] copy = Arguments.probabilities("p", p);
        assertArrayEquals(p, copy);
        copy[0] = 9;
        assertEquals(0.25, p[0]);
    }

    @Test
    void theSumToleranceGrowsWithTheLength() {
        // 1000 entries of 1/1000 sum to 1 up to rounding of order 1e-13, well inside 1e-9 * 1000.
        double[] p = new double[1000];
        java.util.Arrays.fill(p, 1e-3);
        assertEquals(1000, Arguments.probabilities("p", p).length);
    }

    @Test
    void positiveProbabilitiesRejectAZeroEntry() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Arguments.positiveProbabilities("g", new double[] {1, 0}));
        assertTrue(e.getMessage().contains("g must be > 0 (got 0.0 at index 1)"), e.getMessage());
        assertArrayEquals(new double[] {0.25, 0.75}, Arguments.positiveProbabilities("g", new double[] {0.25, 0.75}));
    }
}
