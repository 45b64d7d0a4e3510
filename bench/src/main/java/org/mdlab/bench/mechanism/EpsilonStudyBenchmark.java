package org.mdlab.bench.mechanism;

import java.util.concurrent.TimeUnit;
import org.mdlab.estimator.FiniteEstimator;
import org.mdlab.mechanism.DataDrivenEnvironment;
import org.mdlab.mechanism.DataDrivenExamples;
import org.mdlab.mechanism.DataDrivenVcg;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * The full ε_m study of notebook 03: exact ε of data-driven VCG for the sample mean of m clicks,
 * m = 4, 8, ..., 2048, in the kinked click-through instance (target: under 10 s).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class EpsilonStudyBenchmark {

    private final DataDrivenEnvironment clicks = DataDrivenExamples.kinkedClickThrough();

    /**
     * @return the sum of the ε_m (so that nothing is eliminated)
     */
    @Benchmark
    public double epsilonStudy() {
        double sum = 0;
        for (int m = 4; m <= 2048; m *= 2) {
            sum += DataDrivenVcg.epsilon(clicks, FiniteEstimator.sampleMean(m, 0.3, 0.5, 0.7)).gain();
        }
        return sum;
    }
}
