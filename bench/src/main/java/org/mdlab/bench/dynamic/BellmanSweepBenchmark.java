package org.mdlab.bench.dynamic;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.mdlab.dynamic.MarkovDecisionProblem;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One value-iteration sweep (one application of the Bellman operator) of a random sparse Markov decision
 * problem with 10^5 states, 2 actions and 3 successors per state and action (seeded).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class BellmanSweepBenchmark {

    /** The number of states. */
    @Param("100000")
    public int states;

    private MarkovDecisionProblem problem;
    private double[] values;
    private double[] next;
    private int[] policy;

    /** Builds the problem and a starting value function. */
    @Setup
    public void setUp() {
        SplittableRandom random = new SplittableRandom(42);
        MarkovDecisionProblem.Builder builder = MarkovDecisionProblem.builder(states, 2, 0.95);
        for (int a = 0; a < 2; a++) {
            for (int s = 0; s < states; s++) {
                double x = random.nextDouble(), y = random.nextDouble() * (1 - x);
                builder.row(s, a, random.nextDouble(), new int[] {random.nextInt(states), random.nextInt(states),
                        random.nextInt(states)}, new double[] {x, y, 1 - x - y});
            }
        }
        problem = builder.build();
        values = new double[states];
        next = new double[states];
        policy = new int[states];
        for (int s = 0; s < states; s++) {
            values[s] = random.nextDouble() * 20;
        }
    }

    /**
     * One Bellman sweep.
     *
     * @return the sup-norm residual, so that the work is not eliminated
     */
    @Benchmark
    public double sweep() {
        return problem.bellman(values, next, policy);
    }
}
