package org.mdlab.bench.cloud;

import java.util.concurrent.TimeUnit;
import org.mdlab.cloud.ClosedFormCloudContract;
import org.mdlab.cloud.CloudContractLp;
import org.mdlab.cloud.CloudDemand;
import org.mdlab.cloud.CloudMechanism;
import org.mdlab.market.ConvexCost;
import org.mdlab.optimisation.Solution;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The multi-unit sequential-screening LP over usage lotteries (Bergemann and Wang 2025, arXiv 2502.08022)
 * on notebook 06's instance (3 signals, 5 values) as the number of usage levels grows, against the
 * closed form it verifies; the LP has {@code 15 (levels + 2)} variables.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CloudContractBenchmark {

    /** Number of usage steps on {@code [0, 4]}. */
    @Param({"12", "24", "48"})
    public int levels;

    private CloudDemand demand;

    /** Builds the demand model of notebook 06. */
    @Setup
    public void setUp() {
        demand = CloudDemand.tilted(new double[] {0.3, 0.4, 0.3}, new double[] {1, 1.5, 2, 2.5, 3},
                new double[] {0.7, 1, 1.4}, ConvexCost.quadratic(1, 4));
    }

    /**
     * Solves the LP.
     *
     * @return the result
     */
    @Benchmark
    public Solution<CloudMechanism> lotteryLp() {
        return CloudContractLp.solve(demand, levels);
    }

    /**
     * Computes the closed form (independent of {@code levels}).
     *
     * @return the mechanism
     */
    @Benchmark
    public CloudMechanism closedForm() {
        return ClosedFormCloudContract.optimal(demand).orElseThrow();
    }
}
