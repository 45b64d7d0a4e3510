package org.mdlab.monotone;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class UpSetMixtureTest {

    @Property(tries = 60)
    void randomMonotoneFunctionsAreMixturesOfNestedUpSets(@ForAll @IntRange(min = 1, max = 3) int agents,
                                                          @ForAll @IntRange(min = 1, max = 4) int side,
                                                          @ForAll long seed) {
        // The layer-cake identity f = Σ_l (v_l − v_{l−1}) 1{f ≥ v_l}: recombining gives f back, and the
        // mixture's marginals are the weighted marginals of its up-sets (linearity of the marginal map), so
        // f's marginals lie in the convex hull of up-set marginals.
        SplittableRandom random = new SplittableRandom(seed);
        double[][] priors = new double[agents][];
        for (int i = 0; i < agents; i++) {
            priors[i] = MonotoneInstances.prior(side, random);
        }
        TypeGrid grid = new TypeGrid(agents, side, priors);
        double[] f = MonotoneInstances.monotoneFunction(grid, seed, 5);
        UpSetMixture mixture = UpSetMixture.decompose(grid, f, 1e-12);
        assertArrayEquals(f, mixture.function(), 1e-12);
        double[][] expected = grid.marginals(f);
        double[][] combined = new double[agents][side];
        List<UpSet> sets = mixture.upSets();
        for (int l = 0; l < sets.size(); l++) {
            double[][] m = sets.get(l).marginals();
            for (int i = 0; i < agents; i++) {
                for (int x = 0; x < side; x++) {
                    combined[i][x] += mixture.weights()[l] * m[i][x];
                }
            }
            if (l > 0) {
                for (int point = 0; point < grid.size(); point++) {
                    assertTrue(!sets.get(l).contains(point) || sets.get(l - 1).contains(point), "nested");
                }
            }
        }
        for (int i = 0; i < agents; i++) {
            assertArrayEquals(expected[i], combined[i], 1e-12);
        }
    }

    @Test
    void anIndicatorIsItsOwnMixture() {
        TypeGrid grid = TypeGrid.uniform(2, 2);
        UpSetMixture mixture = UpSetMixture.decompose(grid, new double[] {0, 1, 1, 1}, 0);
        assertEquals(1, mixture.size());
        assertArrayEquals(new double[] {1}, mixture.weights(), 0);
    }

    @Test
    void aConstantHalfMixesTheWholeGridAndTheEmptySet() {
        UpSetMixture mixture = UpSetMixture.decompose(TypeGrid.uniform(2, 2), new double[] {0.5, 0.5, 0.5, 0.5}, 0);
        assertEquals(2, mixture.size());
        assertEquals(4, mixture.upSets().get(0).cardinality());
        assertEquals(0, mixture.upSets().get(1).cardinality());
        assertArrayEquals(new double[] {0.5, 0.5}, mixture.weights(), 0);
    }

    @Test
    void nonMonotoneOrOutOfRangeFunctionsAreRejected() {
        TypeGrid grid = TypeGrid.uniform(2, 2);
        assertThrows(IllegalArgumentException.class, () -> UpSetMixture.decompose(grid, new double[] {1, 0, 0, 0}, 0));
        assertThrows(IllegalArgumentException.class, () -> UpSetMixture.decompose(grid, new double[] {0, 0, 0, 2}, 0));
        assertThrows(IllegalArgumentException.class, () -> UpSetMixture.decompose(grid, new double[4], -1));
    }
}
