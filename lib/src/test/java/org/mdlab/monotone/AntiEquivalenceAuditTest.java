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
import org.mdlab.optimisation.SolverOptions;

class AntiEquivalenceAuditTest {

    private static final SolverOptions OPTIONS = SolverOptions.defaults();

    @Property(tries = 8)
    void twoAgentMarginalsDetermineTheUpSetUnderAnyPrior(@ForAll @IntRange(min = 2, max = 4) int side, @ForAll long seed) {
        // The anti-equivalence theorem for two agents: no other monotone function (deterministic or not)
        // shares an up-set's marginals, so every audited gap is 0.
        SplittableRandom random = new SplittableRandom(seed);
        TypeGrid grid = TypeGrid.of(MonotoneInstances.prior(side, random), MonotoneInstances.prior(side, random));
        for (EquivalenceGap gap : AntiEquivalenceAudit.audit(UpSetEnumeration.enumerate(grid, OPTIONS), OPTIONS).value()) {
            assertEquals(0, gap.distance(), 1e-8, gap.upSet().toString());
        }
    }

    @Test
    void withThreeAgentsSomeUpSetsHaveAnotherMonotoneFunctionWithTheSameMarginals() {
        // The witness is re-checked directly: monotone, in [0, 1], same marginals as the up-set, and at the
        // reported mean distance from its indicator.
        TypeGrid grid = TypeGrid.uniform(3, 3);
        List<UpSet> upSets = UpSetEnumeration.enumerate(grid, OPTIONS);
        List<EquivalenceGap> gaps = AntiEquivalenceAudit.audit(upSets, OPTIONS).value();
        List<EquivalenceGap> positive = gaps.stream().filter(g -> g.distance() > 1e-7).toList();
        assertEquals(4, positive.size());
        for (EquivalenceGap gap : positive) {
            double[] g = gap.witness();
            assertEquals(0, grid.monotonicityViolation(g), 1e-9);
            double[][] expected = gap.upSet().marginals();
            double[][] actual = grid.marginals(g);
            for (int i = 0; i < 3; i++) {
                assertArrayEquals(expected[i], actual[i], 1e-9);
            }
            double[] indicator = gap.upSet().indicator();
            double distance = 0;
            for (int point = 0; point < g.length; point++) {
                distance += Math.abs(g[point] - indicator[point]) / g.length;
            }
            assertEquals(gap.distance(), distance, 1e-9);
            assertTrue(gap.supDistance() > 0.5);
        }
        assertEquals(0, gaps.get(0).distance(), 0);
    }

    @Test
    void badInputIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> AntiEquivalenceAudit.gap(null, OPTIONS));
        assertThrows(IllegalArgumentException.class, () -> AntiEquivalenceAudit.audit(null, OPTIONS));
        UpSet large = new UpSet(TypeGrid.uniform(3, 17), new boolean[17 * 17 * 17]);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> AntiEquivalenceAudit.gap(large, OPTIONS));
        assertTrue(e.getMessage().contains("grid points = 4913 exceeds the supported limit 4096"), e.getMessage());
    }
}
