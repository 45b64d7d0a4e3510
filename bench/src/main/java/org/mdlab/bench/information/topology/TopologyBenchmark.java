package org.mdlab.bench.information.topology;

import java.util.concurrent.TimeUnit;
import org.mdlab.information.topology.BeliefEvent;
import org.mdlab.information.topology.BeliefInvariantEquilibria;
import org.mdlab.information.topology.CommonBelief;
import org.mdlab.information.topology.EmailGame;
import org.mdlab.information.topology.EquilibriumOutcome;
import org.mdlab.information.topology.FiniteGame;
import org.mdlab.information.topology.TypeSpace;
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
 * The email game of Rubinstein (1989) with {@code K} messages ({@code K + 1} cells, {@code ε = 0.05}, {@code μ = 1/2}),
 * the setting of Bergemann, Morris and Veiel's strategic topology (arXiv 2411.09149): the belief-invariant
 * Bayes-correlated-equilibrium LP for the largest joint-attack probability (iterated dominance first, then an LP on
 * the surviving actions of {@code 4(K + 1)} candidate variables), common p-belief of the attack state by elimination
 * ({@code O(K)} rounds of {@code O(K)}) and the exact threshold at one cell by peeling ({@code O(K²)}).
 *
 * <p>Measured on the shared 2-core build machine under load, {@code ./mdlab bench lib -f 1 -wi 2 -i 3 -w 1s -r 1s
 * Topology}: the LP 13.6, 83 and 561 ms for {@code K} = 50, 200, 800 (about {@code K^1.4}); elimination 0.002, 0.007
 * and 0.029 ms, peeling 0.002, 0.011 and 0.053 ms (both finish in a few rounds here, since the cells below the
 * threshold go first; errors of the order of the means under that load).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class TopologyBenchmark {

    /** Number of messages K. */
    @Param({"50", "200", "800"})
    public int messages;

    private final FiniteGame attack = FiniteGame.coordinatedAttack(1, 2);
    private final double[] jointAttack = new double[8];
    private TypeSpace space;
    private BeliefEvent attackState;

    /** Builds the type space. */
    @Setup
    public void setUp() {
        space = new EmailGame(0.5, 0.05, messages).typeSpace();
        attackState = BeliefEvent.state(space, 1);
        jointAttack[attack.outcomeIndex(1, 1, 1)] = 1;
    }

    /**
     * Iterated dominance, then builds and solves the equilibrium LP.
     *
     * @return the solution
     */
    @Benchmark
    public Solution<EquilibriumOutcome> equilibriumLinearProgram() {
        return BeliefInvariantEquilibria.of(attack, space).maximise(jointAttack, SolverOptions.defaults());
    }

    /**
     * Common 0.45-belief of the attack state by fixed-point elimination.
     *
     * @return the event
     */
    @Benchmark
    public BeliefEvent commonBeliefElimination() {
        return CommonBelief.of(attackState, 0.45);
    }

    /**
     * The exact threshold at cell (1, 1, 1) by peeling.
     *
     * @return the threshold
     */
    @Benchmark
    public double commonBeliefThreshold() {
        return CommonBelief.threshold(attackState, 1, 1, 1);
    }
}
