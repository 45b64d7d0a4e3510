package org.mdlab.dynamic.contracts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class PromisedUtilityChainTest {

    /** Gambler's ruin on 0..n: up with probability p, down otherwise, both ends absorbing. */
    private static PromisedUtilityChain ruin(int n, double p) {
        double[] grid = new double[n + 1];
        double[][] transitions = new double[n + 1][n + 1];
        for (int j = 0; j <= n; j++) {
            grid[j] = j;
            if (j == 0 || j == n) {
                transitions[j][j] = 1;
            } else {
                transitions[j][j + 1] = p;
                transitions[j][j - 1] = 1 - p;
            }
        }
        return PromisedUtilityChain.of(grid, transitions);
    }

    @Property(tries = 20)
    void absorptionMatchesTheGamblersRuinFormula(@ForAll @IntRange(min = 2, max = 30) int n,
                                                 @ForAll @DoubleRange(min = 0.2, max = 0.8) double p) {
        // Closed form (Feller 1968, XIV.2): Pr(hit n before 0 | j) = (1 - r^j) / (1 - r^n), r = (1-p)/p;
        // j / n when p = 1/2.
        double[] h = ruin(n, p).absorptionProbabilities(n);
        double r = (1 - p) / p;
        for (int j = 0; j <= n; j++) {
            double expected = Math.abs(r - 1) < 1e-12 ? (double) j / n : (1 - Math.pow(r, j)) / (1 - Math.pow(r, n));
            assertEquals(expected, h[j], 1e-9);
        }
    }

    @Test
    void statesThatCannotReachTheTargetHaveProbabilityZero() {
        double[][] transitions = {{1, 0, 0, 0}, {0.5, 0, 0.5, 0}, {0, 0, 0, 1}, {0, 0, 1, 0}};
        double[] h = PromisedUtilityChain.of(new double[] {0, 1, 2, 3}, transitions).absorptionProbabilities(0);
        assertArrayEquals(new double[] {1, 0.5, 0, 0}, h, 1e-12);
    }

    @Test
    void distributionsStayProbabilityVectors() {
        double[][] mu = ruin(10, 0.4).distributions(5, 50);
        for (double[] row : mu) {
            double sum = 0;
            for (double m : row) {
                sum += m;
            }
            assertEquals(1, sum, 1e-12);
        }
        // One step from 5: 0.4 at 6 and 0.6 at 4.
        assertEquals(0.4, mu[1][6], 1e-15);
        assertEquals(0.6, mu[1][4], 1e-15);
    }

    @Test
    void simulatedAbsorptionFrequencyCoversTheExactProbability() {
        // 4,000 paths of 400 steps from state 4 of 0..10 with p = 0.45; a path not absorbed by 400
        // steps has probability below 1e-12 here, so the indicator is Bernoulli(h(4)).
        PromisedUtilityChain chain = ruin(10, 0.45);
        double exact = chain.absorptionProbabilities(10)[4];
        int[][] paths = chain.simulate(4, 400, 4000, 7);
        double hits = 0;
        for (int[] path : paths) {
            hits += path[400] == 10 ? 1 : 0;
        }
        double mean = hits / paths.length;
        double se = Math.sqrt(exact * (1 - exact) / paths.length);
        assertTrue(Math.abs(mean - exact) <= 3.5 * se, mean + " vs " + exact);
    }

    @Test
    void theSameSeedGivesTheSamePaths() {
        PromisedUtilityChain chain = ruin(6, 0.5);
        assertArrayEquals(chain.simulate(3, 20, 5, 11)[4], chain.simulate(3, 20, 9, 11)[4]);
    }

    @Test
    void nonStochasticMatricesAreRejected() {
        IllegalArgumentException sum = assertThrows(IllegalArgumentException.class, () ->
                PromisedUtilityChain.of(new double[] {0, 1}, new double[][] {{0.5, 0.4}, {0, 1}}));
        assertTrue(sum.getMessage().contains("sum to 1"), sum.getMessage());
        IllegalArgumentException negative = assertThrows(IllegalArgumentException.class, () ->
                PromisedUtilityChain.of(new double[] {0, 1}, new double[][] {{1.5, -0.5}, {0, 1}}));
        assertTrue(negative.getMessage().contains(">= 0"), negative.getMessage());
        IllegalArgumentException shape = assertThrows(IllegalArgumentException.class, () ->
                PromisedUtilityChain.of(new double[] {0, 1, 2}, new double[][] {{1, 0}, {0, 1}}));
        assertTrue(shape.getMessage().contains("one row per grid point"), shape.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ruin(4, 0.5).absorptionProbabilities(2));
    }
}
