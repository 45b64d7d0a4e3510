package org.mdlab.cloud;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

class ConcaveUsageValueTest {

    @Test
    void closedFormSurplusesAtHandPoints() {
        // Quadratic: W(s, p) = (s - p)²/(2s); W(4, 1) = 9/8, W(1, 2) = 0.
        assertEquals(9.0 / 8, ConcaveUsageValue.QUADRATIC.surplus(4, 1), 1e-12);
        assertEquals(0, ConcaveUsageValue.QUADRATIC.surplus(1, 2), 1e-12);
        // Logarithmic: q = s/p - 1, W = s ln(s/p) - s + p; W(2, 1) = 2 ln 2 - 1.
        assertEquals(1, ConcaveUsageValue.LOGARITHMIC.demand(2, 1), 1e-12);
        assertEquals(2 * Math.log(2) - 1, ConcaveUsageValue.LOGARITHMIC.surplus(2, 1), 1e-12);
    }

    @Property(tries = 60)
    void demandBeatsEveryUsageOnAFineGrid(@ForAll @DoubleRange(min = 0.1, max = 5) double s,
            @ForAll @DoubleRange(min = 0.5, max = 3) double p) {
        // Independent check: brute-force maximisation of s u(q) - p q over q ∈ {0, 0.001, ..., 10} (optimum q ≤ s/p - 1 ≤ 9).
        for (ConcaveUsageValue u : ConcaveUsageValue.values()) {
            double best = Double.NEGATIVE_INFINITY;
            for (int k = 0; k <= 10_000; k++) {
                double q = Math.min(k * 0.001, u.satiation());
                best = Math.max(best, s * u.value(q) - p * q);
            }
            assertTrue(u.surplus(s, p) >= best - 1e-12, u + " at s = " + s + ", p = " + p);
            assertTrue(u.surplus(s, p) <= best + 1e-5 * (1 + s), u + " grid optimum should be close");
        }
    }
}
