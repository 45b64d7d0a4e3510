package org.mdlab.bench.dynamic;

import java.util.concurrent.TimeUnit;
import org.mdlab.dynamic.revenue.AutoregressiveContract;
import org.mdlab.dynamic.revenue.AutoregressiveScreening;
import org.mdlab.dynamic.revenue.Innovation;
import org.mdlab.market.ValueDistribution;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * The Pavan–Segal–Toikka accounts of notebook 11 (horizon 30, γ = 0.8, δ = 0.9): the lattice quadrature
 * of profit, rent and first best for normal and uniform innovations, and one dynamic-IC evaluation of the
 * implementing contract (the audit makes 41² of them).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class AutoregressiveAccountsBenchmark {

    @Param({"normal", "uniform"})
    public String law;

    private AutoregressiveScreening model;
    private AutoregressiveContract contract;

    /** Builds the model and its contract. */
    @org.openjdk.jmh.annotations.Setup
    public void setUp() {
        Innovation innovation = law.equals("normal") ? Innovation.normal(0.2)
                : Innovation.of(ValueDistribution.uniform(-0.2 * Math.sqrt(3), 0.2 * Math.sqrt(3)));
        model = new AutoregressiveScreening(0.8, innovation, 0.9, 30);
        contract = AutoregressiveContract.of(model);
    }

    /**
     * The accounts, lattice built afresh.
     *
     * @return the expected profit
     */
    @Benchmark
    public double accounts() {
        return model.accounts().profit();
    }

    /**
     * One misreport's utility.
     *
     * @return {@code V(0.6, 0.4)}
     */
    @Benchmark
    public double misreportUtility() {
        return contract.utility(0.6, 0.4);
    }
}
