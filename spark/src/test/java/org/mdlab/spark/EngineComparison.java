package org.mdlab.spark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.mdlab.market.Market;
import org.mdlab.segmentation.GreedySegmentation;
import org.mdlab.sweep.Axis;
import org.mdlab.sweep.Engine;
import org.mdlab.sweep.Grid;
import org.mdlab.sweep.LocalEngine;
import org.mdlab.sweep.Outcome;
import org.mdlab.sweep.PointFunction;
import org.mdlab.sweep.Sweep;

/**
 * The sweep engines side by side, in one run ({@code ./mdlab bench spark}): the same grid of seeded random
 * markets, each segmented by the greedy algorithm (Bergemann, Brooks and Morris 2015), on the local engine
 * with 1 and 2 workers, embedded Spark ({@code local[2]}) and a two-worker standalone cluster on 127.0.0.1.
 * Rounds are interleaved so that a change in the machine's load reaches every engine alike; the report gives
 * each engine's median time per point and its ratio to the local engine with 2 workers. A harness, not a
 * test: it asserts nothing and is not run by the test suite.
 */
public final class EngineComparison {

    /** The point function: the consumer surplus of the greedy segmentation of one 200-value market. */
    static final PointFunction GREEDY = p -> Outcome.of("cs", GreedySegmentation.of(Market.random(200, p.seed())).consumerSurplus());

    private EngineComparison() {
    }

    /**
     * Runs the comparison.
     *
     * @param args optional: the number of points (default 20,000) and rounds (default 5)
     * @throws Exception if the cluster cannot be started
     */
    public static void main(String[] args) throws Exception {
        int points = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Grid grid = Grid.of(Axis.integers("market", 1, points)).withSeed(3);
        System.out.printf(Locale.ROOT, "%d points, %d rounds after one warm-up round, load average %.1f at the start%n",
                points, rounds, java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        System.out.printf(Locale.ROOT, "| engine | median s per sweep | µs per point | ratio to local, 2 workers (same phase) |%n"
                + "|---|---|---|---|%n");
        // A JVM holds one Spark context at a time: embedded Spark and the cluster are compared in two phases,
        // each interleaved with the local engines.
        try (SparkEngine embedded = SparkEngine.local(2)) {
            report(compare(grid, rounds, Map.of("Spark local[2]", embedded)), points);
        }
        Path dir = Files.createTempDirectory("mdlab-engines");
        try (StandaloneCluster cluster = StandaloneCluster.start(dir, 2);
             SparkEngine standalone = SparkEngine.connect(cluster.masterUrl(), cluster.driverSettings())) {
            while (standalone.executors() < 2) {
                Thread.sleep(200);
            }
            report(compare(grid, rounds, Map.of("Spark standalone, 2 workers", standalone)), points);
        }
    }

    private static Map<String, List<Double>> compare(Grid grid, int rounds, Map<String, Engine> spark) {
        Map<String, Engine> engines = new LinkedHashMap<>();
        engines.put("local, 1 worker", LocalEngine.withWorkers(1));
        engines.put("local, 2 workers", LocalEngine.withWorkers(2));
        engines.putAll(spark);
        Map<String, List<Double>> seconds = new LinkedHashMap<>();
        engines.keySet().forEach(name -> seconds.put(name, new ArrayList<>()));
        for (int r = 0; r <= rounds; r++) {
            for (Map.Entry<String, Engine> e : engines.entrySet()) {
                long start = System.nanoTime();
                Sweep.run(grid, GREEDY, e.getValue());
                if (r > 0) {
                    seconds.get(e.getKey()).add((System.nanoTime() - start) / 1e9);
                }
            }
        }
        return seconds;
    }

    private static void report(Map<String, List<Double>> seconds, int points) {
        double reference = median(seconds.get("local, 2 workers"));
        for (Map.Entry<String, List<Double>> e : seconds.entrySet()) {
            double m = median(e.getValue());
            System.out.printf(Locale.ROOT, "| %s | %.3f | %.1f | %.2f |%n", e.getKey(), m, 1e6 * m / points, m / reference);
        }
    }

    private static double median(List<Double> xs) {
        double[] a = xs.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return a.length % 2 == 1 ? a[a.length / 2] : (a[a.length / 2 - 1] + a[a.length / 2]) / 2;
    }
}
