package org.mdlab.monotone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mdlab.optimisation.SolverOptions;

class UpSetEnumerationTest {

    private static final SolverOptions OPTIONS = SolverOptions.defaults();

    /** Lattice paths from (0, 0) to (m, m) by unit steps, counted by Pascal's recurrence. */
    private static long latticePaths(int m) {
        long[][] paths = new long[m + 1][m + 1];
        for (int a = 0; a <= m; a++) {
            for (int b = 0; b <= m; b++) {
                paths[a][b] = a == 0 || b == 0 ? 1 : paths[a - 1][b] + paths[a][b - 1];
            }
        }
        return paths[m][m];
    }

    @ParameterizedTest
    @CsvSource({"1", "2", "3", "4", "5", "6", "7"})
    void twoAgentCountsAreCentralBinomials(int m) {
        // An up-set of [m]^2 is cut off by a staircase from the top-left to the bottom-right corner, a lattice
        // path with m right and m down steps: C(2m, m) of them (2, 6, 20, 70, 252, 924, 3432).
        long expected = latticePaths(m);
        assertEquals(expected, UpSetEnumeration.enumerate(TypeGrid.uniform(2, m), OPTIONS).size());
        assertEquals(BigInteger.valueOf(expected), UpSetEnumeration.count(2, m));
    }

    @ParameterizedTest
    @CsvSource({"1, 2", "2, 20", "3, 980", "4, 232848"})
    void threeAgentCountsArePlanePartitionsInABox(int m, long expected) {
        // MacMahon's box formula Π_{i,j,k ≤ m} (i+j+k−1)/(i+j+k−2) gives 2, 20, 980, 232848 for m = 1..4
        // (OEIS A008793); the double-precision product below is an independent evaluation.
        double product = 1;
        for (int i = 1; i <= m; i++) {
            for (int j = 1; j <= m; j++) {
                for (int k = 1; k <= m; k++) {
                    product *= (i + j + k - 1.0) / (i + j + k - 2.0);
                }
            }
        }
        assertEquals(expected, product, 1e-6 * expected);
        assertEquals(expected, UpSetEnumeration.enumerate(TypeGrid.uniform(3, m), OPTIONS).size());
        assertEquals(BigInteger.valueOf(expected), UpSetEnumeration.count(3, m));
    }

    @ParameterizedTest
    @CsvSource({"1, 2", "1, 5", "2, 2", "2, 3", "3, 2"})
    void enumerationMatchesBruteForceOverAllSubsets(int agents, int m) {
        // Independent route: test every subset of the grid for closure under successors.
        TypeGrid grid = TypeGrid.uniform(agents, m);
        int size = grid.size();
        Set<Set<Integer>> brute = new HashSet<>();
        for (int mask = 0; mask < 1 << size; mask++) {
            boolean closed = true;
            for (int point = 0; point < size && closed; point++) {
                for (int i = 0; i < agents && closed; i++) {
                    int next = grid.successor(point, i);
                    closed = (mask >> point & 1) == 0 || next < 0 || (mask >> next & 1) == 1;
                }
            }
            if (closed) {
                Set<Integer> members = new HashSet<>();
                for (int point = 0; point < size; point++) {
                    if ((mask >> point & 1) == 1) {
                        members.add(point);
                    }
                }
                brute.add(members);
            }
        }
        Set<Set<Integer>> enumerated = new HashSet<>();
        for (UpSet upSet : UpSetEnumeration.enumerate(grid, OPTIONS)) {
            Set<Integer> members = new HashSet<>();
            for (int point = 0; point < size; point++) {
                if (upSet.contains(point)) {
                    members.add(point);
                }
            }
            enumerated.add(members);
        }
        assertEquals(brute, enumerated);
    }

    @Test
    void everyEnumeratedFunctionIsMonotoneZeroOneAndDistinct() {
        TypeGrid grid = TypeGrid.uniform(3, 3);
        List<UpSet> upSets = UpSetEnumeration.enumerate(grid, OPTIONS);
        Set<UpSet> distinct = new HashSet<>(upSets);
        assertEquals(upSets.size(), distinct.size());
        for (UpSet upSet : upSets) {
            double[] f = upSet.indicator();
            assertEquals(0, grid.monotonicityViolation(f), 0);
            for (double v : f) {
                assertTrue(v == 0 || v == 1);
            }
        }
        assertEquals(0, upSets.get(0).cardinality());
        assertEquals(27, upSets.get(upSets.size() - 1).cardinality());
    }

    @Test
    void oversizedEnumerationsAreRefusedUpFront() {
        // 3 agents, m = 5: MacMahon's formula gives 267,227,532 up-sets (OEIS A008793).
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> UpSetEnumeration.enumerate(TypeGrid.uniform(3, 5), OPTIONS));
        assertTrue(e.getMessage().contains("267227532 exceeds the supported limit 250000"), e.getMessage());
        assertTrue(e.getMessage().contains("cost"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> UpSetEnumeration.count(4, 2));
        assertThrows(IllegalArgumentException.class, () -> UpSetEnumeration.count(2, 0));
    }

    @Test
    void aCancelledEnumerationStops() {
        assertThrows(java.util.concurrent.CancellationException.class, () -> UpSetEnumeration.enumerate(
                TypeGrid.uniform(2, 4), OPTIONS.withCancellation(() -> true)));
    }
}
