package org.mdlab.monotone;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.mdlab.optimisation.SolverOptions;
import org.mdlab.optimisation.Status;

class ExtremeMarginalsTest {

    private static final SolverOptions OPTIONS = SolverOptions.defaults();

    @Test
    void everyTwoAgentUpSetHasAnExtremeMarginalCertifiedByASeparatingDirection() {
        // Two agents: an up-set's row sums determine a staircase whose column sums are the conjugate
        // partition (Gale–Ryser equality case), so no two up-sets share marginals and each marginal vector
        // is extreme. The certificate is re-checked here by direct evaluation of w·(p − p_j) for every j.
        List<UpSet> upSets = UpSetEnumeration.enumerate(TypeGrid.uniform(2, 3), OPTIONS);
        ExtremeMarginals result = ExtremeMarginals.classify(upSets, OPTIONS).value();
        assertEquals(20, result.distinctCount());
        assertEquals(20, result.extremeCount());
        List<double[]> hull = result.hull();
        for (MarginalPoint point : result.points()) {
            assertTrue(point.extreme());
            double[] p = point.flat();
            double[] w = point.direction();
            double smallest = Double.POSITIVE_INFINITY;
            for (double[] other : hull) {
                if (!java.util.Arrays.equals(other, p)) {
                    double gap = 0;
                    for (int d = 0; d < p.length; d++) {
                        gap += w[d] * (p[d] - other[d]);
                    }
                    smallest = Math.min(smallest, gap);
                }
            }
            assertTrue(smallest > 1e-6, "separating margin " + smallest);
            assertEquals(point.margin(), smallest, 1e-7);
        }
    }

    @Test
    void threeAgentUpSetsThatShareMarginalsAreCombinationsOfOthers() {
        // Independent search: hash every up-set of [3]^3 by its marginal vector; a vector reached by two
        // up-sets U ≠ V with U ∪ V and U ∩ V also up-sets satisfies p(U) = (p(U ∪ V) + p(U ∩ V))/2 — not extreme.
        TypeGrid grid = TypeGrid.uniform(3, 3);
        List<UpSet> upSets = UpSetEnumeration.enumerate(grid, OPTIONS);
        Map<String, List<UpSet>> byMarginals = new HashMap<>();
        for (UpSet u : upSets) {
            byMarginals.computeIfAbsent(ExtremeMarginals.key(ExtremeMarginals.flatten(u.marginals())), k -> new ArrayList<>()).add(u);
        }
        List<UpSet> shared = new ArrayList<>();
        byMarginals.values().stream().filter(g -> g.size() > 1).forEach(shared::addAll);
        assertEquals(4, shared.size());
        ExtremeMarginals result = ExtremeMarginals.classify(upSets, shared, OPTIONS).value();
        assertEquals(2, result.points().size());
        for (MarginalPoint point : result.points()) {
            assertFalse(point.extreme());
            assertEquals(0, point.margin(), 1e-9);
            double[] weights = point.combination();
            double total = 0;
            for (double w : weights) {
                assertTrue(w >= 0);
                total += w;
            }
            assertEquals(1, total, 1e-9);
            assertArrayEquals(point.flat(), result.combine(point), 1e-9);
            List<double[]> hull = result.hull();
            for (int j = 0; j < hull.size(); j++) {
                if (java.util.Arrays.equals(hull.get(j), point.flat())) {
                    assertEquals(0, weights[j], 0, "no weight on the point itself");
                }
            }
        }
    }

    @Property(tries = 20)
    void aRandomMonotoneFunctionsMarginalsLieInTheHullOfUpSetMarginals(@ForAll @IntRange(min = 2, max = 3) int agents,
                                                                          @ForAll long seed) {
        // The LP's weights are checked by recombining them; a decreasing marginal, which no monotone function
        // has, is outside the hull.
        TypeGrid grid = TypeGrid.uniform(agents, 3);
        List<UpSet> upSets = UpSetEnumeration.enumerate(grid, OPTIONS);
        double[][] target = grid.marginals(MonotoneInstances.monotoneFunction(grid, seed, 7));
        double[] weights = ExtremeMarginals.hullWeights(upSets, target, OPTIONS).value();
        List<double[]> hull = ExtremeMarginals.classify(upSets, upSets.subList(0, 1), OPTIONS).value().hull();
        double[] combined = new double[agents * 3];
        for (int j = 0; j < weights.length; j++) {
            assertTrue(weights[j] >= 0);
            for (int d = 0; d < combined.length; d++) {
                combined[d] += weights[j] * hull.get(j)[d];
            }
        }
        assertArrayEquals(ExtremeMarginals.flatten(target), combined, 1e-9);
        double[][] decreasing = new double[agents][];
        for (int i = 0; i < agents; i++) {
            decreasing[i] = new double[] {0.6, 0.5, 0.4};
        }
        assertEquals(Status.INFEASIBLE, ExtremeMarginals.hullWeights(upSets, decreasing, OPTIONS).status());
    }

    @Test
    void inputsAreValidated() {
        List<UpSet> two = UpSetEnumeration.enumerate(TypeGrid.uniform(2, 1), OPTIONS);
        assertThrows(IllegalArgumentException.class, () -> ExtremeMarginals.classify(two.subList(0, 1), OPTIONS));
        List<UpSet> mixed = List.of(two.get(0), UpSetEnumeration.enumerate(TypeGrid.uniform(2, 2), OPTIONS).get(0));
        assertThrows(IllegalArgumentException.class, () -> ExtremeMarginals.classify(mixed, OPTIONS));
        List<UpSet> other = UpSetEnumeration.enumerate(TypeGrid.uniform(2, 2), OPTIONS);
        assertThrows(IllegalArgumentException.class, () -> ExtremeMarginals.classify(two, other.subList(1, 2), OPTIONS));
    }
}
