package org.mdlab.information;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.mdlab.optimisation.Solution;
import org.mdlab.optimisation.Status;

class SimplexConcavificationTest {

    @Test
    void gridHasTheBinomialNumberOfPoints() {
        // C(4 + 2, 2) = 15 beliefs over 3 states with denominator 4.
        assertEquals(15, SimplexConcavification.grid(3, 4).length);
    }

    @Test
    void twoStateLpAgreesWithTheExactOneDimensionalEnvelope() {
        // beliefs (μ, 1-μ) on a grid of 1/20: the LP must equal the monotone-chain envelope.
        double[][] beliefs = SimplexConcavification.grid(2, 20);
        Solution<BeliefSplit> lp = SimplexConcavification.solve(beliefs, b -> Math.sin(9 * b[0]), new double[] {0.35, 0.65});
        ConcaveEnvelope exact = ConcaveEnvelope.ofFunction(mu -> Math.sin(9 * mu), 21);
        // grid(2, 20) lists (0,1), (1/20, 19/20), ... so the first coordinate runs over k/20.
        assertEquals(Status.OPTIMAL, lp.status());
        assertEquals(exact.value(0.35), lp.value().value(), 1e-9);
    }

    @Test
    void threeStateMaxIsSplitIntoVertices() {
        // v(μ) = max_s μ_s is convex; its envelope is the chord through the vertices, value 1 at any prior.
        Solution<BeliefSplit> r = SimplexConcavification.solve(SimplexConcavification.grid(3, 6),
                b -> Math.max(b[0], Math.max(b[1], b[2])), new double[] {0.2, 0.3, 0.5});
        assertEquals(1, r.value().value(), 1e-9);
        double[] p = r.value().probabilities();
        double sum = 0;
        for (double x : p) {
            sum += x;
        }
        assertEquals(1, sum, 1e-9);
    }

    @Test
    void priorOutsideTheBeliefsHullIsInfeasibleWithoutANumber() {
        Solution<BeliefSplit> r = SimplexConcavification.solve(new double[][] {{1, 0}}, b -> 1, new double[] {0.5, 0.5});
        assertEquals(Status.INFEASIBLE, r.status());
        assertTrue(r.payload().isEmpty());
    }

    @Test
    void nonDistributionsAreRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> SimplexConcavification.solve(new double[][] {{1, 0}}, b -> 1, new double[] {0.5, 0.47}));
        assertThrows(IllegalArgumentException.class,
                () -> SimplexConcavification.solve(new double[][] {{1.2, -0.2}}, b -> 1, new double[] {0.5, 0.5}));
    }

    @Property(tries = 30)
    void splittingIsBayesPlausible(@ForAll @LongRange(min = 1, max = 1_000_000) long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double a = random.nextDouble(1, 10);
        double[] prior = {0.25, 0.25, 0.5};
        BeliefSplit s = SimplexConcavification.solve(SimplexConcavification.grid(3, 8),
                b -> Math.cos(a * b[0]) * b[1], prior).value();
        double[] mean = new double[3];
        double[][] posts = s.posteriors();
        double[] probs = s.probabilities();
        for (int k = 0; k < posts.length; k++) {
            for (int j = 0; j < 3; j++) {
                mean[j] += probs[k] * posts[k][j];
            }
        }
        for (int j = 0; j < 3; j++) {
            assertEquals(prior[j], mean[j], 1e-8);
        }
        assertTrue(s.value() >= Math.cos(a * 0.25) * 0.25 - 1e-9, "envelope is above the function at the prior");
    }
}
