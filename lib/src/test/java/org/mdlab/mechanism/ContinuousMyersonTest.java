package org.mdlab.mechanism;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ContinuousMyersonTest {

    @Test
    void uniformReserveIsOneHalf() {
        // φ(v) = 2v - 1 = 0 at v = 1/2
        assertEquals(0.5, ContinuousMyerson.reserve(ValueDistribution.uniform(0, 1)), 1e-12);
    }

    @Test
    void powerReserveSolvesTheFirstOrderCondition() {
        // F(v) = v^2: φ(v) = v - (1 - v^2)/(2v) = (3v^2 - 1)/(2v) = 0 at v = 1/sqrt(3)
        assertEquals(1 / Math.sqrt(3), ContinuousMyerson.reserve(ValueDistribution.power(2)), 1e-12);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5})
    void numericalRevenueMatchesTheUniformClosedForm(int n) {
        // n ∫_{1/2}^1 (2v - 1) v^{n-1} dv = (n - 1 + 2^{-n}) / (n + 1): n=1 gives 1/4, n=2 gives 5/12
        double closed = (n - 1 + Math.pow(2, -n)) / (n + 1);
        assertEquals(closed, ContinuousMyerson.optimalRevenue(ValueDistribution.uniform(0, 1), n), 1e-10);
        assertEquals(closed, ContinuousMyerson.uniformOptimalRevenue(n), 1e-15);
    }

    @Test
    void withoutReserveTwoUniformBiddersYieldOneThird() {
        // second price, no reserve: E[min of two U[0,1]] = 1/3
        assertEquals(1.0 / 3.0, ContinuousMyerson.revenue(ValueDistribution.uniform(0, 1), 2, 0), 1e-9);
    }

    @Test
    void anIrregularPowerDistributionIsRejected() {
        // F(v) = v^{1/2}: φ(v) = 3v - 2 sqrt(v) decreases on (0, 1/9)
        assertThrows(IllegalArgumentException.class, () -> ContinuousMyerson.reserve(ValueDistribution.power(0.5)));
    }

    @Test
    void aReserveOutsideTheSupportIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> ContinuousMyerson.revenue(ValueDistribution.uniform(0, 1), 2, 1.5));
        assertThrows(IllegalArgumentException.class, () -> ContinuousMyerson.revenue(ValueDistribution.uniform(0, 1), 0, 0.5));
    }
}
