package org.mdlab.bench.mechanism;

import java.util.concurrent.TimeUnit;
import org.mdlab.estimator.FiniteEstimator;
import org.mdlab.mechanism.DataDrivenEnvironment;
import org.mdlab.mechanism.DataDrivenExamples;
import org.mdlab.mechanism.DataDrivenVcg;
import org.mdlab.mechanism.PerClickAuction;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * The full ε_m studies of notebook 03 (target: under 10 s each): exact ε of data-driven VCG for the
 * sample mean of m clicks, m = 4, 8, ..., 2048, in the kinked click-through instance; and exact ε of
 * per-click pricing with per-advertiser rates estimated from m = 16, ..., 4096 impressions.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class EpsilonStudyBenchmark {

    private final DataDrivenEnvironment clicks = DataDrivenExamples.kinkedClickThrough();
    private final PerClickAuction rated = new PerClickAuction(new double[][]{{1, 2}, {1, 2}}, new double[][]{{0.1, 0.2}, {0.1, 0.2}});

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

    /**
     * @return the sum of the ε_m of per-click pricing with estimated per-advertiser rates
     */
    @Benchmark
    public double perAdvertiserRateStudy() {
        double sum = 0;
        for (int m = 16; m <= 4096; m *= 2) {
            sum += rated.epsilon(FiniteEstimator.smoothedSampleMean(m, 0.1, 0.2)).gain();
        }
        return sum;
    }
}
