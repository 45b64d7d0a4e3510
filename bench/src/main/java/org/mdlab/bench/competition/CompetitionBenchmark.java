package org.mdlab.bench.competition;

import java.util.concurrent.TimeUnit;
import org.mdlab.competition.ConsumerKnowledge;
import org.mdlab.competition.CorrelatedEquilibria;
import org.mdlab.competition.FirmKnowledge;
import org.mdlab.competition.Hotelling;
import org.mdlab.competition.InformationStructure;
import org.mdlab.competition.PricingOutcome;
import org.mdlab.competition.Welfare;
import org.mdlab.optimisation.Solution;
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
 * The consumer-optimal Bayes-correlated-equilibrium LP of the Hotelling duopoly (Bergemann, Brooks and Morris,
 * "Information and Price Competition"), information designed for firms and consumer, as the location grid
 * {@code n} grows: {@code n} states, {@code n + 1} consumer beliefs and {@code (1.75 n + 1)^2} price profiles, so
 * {@code O(n^4)} variables and {@code O(n^5)} non-zeros: 96, 1,280 and 5,082 variables for {@code n} = 2, 4, 6.
 *
 * <p>Measured on the shared 2-core build machine (load average 15–20), {@code java -jar bench/target/benchmarks.jar
 * Competition -f 1 -wi 1 -i 3 -w 1s -r 1s}: 16.5 ms, 442 ms and 4.24 s per build-and-solve (errors of the order of the
 * means under that load). Time grows about as variables^1.3 from 2 to 4 and variables^1.6 from 4 to 6: the
 * consumer's obedience rows, one per (belief, price profile, purchase, alternative), dominate the simplex basis.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CompetitionBenchmark {

    /** Number of locations. */
    @Param({"2", "4", "6"})
    public int locations;

    private CorrelatedEquilibria equilibria;

    /** Builds the game. */
    @Setup
    public void setUp() {
        equilibria = CorrelatedEquilibria.of(Hotelling.of(1.75, 0, 1).game(locations),
                InformationStructure.atLeast(FirmKnowledge.NOTHING, ConsumerKnowledge.NOTHING));
    }

    /**
     * Builds and solves the consumer-surplus LP.
     *
     * @return the solution
     */
    @Benchmark
    public Solution<PricingOutcome> consumerOptimalInformation() {
        return equilibria.maximise(Welfare.CONSUMER, SolverOptions.defaults());
    }
}
