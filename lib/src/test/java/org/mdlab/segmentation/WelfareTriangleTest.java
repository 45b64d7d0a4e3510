package org.mdlab.segmentation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.mdlab.market.Market;

class WelfareTriangleTest {

    private static final WelfareTriangle ONE_TWO_THREE = WelfareTriangle.of(Market.uniform(1, 2, 3));

    @Test
    void oneTwoThreeHasVerticesFromPiStarFourThirdsAndWStarTwo() {
        assertArrayEquals(new double[] {0, 4.0 / 3}, ONE_TWO_THREE.minimumSurplusVertex(), 1e-15);
        assertArrayEquals(new double[] {0, 2}, ONE_TWO_THREE.producerOptimalVertex(), 1e-15);
        assertArrayEquals(new double[] {2.0 / 3, 4.0 / 3}, ONE_TWO_THREE.consumerOptimalVertex(), 1e-15);
    }

    @Test
    void containsTheUniformPricePointButNotPointsBeyondTheEdges() {
        // Uniform pricing at p* = 2: (1/3, 4/3) lies on the bottom edge ps = pi*.
        assertTrue(ONE_TWO_THREE.contains(1.0 / 3, 4.0 / 3));
        assertFalse(ONE_TWO_THREE.contains(1.0 / 3, 1.3));
        assertFalse(ONE_TWO_THREE.contains(0.5, 1.6));
        assertFalse(ONE_TWO_THREE.contains(-0.01, 1.5));
    }

    @Test
    void barycentricWeightsRecoverTheVertices() {
        // Centroid (2/9, 14/9): each weight 1/3.
        assertArrayEquals(new double[] {1.0 / 3, 1.0 / 3, 1.0 / 3}, ONE_TWO_THREE.barycentric(2.0 / 9, 14.0 / 9), 1e-12);
        assertArrayEquals(new double[] {0, 0, 1}, ONE_TWO_THREE.barycentric(2.0 / 3, 4.0 / 3), 1e-12);
    }

    @Test
    void invalidTrianglesAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new WelfareTriangle(2, 1));
        assertThrows(IllegalArgumentException.class, () -> new WelfareTriangle(-1, 1));
        assertThrows(IllegalArgumentException.class, () -> ONE_TWO_THREE.contains(Double.NaN, 1));
    }
}
