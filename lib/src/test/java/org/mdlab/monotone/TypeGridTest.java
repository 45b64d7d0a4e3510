package org.mdlab.monotone;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TypeGridTest {

    @Test
    void pointsAndCoordinatesAreInverse() {
        TypeGrid grid = TypeGrid.uniform(3, 4);
        for (int point = 0; point < grid.size(); point++) {
            int[] x = {grid.coordinate(point, 0), grid.coordinate(point, 1), grid.coordinate(point, 2)};
            assertEquals(point, grid.point(x));
        }
        assertEquals(64, grid.size());
        assertEquals(1 + 4 + 16, grid.point(1, 1, 1));
    }

    @Test
    void marginalsAverageOverTheOtherAgentsUnderTheirPriors() {
        // f(x, y) = x·y on {0, 1}^2 with p_0 = (0.5, 0.5), p_1 = (0.25, 0.75):
        // f_0(1) = Σ_y p_1(y)·y = 0.75, f_0(0) = 0; f_1(1) = Σ_x p_0(x)·x = 0.5, f_1(0) = 0.
        TypeGrid grid = TypeGrid.of(new double[] {0.5, 0.5}, new double[] {0.25, 0.75});
        double[] f = {0, 0, 0, 1};
        double[][] marginals = grid.marginals(f);
        assertArrayEquals(new double[] {0, 0.75}, marginals[0], 1e-15);
        assertArrayEquals(new double[] {0, 0.5}, marginals[1], 1e-15);
        // E f = P(x = 1, y = 1) = 0.5·0.75.
        assertEquals(0.375, grid.expectation(f), 1e-15);
    }

    @Test
    void monotonicityViolationIsTheLargestDropAlongAnEdge() {
        TypeGrid grid = TypeGrid.uniform(2, 2);
        assertEquals(0, grid.monotonicityViolation(new double[] {0, 0.5, 0.5, 1}), 0);
        // f(1, 0) = 0.8 > f(1, 1) = 0.3: a drop of 0.5 along agent 1's edge.
        assertEquals(0.5, grid.monotonicityViolation(new double[] {0, 0.8, 0.2, 0.3}), 1e-15);
    }

    @Test
    void badInputIsRejectedWithTheRuleBroken() {
        IllegalArgumentException agents = assertThrows(IllegalArgumentException.class, () -> TypeGrid.uniform(4, 2));
        assertTrue(agents.getMessage().contains("agents = 4 exceeds the supported limit 3"), agents.getMessage());
        IllegalArgumentException size = assertThrows(IllegalArgumentException.class, () -> TypeGrid.uniform(3, 41));
        assertTrue(size.getMessage().contains("68921 exceeds the supported limit 65536"), size.getMessage());
        assertThrows(IllegalArgumentException.class, () -> TypeGrid.of(new double[] {0.5, 0.5}, new double[] {1}));
        assertThrows(IllegalArgumentException.class, () -> TypeGrid.of(new double[] {0.5, 0.6}));
        assertThrows(IllegalArgumentException.class, () -> TypeGrid.uniform(2, 2).marginals(new double[3]));
        assertThrows(IllegalArgumentException.class, () -> TypeGrid.uniform(2, 2).point(0, 2));
    }
}
