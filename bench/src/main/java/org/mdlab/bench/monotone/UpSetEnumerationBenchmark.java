package org.mdlab.bench.monotone;

import java.util.concurrent.TimeUnit;
import org.mdlab.monotone.TypeGrid;
import org.mdlab.monotone.UpSetEnumeration;
import org.mdlab.optimisation.SolverOptions;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Enumerating every up-set of a uniform grid {@code [m]^n} (the vertices of its order polytope): 2, 6 and 8 types
 * for two agents (70, 924 and 12,870 up-sets) and 2, 3 and 4 for three (20, 980 and 232,848).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class UpSetEnumerationBenchmark {

    /** The grid, as {@code agents x side}. */
    @Param({"2x4", "2x6", "2x8", "3x2", "3x3", "3x4"})
    public String grid;

    private TypeGrid typeGrid;

    /** Parses the grid. */
    @Setup
    public void setUp() {
        String[] parts = grid.split("x");
        typeGrid = TypeGrid.uniform(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
    }

    /**
     * One enumeration.
     *
     * @return the number of up-sets, so that the work is not eliminated
     */
    @Benchmark
    public int enumerate() {
        return UpSetEnumeration.enumerate(typeGrid, SolverOptions.defaults()).size();
    }
}
