package org.mdlab.monotone;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.mdlab.optimisation.Solution;
import org.mdlab.optimisation.SolverOptions;
import org.mdlab.optimisation.Status;

class ReducedFormTest {

    private static final SolverOptions OPTIONS = SolverOptions.defaults();

    private static TypeGrid grid(int bidders, int m, SplittableRandom random) {
        double[][] priors = new double[bidders][];
        for (int i = 0; i < bidders; i++) {
            priors[i] = MonotoneInstances.prior(m, random);
        }
        return new TypeGrid(bidders, m, priors);
    }

    @Property(tries = 60)
    void borderInequalitiesAndTheLinearProgramAgree(@ForAll @IntRange(min = 2, max = 3) int bidders,
                                                    @ForAll @IntRange(min = 1, max = 4) int m, @ForAll long seed) {
        // Two routes to feasibility: the LP searching for an ex-post rule, and Border's inequalities on upper
        // level sets. Instances within 1e-6 of the boundary are skipped (solver tolerance).
        SplittableRandom random = new SplittableRandom(seed);
        ReducedForm form = new ReducedForm(grid(bidders, m, random));
        double[][] interim = new double[bidders][m];
        for (int i = 0; i < bidders; i++) {
            double scale = 1.6 * random.nextDouble() / bidders;
            for (int x = 0; x < m; x++) {
                interim[i][x] = Math.min(1, scale * (x + random.nextDouble()) / m * 2);
            }
        }
        double violation = form.borderViolation(interim);
        Assume.that(violation == 0 || violation > 1e-6);
        Solution<ExPostRule> rule = form.exPostRule(interim, OPTIONS);
        if (violation == 0) {
            assertTrue(rule.isOptimal(), rule.toString());
            double[][] reproduced = rule.value().interim();
            for (int i = 0; i < bidders; i++) {
                assertArrayEquals(interim[i], reproduced[i], 1e-7);
            }
        } else {
            assertEquals(Status.INFEASIBLE, rule.status());
        }
    }

    @Property(tries = 30)
    void theOptimalRuleIsThePriorityRule(@ForAll @IntRange(min = 2, max = 3) int bidders,
                                         @ForAll @IntRange(min = 1, max = 4) int m, @ForAll long seed) {
        // Pointwise optimum: give the object to the largest w_i(x_i) when it is positive, so the value is
        // Σ_x p(x) max(0, max_i w_i(x_i)), computed here by direct summation.
        SplittableRandom random = new SplittableRandom(seed);
        TypeGrid grid = grid(bidders, m, random);
        double[][] weights = new double[bidders][m];
        for (double[] row : weights) {
            for (int x = 0; x < m; x++) {
                row[x] = random.nextDouble() * 2 - 1;
            }
        }
        ExPostRule rule = new ReducedForm(grid).optimal(weights, OPTIONS).value();
        double expected = 0, achieved = 0;
        for (int point = 0; point < grid.size(); point++) {
            double best = 0;
            for (int i = 0; i < bidders; i++) {
                double w = weights[i][grid.coordinate(point, i)];
                best = Math.max(best, w);
                achieved += grid.probability(point) * w * rule.share(i)[point];
            }
            expected += grid.probability(point) * best;
        }
        assertEquals(expected, achieved, 1e-9);
    }

    @Test
    void twoBiddersCannotBothWinForSure() {
        // One type each: Q = (1, 1) asks for 2 objects, Border's inequality with both type sets gives
        // 2 ≤ 1, a violation of 1; Q = (½, ½) is a coin flip.
        ReducedForm form = new ReducedForm(TypeGrid.uniform(2, 1));
        assertEquals(1, form.borderViolation(new double[][] {{1}, {1}}), 1e-15);
        assertEquals(Status.INFEASIBLE, form.exPostRule(new double[][] {{1}, {1}}, OPTIONS).status());
        assertEquals(0, form.borderViolation(new double[][] {{0.5}, {0.5}}), 0);
        assertTrue(form.exPostRule(new double[][] {{0.5}, {0.5}}, OPTIONS).isOptimal());
    }

    @Test
    void badInputIsRejected() {
        ReducedForm form = new ReducedForm(TypeGrid.uniform(2, 2));
        assertThrows(IllegalArgumentException.class, () -> form.borderViolation(new double[][] {{0.5, 0.5}}));
        assertThrows(IllegalArgumentException.class, () -> form.borderViolation(new double[][] {{0.5, 1.5}, {0, 0}}));
        assertThrows(IllegalArgumentException.class, () -> form.optimal(new double[][] {{1}, {1}}, OPTIONS));
        assertThrows(IllegalArgumentException.class, () -> new ReducedForm(null));
        ReducedForm large = new ReducedForm(TypeGrid.uniform(3, 17));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> large.optimal(new double[3][17], OPTIONS));
        assertTrue(e.getMessage().contains("type profiles = 4913 exceeds the supported limit 4096"), e.getMessage());
    }
}
