package org.mdlab.dynamic.commitment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

class CriticalDiscountTest {

    @Test
    void theTextbookExampleSwitchesAtOneHalf() {
        // θ_L = 1, θ_H = 2, μ = 3/4: separation 1.5 - 0.5δ against partial learning 1 + 0.5δ, equal at δ = 1/2.
        assertEquals(0.5, new DurableGoodSale(1, 2, 0.9).criticalDiscount(0.75).getAsDouble(), 1e-15);
    }

    @Test
    void lowPriorsNeverSwitch() {
        assertTrue(new DurableGoodSale(1, 2, 0.9).criticalDiscount(0.5).isEmpty());
        assertTrue(new DurableGoodSale(1, 2, 0.9).criticalDiscount(0.1).isEmpty());
        assertThrows(IllegalArgumentException.class, () -> new DurableGoodSale(1, 2, 0.9).criticalDiscount(1));
    }

    @Property(tries = 40)
    void bisectionOnTheConcavificationsRegimeFindsTheClosedForm(@ForAll @DoubleRange(min = 1.2, max = 5) double high,
                                                               @ForAll @DoubleRange(min = 0.01, max = 0.99) double share) {
        // Independent route: bisect δ on whether the concavification's support contains μ̂ (partial learning).
        DurableGoodSale sale = new DurableGoodSale(1, high, 0.5);
        double prior = sale.cutoffBelief() + share * (1 - sale.cutoffBelief()) * 0.98;
        double lo = 1e-9;
        double hi = 1 - 1e-9;
        for (int k = 0; k < 60; k++) {
            double mid = (lo + hi) / 2;
            boolean partial = java.util.Arrays.stream(sale.withDiscount(mid).limitedCommitment(prior).posteriors())
                    .anyMatch(m -> m == sale.cutoffBelief());
            if (partial) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        // The envelope breaks ties within 1e-12·θ_H; revenues move with δ at rate ≥ (1 - w)θ_L + (1 - μ)|θ̃_L| > 0.01,
        // so the bisection's answer is within about 1e-9 of the switch.
        assertEquals(sale.criticalDiscount(prior).getAsDouble(), (lo + hi) / 2, 1e-7);
    }

    @Property(tries = 30)
    void theCriticalDiscountIsScaleInvariantAndTheTwoMessageRevenueScales(@ForAll @DoubleRange(min = -9, max = 9) double exponent) {
        // Values times s leave δ* unchanged (it is a ratio of values) and multiply every revenue by s.
        double s = Math.pow(10, exponent);
        DurableGoodSale base = new DurableGoodSale(1, 2, 0.9);
        DurableGoodSale scaled = new DurableGoodSale(s, 2 * s, 0.9);
        assertEquals(base.criticalDiscount(0.75).getAsDouble(), scaled.criticalDiscount(0.75).getAsDouble(), 1e-12);
        double pair = DurableGoodProgram.solveOver(scaled, 0.75, new double[] {0.5, 1}, new boolean[] {false, false},
                org.mdlab.optimisation.SolverOptions.defaults()).value().revenue();
        assertEquals(1.45 * s, pair, 1e-9 * s);
    }
}
