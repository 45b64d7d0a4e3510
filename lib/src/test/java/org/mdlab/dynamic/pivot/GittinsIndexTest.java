package org.mdlab.dynamic.pivot;

import org.mdlab.optimisation.Status;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class GittinsIndexTest {

    @Test
    void uniformPriorAtDiscountNineTenthsHasIndex07029() {
        // Target 0.7029 (papers.md §6, derived; Gittins' tables for Beta(1,1), δ = 0.9), to 4 decimals.
        GittinsIndex index = GittinsIndex.ofPrior(new BetaBernoulliBeliefs(1, 1, 200), 0.9, 1e-11);
        assertEquals(Status.OPTIMAL, index.status());
        assertTrue(index.errorBound() < 1e-8, "error bound " + index.errorBound());
        assertEquals(0.7029, index.index(), 5e-5);
    }

    @Test
    void restartInStateAgreesWithCalibrationByARetirementOption() {
        // Independent computation: the index is the λ at which retiring for λ/(1-δ) forever and playing
        // optimally with the option to retire are equally good (Gittins' calibration); solved by
        // bisection on λ with backward induction over a finite horizon of 300 observations.
        double discount = 0.9;
        double calibrated = calibrate(1, 1, discount, 300);
        GittinsIndex index = GittinsIndex.ofPrior(new BetaBernoulliBeliefs(1, 1, 200), discount, 1e-11);
        assertEquals(calibrated, index.index(), 1e-7);
    }

    @Property(tries = 15)
    void indexExceedsThePosteriorMean(@ForAll @IntRange(min = 0, max = 6) int successes,
                                      @ForAll @IntRange(min = 0, max = 6) int failures) {
        // The index is at least the mean: playing the arm forever is one feasible stopping time.
        BetaBernoulliBeliefs beliefs = new BetaBernoulliBeliefs(1, 1, 80);
        GittinsIndex index = GittinsIndex.ofBelief(beliefs, successes, failures, 0.8, 1e-10);
        double mean = (1.0 + successes) / (2.0 + successes + failures);
        assertTrue(index.index() >= mean - 1e-9, index.index() + " < " + mean);
        assertTrue(index.index() <= 1.0 + 1e-9);
    }

    @Test
    void beliefOutsideTheTruncatedSpaceIsRejected() {
        BetaBernoulliBeliefs beliefs = new BetaBernoulliBeliefs(1, 1, 5);
        assertThrows(IllegalArgumentException.class, () -> GittinsIndex.ofBelief(beliefs, 3, 2, 0.9, 1e-8));
        assertThrows(IllegalArgumentException.class, () -> GittinsIndex.ofBelief(beliefs, -1, 0, 0.9, 1e-8));
        assertThrows(IllegalArgumentException.class, () -> GittinsIndex.ofPrior(beliefs, 1.2, 1e-8));
    }

    private static double calibrate(double alpha, double beta, double discount, int horizon) {
        double low = 0, high = 1;
        for (int step = 0; step < 60; step++) {
            double lambda = (low + high) / 2;
            double retire = lambda / (1 - discount);
            double[] next = new double[horizon + 2];
            for (int n = horizon; n >= 0; n--) {
                double[] current = new double[n + 1];
                for (int k = 0; k <= n; k++) {
                    double mean = (alpha + k) / (alpha + beta + n);
                    double play = n == horizon ? mean / (1 - discount)
                            : mean + discount * (mean * next[k + 1] + (1 - mean) * next[k]);
                    current[k] = Math.max(retire, play);
                }
                next = current;
            }
            if (next[0] > retire + 1e-15) {
                low = lambda;
            } else {
                high = lambda;
            }
        }
        return (low + high) / 2;
    }
}
