package org.mdlab.cloud;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.mdlab.market.ConvexCost;

class CloudDemandTest {

    private static final ConvexCost COST = ConvexCost.quadratic(1, 3);

    @Test
    void dynamicVirtualValuesOfTheTwoByTwoExample() {
        // φ_0(1) = 1 - (1/2)/((1/2)(3/4)) · (2 - 1) · (3/4 - 1/4) = 1/3; the top value and top signal are undistorted.
        double[][] phi = CloudInstances.TWO_BY_TWO.dynamicVirtualValues();
        assertArrayEquals(new double[] {1.0 / 3, 2}, phi[0], 1e-12);
        assertArrayEquals(new double[] {1, 2}, phi[1], 1e-12);
    }

    @Test
    void tiltedConditionalsAreGeometricOnTheGrid() {
        // τ = 2 over 3 values: (1, 2, 4)/7; τ = 1 is uniform.
        CloudDemand d = CloudDemand.tilted(new double[] {0.5, 0.5}, new double[] {1, 2, 3}, new double[] {1, 2}, COST);
        assertArrayEquals(new double[] {1.0 / 3, 1.0 / 3, 1.0 / 3}, d.conditionals()[0], 1e-12);
        assertArrayEquals(new double[] {1.0 / 7, 2.0 / 7, 4.0 / 7}, d.conditionals()[1], 1e-12);
    }

    @Test
    void decreasingTiltsAreRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CloudDemand.tilted(
                new double[] {0.5, 0.5}, new double[] {1, 2, 3}, new double[] {2, 1}, COST));
        assertTrue(e.getMessage().contains("tilts must be strictly increasing"), e.getMessage());
    }

    @Property(tries = 50)
    void topSignalVirtualValuesAreTheValues(@ForAll @LongRange(min = 1, max = 1_000_000) long seed) {
        CloudDemand d = CloudInstances.random(seed);
        assertArrayEquals(d.values(), d.dynamicVirtualValues()[d.signals() - 1], 0);
    }

    @Property(tries = 50)
    void virtualValuesNeverExceedValues(@ForAll @LongRange(min = 1, max = 1_000_000) long seed) {
        // First-order dominance makes F_i - F_{i+1} >= 0, so the rent correction is non-negative.
        CloudDemand d = CloudInstances.random(seed);
        double[][] phi = d.dynamicVirtualValues();
        for (int i = 0; i < d.signals(); i++) {
            for (int k = 0; k < d.valueCount(); k++) {
                assertTrue(phi[i][k] <= d.value(k) + 1e-12);
            }
        }
    }

    @Test
    void nonDistributionsAreRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new CloudDemand(
                new double[] {0.5, 0.47}, new double[] {1, 2}, new double[][] {{0.5, 0.5}, {0.5, 0.5}}, COST));
        assertTrue(e.getMessage().contains("must sum to 1 (got 0.97"), e.getMessage());
    }

    @Test
    void zeroConditionalProbabilitiesAreRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new CloudDemand(
                new double[] {0.5, 0.5}, new double[] {1, 2}, new double[][] {{1, 0}, {0.5, 0.5}}, COST));
        assertTrue(e.getMessage().contains("> 0"), e.getMessage());
    }

    @Test
    void signalsOutOfDominanceOrderAreRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new CloudDemand(
                new double[] {0.5, 0.5}, new double[] {1, 2}, new double[][] {{0.25, 0.75}, {0.75, 0.25}}, COST));
        assertTrue(e.getMessage().contains("first-order stochastic dominance"), e.getMessage());
    }

    @Test
    void decreasingValuesAreRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new CloudDemand(
                new double[] {1}, new double[] {2, 1}, new double[][] {{0.5, 0.5}}, COST));
        assertTrue(e.getMessage().contains("strictly increasing"), e.getMessage());
    }

    @Test
    void arraysAreCopied() {
        double[] g = {0.5, 0.5};
        CloudDemand d = new CloudDemand(g, new double[] {1, 2}, new double[][] {{0.75, 0.25}, {0.25, 0.75}}, COST);
        g[0] = 0.9;
        d.signalProbabilities()[1] = 0.9;
        assertEquals(0.5, d.signalProbability(0));
        assertEquals(0.5, d.signalProbability(1));
    }
}
