package org.mdlab.bench.mechanism;

import java.util.concurrent.TimeUnit;
import org.mdlab.mechanism.ContinuousMyerson;
import org.mdlab.market.ValueDistribution;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * Ironing a continuous distribution in quantile space and evaluating the optimal revenue: the mixture
 * 0.8·U[0, 1/2] + 0.2·U[0, 1] of notebook 04 on {@code 2^12} and {@code 2^16} quantile cells, then the
 * revenue with five bidders (composite Simpson on the ironed revenue curve, {@code 2^14} intervals).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ContinuousIroningBenchmark {

    /** The number of quantile cells. */
    @Param({"4096", "65536"})
    public int cells;

    private final ValueDistribution mixture = ValueDistribution.piecewiseUniform(new double[]{0, 0.5, 1}, new double[]{0.9, 0.1});

    /**
     * @return the optimal revenue with five bidders
     */
    @Benchmark
    public double ironAndPrice() {
        return ContinuousMyerson.of(mixture, cells).revenue(5);
    }
}
