package org.mdlab.spark;

import org.mdlab.sweep.Axis;
import org.mdlab.sweep.Grid;
import org.mdlab.sweep.PointFunction;
import org.mdlab.sweep.Outcome;

/** Point functions shipped to Spark executors by the tests (their class is on the executors' class path). */
final class SweepFunctions {

    private SweepFunctions() {
    }

    /** A grid with seeded randomness on one axis and in every point. */
    static Grid grid(int points) {
        return Grid.of(Axis.uniform("v", 0, 1, points / 4, 7), Axis.integers("n", 1, 4)).withSeed(2026);
    }

    /**
     * The revenue of a posted price p = v against n uniform draws from the point's stream, and the point's
     * first draw: depends on the point only. Point 5 fails on purpose.
     */
    static final PointFunction REVENUE = p -> {
        if (p.index() == 5) {
            throw new IllegalStateException("point 5 fails on purpose");
        }
        var random = p.random();
        double revenue = 0;
        for (int i = 0; i < p.get("n"); i++) {
            revenue = Math.max(revenue, random.nextDouble() >= p.get("v") ? p.get("v") : 0);
        }
        return Outcome.of("revenue", revenue).and("draw", p.random().nextDouble());
    };

    /** {@link #REVENUE}, slowed to 25 ms a point so that a sweep lasts long enough to lose a worker in it. */
    static final PointFunction SLOW_REVENUE = p -> {
        Thread.sleep(25);
        return REVENUE.apply(p);
    };
}
