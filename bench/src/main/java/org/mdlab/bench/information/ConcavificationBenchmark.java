package org.mdlab.bench.information;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.mdlab.information.BeliefSplit;
import org.mdlab.information.ConcaveEnvelope;
import org.mdlab.information.SimplexConcavification;
import org.mdlab.optimisation.Solution;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Concavification as the grid grows: the exact 1-D envelope (monotone chain, expected {@code O(n log n)}
 * with the sort) on {@code points} beliefs, and the simplex LP over three states on the grid of
 * denominator {@code resolution} ({@code (r + 1)(r + 2)/2} beliefs).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ConcavificationBenchmark {

    /** Grid size for the 1-D envelope and denominator for the simplex grid. */
    @Param({"10", "20", "40", "80"})
    public int resolution;

    private double[] grid;
    private double[] values;
    private double[][] simplex;

    /** Builds a seeded random function on the grids. */
    @Setup
    public void setUp() {
        SplittableRandom random = new SplittableRandom(42);
        int points = resolution * 1000 + 1;
        grid = new double[points];
        values = new double[points];
        for (int k = 0; k < points; k++) {
            grid[k] = (double) k / (points - 1);
            values[k] = random.nextDouble();
        }
        simplex = SimplexConcavification.grid(3, resolution);
    }

    /**
     * The 1-D envelope on {@code 1000 resolution + 1} points.
     *
     * @return the envelope
     */
    @Benchmark
    public ConcaveEnvelope envelopeOnTheInterval() {
        return ConcaveEnvelope.ofGrid(grid, values);
    }

    /**
     * The simplex LP over three states.
     *
     * @return the LP result
     */
    @Benchmark
    public Solution<BeliefSplit> envelopeOnTheSimplex() {
        return SimplexConcavification.solve(simplex, b -> Math.sin(7 * b[0]) * Math.cos(5 * b[1]), new double[] {0.2, 0.3, 0.5});
    }
}
