package org.mdlab.monotone;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ExPostRuleTest {

    @Test
    void theInterimRuleOfTheSymmetricAuctionWithTiesSplit() {
        // Two bidders with types {0, 1} equally likely, the higher type wins, ties split: Q(0) = ½·½ = ¼,
        // Q(1) = ½·1 + ½·½ = ¾.
        TypeGrid grid = TypeGrid.uniform(2, 2);
        double[] first = new double[4];
        double[] second = new double[4];
        for (int point = 0; point < 4; point++) {
            int a = grid.coordinate(point, 0), b = grid.coordinate(point, 1);
            first[point] = a > b ? 1 : a == b ? 0.5 : 0;
            second[point] = b > a ? 1 : a == b ? 0.5 : 0;
        }
        ExPostRule rule = new ExPostRule(grid, new double[][] {first, second});
        assertArrayEquals(new double[] {0.25, 0.75}, rule.interim()[0], 1e-15);
        assertArrayEquals(new double[] {0.25, 0.75}, rule.interim()[1], 1e-15);
    }

    @Test
    void sharesAboveOneAreRejected() {
        TypeGrid grid = TypeGrid.uniform(2, 1);
        assertThrows(IllegalArgumentException.class, () -> new ExPostRule(grid, new double[][] {{0.6}, {0.6}}));
        assertThrows(IllegalArgumentException.class, () -> new ExPostRule(grid, new double[][] {{0.6}}));
        assertThrows(IllegalArgumentException.class, () -> new ExPostRule(grid, new double[][] {{-0.1}, {0.6}}));
    }
}
