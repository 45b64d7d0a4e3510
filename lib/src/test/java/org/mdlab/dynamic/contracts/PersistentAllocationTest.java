package org.mdlab.dynamic.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

class PersistentAllocationTest {

    @Property
    void alwaysFundUtilitySolvesItsRecursion(@ForAll @DoubleRange(min = 0.05, max = 0.95) double rise,
                                             @ForAll @DoubleRange(min = 0.05, max = 0.95) double fall,
                                             @ForAll @DoubleRange(min = 0.05, max = 0.95) double discount) {
        // w̄_j = Σ_i P(j,i) [(1-δ) v_i + δ w̄_i], checked equation by equation.
        PersistentAllocation model = PersistentAllocation.of(0.5, 2, 1, rise, fall, discount);
        for (int j = 0; j < 2; j++) {
            double right = 0;
            for (int i = 0; i < 2; i++) {
                right += model.transition(j, i) * ((1 - discount) * model.value(i)
                        + discount * model.alwaysFundUtility(i));
            }
            assertEquals(right, model.alwaysFundUtility(j), 1e-12);
            assertEquals(1, model.transition(j, 0) + model.transition(j, 1), 1e-15);
        }
    }

    @Test
    void symmetricChainWithPersistenceHalfIsTheIidModel() {
        // α = β = 1/2 and π_H = 1/2 give the same rows; then w̄_j = Ū = E v = 1.25 for both beliefs,
        // the always-fund value is E v - c = 0.25 and the first best π_H (H - c) = 0.5.
        PersistentAllocation symmetric = PersistentAllocation.symmetric(0.5, 2, 1, 0.5, 0.8);
        assertEquals(PersistentAllocation.independent(PersistentAllocationFixture.IID), symmetric);
        for (int j = 0; j < 2; j++) {
            assertEquals(1.25, symmetric.alwaysFundUtility(j), 1e-12);
            assertEquals(0.25, symmetric.alwaysFundValue(j), 1e-12);
            assertEquals(0.5, symmetric.firstBest(j), 1e-12);
        }
    }

    @Test
    void persistenceTiltsTheAlwaysFundUtilityTowardsYesterdaysType() {
        // p = 0.7, δ = 0.8: E[v_t | v_0] = 1.25 ± 0.75 (0.4)^t, so Ū_H,L = 1.25 ± 0.75 · 0.2/(1 - 0.32);
        // w̄_H = 0.7 Ū_H + 0.3 Ū_L and w̄_L = 0.3 Ū_H + 0.7 Ū_L.
        PersistentAllocation model = PersistentAllocationFixture.PERSISTENT;
        double tilt = 0.75 * 0.2 / 0.68;
        double high = 1.25 + tilt;
        double low = 1.25 - tilt;
        assertEquals(0.7 * high + 0.3 * low, model.alwaysFundUtility(1), 1e-12);
        assertEquals(0.3 * high + 0.7 * low, model.alwaysFundUtility(0), 1e-12);
        assertEquals(0.7 * high + 0.3 * low - 1, model.alwaysFundValue(1), 1e-12);
    }

    @Test
    void parametersOutsideTheModelAreRejected() {
        IllegalArgumentException order = assertThrows(IllegalArgumentException.class, () ->
                PersistentAllocation.of(1.5, 2, 1, 0.3, 0.3, 0.8));
        assertTrue(order.getMessage().contains("0 < L < c < H"), order.getMessage());
        IllegalArgumentException rise = assertThrows(IllegalArgumentException.class, () ->
                PersistentAllocation.of(0.5, 2, 1, 1, 0.3, 0.8));
        assertTrue(rise.getMessage().contains("rise must lie in (0, 1) (got 1.0)"), rise.getMessage());
        assertThrows(IllegalArgumentException.class, () -> PersistentAllocation.of(0.5, 2, 1, 0.3, 0, 0.8));
        assertThrows(IllegalArgumentException.class, () -> PersistentAllocation.of(0.5, 2, 1, 0.3, 0.3, 1));
        assertThrows(IllegalArgumentException.class, () -> PersistentAllocationFixture.PERSISTENT.transition(2, 0));
        assertThrows(IllegalArgumentException.class, () -> PersistentAllocationFixture.PERSISTENT.problem(1));
    }
}
