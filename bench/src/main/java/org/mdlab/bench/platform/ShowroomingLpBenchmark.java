package org.mdlab.bench.platform;

import java.util.concurrent.TimeUnit;
import org.mdlab.optimisation.Solution;
import org.mdlab.optimisation.SolverOptions;
import org.mdlab.platform.GridMenus;
import org.mdlab.platform.PlatformMarket;
import org.mdlab.platform.ShowroomingLp;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The discretised seller problem of the reconstructed platform model (Bergemann and Bonatti, "Data,
 * Competition, and Digital Platforms", arXiv:2304.07653), {@link ShowroomingLp} with perfect targeting at
 * {@code λ = 1/2}, uniform types on {@code [0, 1]}, as the type grid {@code n} grows with {@code K = 2n + 1}
 * quality levels (the grids of notebook 18): {@code 2n(K + 1)} variables and about {@code 8n} rows, so 880,
 * 3,360 and 13,120 variables for {@code n} = 20, 40, 80.
 *
 * <p>Measured on the shared 2-core build machine (load average 6–12), {@code ./mdlab bench lib -f 1 -wi 2 -i 3
 * ShowroomingLp}: 66 ms, 77 ms and 397 ms per build-and-solve, with JMH error bars larger than the means under that
 * load; from 40 to 80 types (four times the variables) the time grows about fivefold.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ShowroomingLpBenchmark {

    /** Number of grid types. */
    @Param({"20", "40", "80"})
    public int types;

    private ShowroomingLp program;

    /** Builds the program's description. */
    @Setup
    public void setUp() {
        program = ShowroomingLp.perfect(PlatformMarket.uniform(0, 1, 0.5), types, 2 * types + 1);
    }

    /**
     * Builds and solves the linear program.
     *
     * @return the solution
     */
    @Benchmark
    public Solution<GridMenus> perfectTargeting() {
        return program.solve(SolverOptions.defaults());
    }
}
