package org.mdlab.dynamic.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

class CaraInsuranceTest {

    @Property(tries = 20)
    void marginalCostIsAMartingale(@ForAll @DoubleRange(min = 0.1, max = 0.9) double highProbability,
                                   @ForAll @DoubleRange(min = 0.5, max = 0.95) double discount,
                                   @ForAll @DoubleRange(min = 0.5, max = 3) double riskAversion) {
        // First-order conditions in w'_L, w'_H summed with weights π_i and the envelope condition give
        // Σ π_i C'(w'_i) = C'(w); with C'(w) = -1/(γ w) and w'_i = ρ_i w this is Σ π_i / ρ_i = 1.
        CaraInsurance cara = HiddenIncomeInsurance.of(1, 2, highProbability, riskAversion, discount).caraReduction();
        assertEquals(1, cara.marginalCostMartingale(), 1e-6);
        assertTrue(cara.logDrift() > 0, "immiseration: ln(-w) drifts up, drift " + cara.logDrift());
        assertTrue(cara.lowTypeSlack() >= -1e-9, "slack " + cara.lowTypeSlack());
    }

    @Test
    void shiftingBothIncomesShiftsTransfersAndCostOneForOne() {
        // CARA has no wealth effects: incomes θ + s give the same consumption with transfers b - s.
        CaraInsurance base = HiddenIncomeInsurance.of(1, 3, 0.4, 1.5, 0.8).caraReduction();
        CaraInsurance shifted = HiddenIncomeInsurance.of(1.75, 3.75, 0.4, 1.5, 0.8).caraReduction();
        assertEquals(base.constant() - 0.75, shifted.constant(), 1e-8);
        assertEquals(base.lowTransfer() - 0.75, shifted.lowTransfer(), 1e-6);
        assertEquals(base.highRatio(), shifted.highRatio(), 1e-6);
    }

    @Test
    void noTransferPairOnAFineGridCostsLess() {
        // Brute force over a 401 x 401 grid of (b_L, b_H) of the reduced objective, written out again
        // from the derivation: δρ_L = π_L U_L + π_H D + 1, δρ_H = U_H - D + δρ_L.
        HiddenIncomeInsurance model = HiddenIncomeInsurance.of(1, 3, 0.5, 1, 0.7);
        CaraInsurance cara = model.caraReduction();
        double best = Double.POSITIVE_INFINITY;
        double d = 0.7;
        for (int a = 0; a <= 400; a++) {
            for (int b = 0; b <= 400; b++) {
                double bL = -3 + 4.0 * a / 400;
                double bH = -5 + 4.0 * b / 400;
                double uL = (1 - d) * -Math.exp(-(1 + bL));
                double uH = (1 - d) * -Math.exp(-(3 + bH));
                double mimic = (1 - d) * -Math.exp(-(3 + bL));
                double rhoL = (0.5 * uL + 0.5 * mimic + 1) / d;
                double rhoH = (uH - mimic + d * rhoL) / d;
                if (rhoL > 0 && rhoH > 0) {
                    double k = d / (1 - d);
                    best = Math.min(best, 0.5 * (bL - k * Math.log(rhoL)) + 0.5 * (bH - k * Math.log(rhoH)));
                }
            }
        }
        assertTrue(cara.constant() <= best + 1e-12, cara.constant() + " vs grid " + best);
        assertEquals(best, cara.constant(), 1e-3);
    }

    @Test
    void contractScalesWithThePromise() {
        CaraInsurance cara = HiddenIncomeInsurance.of(1, 3, 0.5, 1, 0.7).caraReduction();
        // w = -e: ce = -1, so the cost and the transfers fall by 1 and continuations scale by e.
        assertEquals(cara.constant() - 1, cara.cost(-Math.E), 1e-12);
        assertEquals(cara.highTransfer() - 1, cara.transfer(true, -Math.E), 1e-12);
        assertEquals(cara.lowRatio() * -Math.E, cara.continuation(false, -Math.E), 1e-12);
    }
}
