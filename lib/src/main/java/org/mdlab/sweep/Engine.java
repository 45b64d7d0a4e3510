package org.mdlab.sweep;

import java.util.List;

/**
 * Where a sweep's points are evaluated: this machine's cores ({@link LocalEngine}) or a distributed engine
 * such as Apache Spark (module {@code mdlab-spark}). Every engine returns the same rows in grid order, since
 * each row depends on its point only; engines differ in where the work runs, never in what it gives.
 */
public interface Engine {

    /**
     * Evaluates every point of the grid with {@link PointFunction#evaluate}.
     *
     * @param grid     the grid
     * @param function the computation per point
     * @return one row per point, in grid order
     * @throws java.util.concurrent.CancellationException if the calling thread is interrupted
     */
    List<Outcome> evaluate(Grid grid, PointFunction function);

    /**
     * A short description for progress lines and tables, e.g. "local, 2 workers".
     *
     * @return the description
     */
    String description();
}
