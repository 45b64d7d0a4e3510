package org.mdlab.market;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ValueDistributionTest {

    private static final ValueDistribution STEP = ValueDistribution.piecewiseUniform(new double[]{0, 0.5, 1}, new double[]{0.9, 0.1});

    @Test
    void piecewiseUniformHasTheHistogramDensityAndCdf() {
        // density 0.9/0.5 = 1.8 on [0, 1/2), 0.1/0.5 = 0.2 on [1/2, 1]; F(0.25) = 0.45, F(0.75) = 0.95
        assertEquals(1.8, STEP.density(0.25), 1e-15);
        assertEquals(0.2, STEP.density(0.75), 1e-15);
        assertEquals(0.45, STEP.cdf(0.25), 1e-15);
        assertEquals(0.95, STEP.cdf(0.75), 1e-15);
    }

    @Test
    void piecewiseUniformQuantileInvertsTheCdf() {
        for (double u = 0; u <= 1; u += 0.0625) {
            assertEquals(u, STEP.cdf(STEP.quantile(u)), 1e-14);
        }
    }

    @Test
    void piecewiseUniformVirtualValueJumpsDownWhereTheDensityDrops() {
        // φ(1/2-) = 1/2 - 0.1/1.8 = 4/9, φ(1/2) = 1/2 - 0.1/0.2 = 0
        assertEquals(0.5 - 0.1 / 1.8, STEP.virtualValue(0.5 - 1e-12), 1e-9);
        assertEquals(0, STEP.virtualValue(0.5), 1e-12);
    }

    @Test
    void piecewiseUniformRejectsBadPieces() {
        assertThrows(IllegalArgumentException.class, () -> ValueDistribution.piecewiseUniform(new double[]{0, 1}, new double[]{0.9}));
        assertThrows(IllegalArgumentException.class, () -> ValueDistribution.piecewiseUniform(new double[]{0, 0, 1}, new double[]{0.5, 0.5}));
        assertThrows(IllegalArgumentException.class, () -> ValueDistribution.piecewiseUniform(new double[]{0, 0.5, 1}, new double[]{1, 0}));
        assertThrows(IllegalArgumentException.class, () -> ValueDistribution.piecewiseUniform(new double[]{0, 1}, new double[]{0.5, 0.5}));
        assertThrows(IllegalArgumentException.class, () -> ValueDistribution.uniform(1, 1));
        assertThrows(IllegalArgumentException.class, () -> ValueDistribution.power(Double.NaN));
    }

    @Test
    void uniformVirtualValueIsTwoValueMinusUpper() {
        // U[a,b]: φ(θ) = θ - (b - θ) = 2θ - b.
        ValueDistribution types = ValueDistribution.uniform(1, 3);
        assertEquals(2 * 2.5 - 3, types.virtualValue(2.5), 1e-15);
    }

    @Test
    void functionDistributionQuantileInvertsTheCdf() {
        // F(v) = v^2 on [0, 1]: F^{-1}(u) = sqrt(u).
        ValueDistribution square = ValueDistribution.of(v -> v * v, v -> 2 * v + 1e-300, 0, 1);
        for (double u = 0; u <= 1; u += 0.0625) {
            assertEquals(Math.sqrt(u), square.quantile(u), 1e-15);
        }
    }

    @Test
    void invalidFunctionDistributionsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> ValueDistribution.of(t -> t / 2, t -> 0.5, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> ValueDistribution.of(t -> t, t -> t, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> ValueDistribution.of(t -> Math.sin(6 * t) / Math.sin(6), t -> 1, 0, 1));
    }
}
