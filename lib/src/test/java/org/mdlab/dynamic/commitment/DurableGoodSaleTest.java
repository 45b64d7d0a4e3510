package org.mdlab.dynamic.commitment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

class DurableGoodSaleTest {

    private static final DurableGoodSale SALE = new DurableGoodSale(1, 2, 0.9);

    @Test
    void periodTwoSellsAtTheLowValueUpToTheCutoff() {
        // μ̂ = θ_L/θ_H = 1/2; R2 = θ_L = 1 below, μ2 θ_H above: R2(0.75) = 1.5.
        assertEquals(0.5, SALE.cutoffBelief(), 0);
        assertEquals(1, SALE.periodTwoRevenue(0.3), 0);
        assertEquals(1.5, SALE.periodTwoRevenue(0.75), 1e-15);
    }

    @Test
    void lowPriorSellsToBothTypesAtTheLowValue() {
        // μ1 ≤ μ̂: θ̃_L(μ1) ≥ 0, g is the line μ2 θ_H + (1 - μ2) θ̃_L(μ1), whose value at μ1 is θ_L.
        PosteriorSplit split = SALE.limitedCommitment(0.3);
        assertEquals(1.0, split.revenue(), 1e-12);
        assertEquals(1.0, split.periodOneSaleProbability(), 1e-12);
    }

    @Test
    void highPriorSplitsBetweenTheCutoffAndCertaintyOfTheHighType() {
        // μ1 = 0.75 > μ̂ = 0.5: split τ(1) = (μ1 - μ̂)/(1 - μ̂) = 1/2, sell now at μ2 = 1 (value θ_H = 2),
        // delay at μ̂ (value δ μ̂ θ_H = 0.9): R = 0.5·2 + 0.5·0.9 = 1.45 < full commitment 0.75·2 = 1.5.
        PosteriorSplit split = SALE.limitedCommitment(0.75);
        assertArrayEquals(new double[] {0.5, 1}, split.posteriors(), 1e-12);
        assertArrayEquals(new double[] {0.5, 0.5}, split.weights(), 1e-12);
        assertArrayEquals(new boolean[] {false, true}, split.sellNow());
        assertEquals(1.45, split.revenue(), 1e-12);
        assertEquals(1.5, SALE.fullCommitmentRevenue(0.75), 1e-12);
    }

    @Property(tries = 40)
    void limitedCommitmentNeverBeatsFullCommitment(@ForAll @DoubleRange(min = 0.01, max = 0.99) double prior,
                                                   @ForAll @DoubleRange(min = 0.05, max = 0.95) double discount) {
        DurableGoodSale sale = new DurableGoodSale(1, 3, discount);
        assertTrue(sale.limitedCommitment(prior).revenue() <= sale.fullCommitmentRevenue(prior) + 1e-9);
    }

    @Property(tries = 30)
    void envelopeIsConcaveAndLiesAboveTheObjective(@ForAll @DoubleRange(min = 0.01, max = 0.99) double prior,
                                                   @ForAll @DoubleRange(min = 0.05, max = 0.95) double discount) {
        DurableGoodSale sale = new DurableGoodSale(1, 2.5, discount);
        double previousSlope = Double.POSITIVE_INFINITY;
        double previous = sale.envelope(0, prior).revenue();
        for (int k = 1; k <= 100; k++) {
            double x = k / 100.0;
            double value = sale.envelope(x, prior).revenue();
            assertTrue(value >= sale.periodOneObjective(x, prior) - 1e-12);
            double slope = (value - previous) * 100;
            assertTrue(slope <= previousSlope + 1e-7, "not concave at " + x);
            previousSlope = slope;
            previous = value;
        }
    }

    @Test
    void invalidParametersAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new DurableGoodSale(2, 1, 0.9));
        assertThrows(IllegalArgumentException.class, () -> new DurableGoodSale(0, 1, 0.9));
        assertThrows(IllegalArgumentException.class, () -> new DurableGoodSale(1, 2, 1));
        assertThrows(IllegalArgumentException.class, () -> SALE.limitedCommitment(1.2));
        assertThrows(IllegalArgumentException.class, () -> SALE.periodTwoRevenue(-0.1));
    }
}
