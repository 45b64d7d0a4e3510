package org.mdlab.monotone;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class UpSetTest {

    private static final TypeGrid GRID = TypeGrid.uniform(2, 3);

    @Test
    void aSetThatIsNotClosedUpwardsIsRejected() {
        boolean[] members = new boolean[9];
        members[GRID.point(1, 1)] = true;
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new UpSet(GRID, members));
        assertTrue(e.getMessage().contains("closed upwards"), e.getMessage());
    }

    @Test
    void thresholdsDescribeTheStaircase() {
        // {x_0 + x_1 ≥ 3} on {0, 1, 2}^2: column x_0 = 0 has no member (threshold 3), x_0 = 1 starts at
        // x_1 = 2, x_0 = 2 at x_1 = 1.
        double[] f = new double[9];
        for (int point = 0; point < 9; point++) {
            f[point] = GRID.coordinate(point, 0) + GRID.coordinate(point, 1) >= 3 ? 1 : 0;
        }
        UpSet upSet = UpSet.levelSet(GRID, f, 0.5);
        assertArrayEquals(new int[] {3, 2, 1}, upSet.thresholds());
        assertEquals(3, upSet.cardinality());
        assertArrayEquals(f, upSet.indicator(), 0);
        // Marginal of agent 0: (0, 1/3, 2/3) — one and two of the three x_1 values qualify.
        assertArrayEquals(new double[] {0, 1.0 / 3, 2.0 / 3}, upSet.marginals()[0], 1e-15);
    }

    @Test
    void membersAreCopied() {
        boolean[] members = new boolean[9];
        members[8] = true;
        UpSet upSet = new UpSet(GRID, members);
        members[0] = true;
        assertEquals(1, upSet.cardinality());
        upSet.members()[1] = true;
        assertEquals(1, upSet.cardinality());
    }

    @Test
    void levelSetsOfNonMonotoneFunctionsAreRejected() {
        double[] f = {1, 0, 0, 0, 0, 0, 0, 0, 0};
        assertThrows(IllegalArgumentException.class, () -> UpSet.levelSet(GRID, f, 0.5));
        assertThrows(IllegalArgumentException.class, () -> UpSet.levelSet(GRID, new double[9], Double.NaN));
    }
}
