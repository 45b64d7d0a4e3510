package org.mdlab.bench.monotone;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.mdlab.monotone.AntiEquivalenceAudit;
import org.mdlab.monotone.BilateralTrade;
import org.mdlab.monotone.ExtremeMarginals;
import org.mdlab.monotone.TypeGrid;
import org.mdlab.monotone.UpSet;
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
 * The package's linear programs (ojAlgo, through {@code LinearProgram}) at three sizes of two-agent grid
 * {@code m × m}, m = 4, 5, 6: the two extremeness programs of one marginal vector against all
 * {@code C(2m, m)} = 70, 252, 924 vectors; the anti-equivalence audit of one up-set ({@code m^2} variables); and
 * the reduced and full Bayesian bilateral-trade programs with {@code m} = 4, 5, 6 values and costs.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class MonotoneProgramsBenchmark {

    /** Types per agent. */
    @Param({"4", "5", "6"})
    public int side;

    private List<UpSet> upSets;
    private UpSet middle;
    private BilateralTrade trade;

    /** Enumerates the up-sets and builds the trade environment. */
    @Setup
    public void setUp() {
        upSets = UpSetEnumeration.enumerate(TypeGrid.uniform(2, side), SolverOptions.defaults());
        middle = upSets.get(upSets.size() / 2);
        double[] values = new double[side];
        double[] costs = new double[side];
        for (int k = 0; k < side; k++) {
            values[k] = k + 1;
            costs[k] = k + 0.5;
        }
        trade = BilateralTrade.uniform(values, costs);
    }

    /**
     * The convex-combination and separation programs of one vector.
     *
     * @return the margin, so that the work is not eliminated
     */
    @Benchmark
    public double classifyOneVector() {
        return ExtremeMarginals.classify(upSets, List.of(middle), SolverOptions.defaults()).value().points().get(0).margin();
    }

    /**
     * The audit program of one up-set.
     *
     * @return the audited distance
     */
    @Benchmark
    public double auditOneUpSet() {
        return AntiEquivalenceAudit.gap(middle, SolverOptions.defaults()).value().distance();
    }

    /**
     * The reduced bilateral-trade program at λ = 1/2.
     *
     * @return the objective
     */
    @Benchmark
    public double reducedTradeProgram() {
        return trade.reducedProgram(0.5, SolverOptions.defaults()).value().objective();
    }

    /**
     * The full Bayesian bilateral-trade program at λ = 1/2.
     *
     * @return the objective
     */
    @Benchmark
    public double bayesianTradeProgram() {
        return trade.bayesianProgram(0.5, SolverOptions.defaults()).value().objective();
    }
}
