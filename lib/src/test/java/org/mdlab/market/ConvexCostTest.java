package org.mdlab.market;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ConvexCostTest {

    @Test
    void nonConvexCostIsRejectedWithItsLocation() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ConvexCost.of(Math::sqrt, 1));
        assertTrue(e.getMessage().contains("convex"), e.getMessage());
    }

    @Test
    void costThatIsConcaveOnlyOnPartOfTheRangeIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> ConvexCost.of(q -> Math.sin(3 * q), 2));
    }

    @Test
    void nonFiniteCostAndBadRangeAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> ConvexCost.of(q -> 1 / (q - 0.5) / 0, 1));
        assertThrows(IllegalArgumentException.class, () -> ConvexCost.of(q -> q * q, 0));
        assertThrows(IllegalArgumentException.class, () -> ConvexCost.of(q -> q * q, Double.POSITIVE_INFINITY));
    }

    @Test
    void exactDerivativesOfPowersWithUnboundedOrVanishingCurvatureAreAccepted() {
        // q^(1/0.9) has C'' -> infinity at 0 and q^10 has C' flat near 0: both derivatives lie between the
        // chord slopes at every grid point, as any derivative of a convex function does.
        ConvexCost steep = ConvexCost.of(q -> Math.pow(q, 1 / 0.9), q -> Math.pow(q, 1 / 0.9 - 1) / 0.9, 400);
        assertEquals(Math.pow(0.9, 9), steep.bestQuality(1), 1e-12);
        ConvexCost flat = ConvexCost.of(q -> Math.pow(q, 10), q -> 10 * Math.pow(q, 9), 2);
        // argmax v q - q^10 at v = 10 · 0.5^9 is 0.5.
        assertEquals(0.5, flat.bestQuality(10 * Math.pow(0.5, 9)), 1e-12);
    }

    @Test
    void wrongDerivativeIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> ConvexCost.of(q -> q * q / 2, q -> 2 * q, 1));
    }

    @Test
    void bestQualityEqualsValueOverCurvatureForQuadraticCost() {
        // argmax v q - k q²/2 = v/k when v/k lies in [0, Q]; 0 for v <= 0; Q above.
        ConvexCost cost = ConvexCost.quadratic(2, 3);
        assertEquals(0.75, cost.bestQuality(1.5), 1e-14);
        assertEquals(0, cost.bestQuality(-1), 0);
        assertEquals(3, cost.bestQuality(100), 0);
    }

    @Test
    void bestQualityWithNumericalMarginalCostSolvesTheFirstOrderCondition() {
        // c(q) = q³/3, c'(q) = q²: argmax v q - c(q) = sqrt(v).
        ConvexCost cost = ConvexCost.of(q -> q * q * q / 3, 4);
        assertEquals(Math.sqrt(2), cost.bestQuality(2), 1e-8);
    }

    @Test
    void linearCostIsConvexAndGivesCornerQualities() {
        // c(q) = q: v q - q is maximised at Q when v > 1 and at 0 when v < 1.
        ConvexCost cost = ConvexCost.of(q -> q, 5);
        assertEquals(5, cost.bestQuality(1.5), 0);
        assertEquals(0, cost.bestQuality(0.5), 0);
    }

    @Test
    void costOutsideTheRangeIsRejected() {
        ConvexCost cost = ConvexCost.quadratic(1, 1);
        assertThrows(IllegalArgumentException.class, () -> cost.at(1.5));
        assertThrows(IllegalArgumentException.class, () -> cost.marginal(-0.1));
        assertEquals(0.125, cost.at(0.5), 0);
    }
}
