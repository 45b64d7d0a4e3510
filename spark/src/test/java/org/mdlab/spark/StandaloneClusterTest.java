package org.mdlab.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.mdlab.sweep.Grid;
import org.mdlab.sweep.LocalEngine;
import org.mdlab.sweep.Sweep;
import tech.tablesaw.api.Table;

/**
 * A real Spark standalone cluster on this machine — a master and two workers in separate JVMs on
 * 127.0.0.1 — runs the same sweep as the local engine; then one worker is killed mid-sweep and Spark's
 * task retry still delivers every row exactly once.
 */
class StandaloneClusterTest {

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void aTwoWorkerClusterGivesTheLocalTableAndSurvivesLosingAWorker() throws Exception {
        // the cluster's logs stay in target/ for a failing run to be read
        Path dir = Path.of("target", "standalone-cluster");
        org.apache.commons.io.FileUtils.deleteDirectory(dir.toFile());
        java.nio.file.Files.createDirectories(dir);
        Grid grid = SweepFunctions.grid(240);
        Table local = Sweep.run(grid, SweepFunctions.REVENUE, LocalEngine.withWorkers(2));
        try (StandaloneCluster cluster = StandaloneCluster.start(dir, 2);
             SparkEngine spark = SparkEngine.connect(cluster.masterUrl(), cluster.driverSettings())) {
            awaitExecutors(spark, 2);
            SparkEngineTest.assertSameTable(local, Sweep.run(grid, SweepFunctions.REVENUE, spark));

            // 240 points of 25 ms on two one-core executors take about 3 s; the worker dies after 1 s.
            CompletableFuture<Table> running = CompletableFuture.supplyAsync(
                    () -> Sweep.run(grid, SweepFunctions.SLOW_REVENUE, spark));
            Thread.sleep(1000);
            assertTrue(!running.isDone(), "the sweep ended before a worker could be killed");
            cluster.killWorker(0);
            Table afterFailure = running.get(4, TimeUnit.MINUTES);
            assertEquals(1, spark.executors(), "the killed worker's executor should be gone");
            assertEquals(grid.size(), afterFailure.rowCount());
            assertEquals(grid.size(), afterFailure.longColumn(Sweep.POINT).unique().size());
            SparkEngineTest.assertSameTable(local, afterFailure);
        }
    }

    private static void awaitExecutors(SparkEngine spark, int count) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (spark.executors() < count) {
            if (System.nanoTime() > end) {
                throw new IllegalStateException("only " + spark.executors() + " of " + count
                        + " executors registered within 120 s (see the logs in spark/target/standalone-cluster)");
            }
            Thread.sleep(200);
        }
    }
}
