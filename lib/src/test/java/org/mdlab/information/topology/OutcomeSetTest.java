package org.mdlab.information.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

class OutcomeSetTest {

    private static OutcomeSet point(double[][] d, double[] x) {
        double[] h = new double[d.length];
        for (int k = 0; k < d.length; k++) {
            for (int j = 0; j < x.length; j++) {
                h[k] += d[k][j] * x[j];
            }
        }
        return new OutcomeSet(d, h);
    }

    @Property(tries = 100)
    void betweenTwoPointsTheBoundLiesBetweenTheLargestCoordinateGapAndTheDistance(
            @ForAll @LongRange(min = 1, max = 1_000_000) long seed) {
        // h_{x}(d) − h_{y}(d) = d·(x − y): the axes give max |x_j − y_j|, no unit d exceeds |x − y| (Cauchy–Schwarz).
        SplittableRandom rng = new SplittableRandom(seed);
        double[][] d = OutcomeSet.directions(5, 20, seed);
        double[] x = new double[5];
        double[] y = new double[5];
        double gap = 0;
        double distance = 0;
        for (int j = 0; j < 5; j++) {
            x[j] = rng.nextDouble();
            y[j] = rng.nextDouble();
            gap = Math.max(gap, Math.abs(x[j] - y[j]));
            distance += (x[j] - y[j]) * (x[j] - y[j]);
        }
        double bound = point(d, x).hausdorffLowerBound(point(d, y));
        assertTrue(bound >= gap - 1e-15 && bound <= Math.sqrt(distance) + 1e-15);
        assertEquals(bound, point(d, y).hausdorffLowerBound(point(d, x)), 0);
    }

    @Property(tries = 50)
    void theBoundIsAPseudometric(@ForAll @LongRange(min = 1, max = 1_000_000) long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[][] d = OutcomeSet.directions(3, 5, seed);
        OutcomeSet[] sets = new OutcomeSet[3];
        for (int k = 0; k < 3; k++) {
            sets[k] = point(d, new double[] {rng.nextDouble(), rng.nextDouble(), rng.nextDouble()});
        }
        assertEquals(0, sets[0].hausdorffLowerBound(sets[0]), 0);
        assertTrue(sets[0].hausdorffLowerBound(sets[2])
                <= sets[0].hausdorffLowerBound(sets[1]) + sets[1].hausdorffLowerBound(sets[2]) + 1e-15);
    }
}
