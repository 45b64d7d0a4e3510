package org.mdlab.spark;

import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.mdlab.market.Arguments;
import org.mdlab.sweep.Engine;
import org.mdlab.sweep.Grid;
import org.mdlab.sweep.PointFunction;
import org.mdlab.sweep.Outcome;
import scala.Tuple2;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.stream.LongStream;

/**
 * Runs an mdlab {@link org.mdlab.sweep.Sweep} on Apache Spark: the grid's point indices become an RDD, each
 * task evaluates its points with {@link PointFunction#evaluate} (points and their seeds are computed from
 * the index on the executor), and the rows come back sorted by index, so the table is the one the
 * {@link org.mdlab.sweep.LocalEngine} gives. Spark retries the tasks of a lost executor, and a collected
 * partition is taken once, so a worker dying mid-sweep loses and duplicates nothing.
 *
 * <pre>{@code
 * try (SparkEngine spark = SparkEngine.local()) { Table t = Sweep.run(grid, function, spark); }
 * try (SparkEngine spark = SparkEngine.connect("spark://head:7077")) { ... }
 * }</pre>
 *
 * <p>Spark allows one context per JVM: close one engine before starting another.
 *
 * <p>On a cluster the point function's class must be on the executors' class path (a class of the
 * library or of the application jar given to {@code spark-submit}); a function typed into a notebook cell
 * runs embedded ({@link #local()}) only.
 */
public final class SparkEngine implements Engine, AutoCloseable {

    /** An embedded engine listens on the loopback interface only. */
    private static final Map<String, String> LOOPBACK = Map.of("spark.driver.host", "127.0.0.1",
            "spark.driver.bindAddress", "127.0.0.1");

    private final JavaSparkContext context;
    private final int slices;

    private SparkEngine(JavaSparkContext context, int slices) {
        this.context = context;
        this.slices = slices;
    }

    /**
     * Spark embedded in this JVM on all cores ({@code local[*]}), on the loopback interface, with its web UI off.
     *
     * @return the engine; close it to stop Spark
     */
    public static SparkEngine local() {
        return start("local[*]", LOOPBACK);
    }

    /**
     * Spark embedded in this JVM with a given number of threads ({@code local[n]}).
     *
     * @param threads the number of task threads; {@code >= 1}
     * @return the engine; close it to stop Spark
     */
    public static SparkEngine local(int threads) {
        Arguments.atLeast("threads", threads, 1);
        return start("local[" + threads + "]", LOOPBACK);
    }

    /**
     * Spark on a cluster.
     *
     * @param masterUrl the master, e.g. {@code spark://host:7077}
     * @param settings  further Spark settings (e.g. {@code spark.executor.memory}); may be empty
     * @return the engine; close it to release the cluster's executors
     */
    public static SparkEngine connect(String masterUrl, Map<String, String> settings) {
        Arguments.notNull("masterUrl", masterUrl);
        if (masterUrl.isBlank()) {
            throw new IllegalArgumentException("masterUrl must be non-blank (e.g. spark://host:7077)");
        }
        return start(masterUrl, Arguments.notNull("settings", settings));
    }

    /**
     * Spark on a cluster, with default settings.
     *
     * @param masterUrl the master, e.g. {@code spark://host:7077}
     * @return the engine
     */
    public static SparkEngine connect(String masterUrl) {
        return connect(masterUrl, Map.of());
    }

    /**
     * The engine of an application launched by {@code spark-submit}: the master and every setting come from
     * its command line (Spark passes them as {@code spark.*} system properties).
     *
     * @return the engine
     * @throws IllegalArgumentException if no master is set, i.e. the JVM was not started by spark-submit
     */
    public static SparkEngine submitted() {
        SparkConf conf = new SparkConf();
        if (!conf.contains("spark.master")) {
            throw new IllegalArgumentException("spark.master must be set: run under spark-submit --master URL, "
                    + "or use SparkEngine.connect(masterUrl)");
        }
        return start(conf.setIfMissing("spark.app.name", "mdlab sweep"));
    }

    private static SparkEngine start(String master, Map<String, String> settings) {
        SparkConf conf = new SparkConf().setMaster(master).setAppName("mdlab sweep")
                .set("spark.ui.enabled", "false").set("spark.ui.showConsoleProgress", "false");
        settings.forEach(conf::set);
        return start(conf);
    }

    private static SparkEngine start(SparkConf conf) {
        SparkLogging.quietUnlessConfigured();
        Thread thread = Thread.currentThread();
        ClassLoader caller = thread.getContextClassLoader();
        // Spark finds its classes, and an embedded executor the caller's, through the context class loader:
        // make it the loader that holds Spark (in a notebook, the one %jars added Spark to).
        thread.setContextClassLoader(SparkEngine.class.getClassLoader());
        try {
            JavaSparkContext context = new JavaSparkContext(conf);
            return new SparkEngine(context, Math.max(2, context.defaultParallelism() * 4));
        } finally {
            thread.setContextClassLoader(caller);
        }
    }

    @Override
    public String description() {
        return "Spark, " + context.master();
    }

    @Override
    public List<Outcome> evaluate(Grid grid, PointFunction function) {
        Arguments.notNull("grid", grid);
        Arguments.notNull("function", function);
        long size = grid.size();
        if (size == 0) {
            return List.of();
        }
        List<Long> indices = LongStream.range(0, size).boxed().toList();
        String group = "mdlab-sweep-" + System.nanoTime();
        context.setJobGroup(group, "sweep of " + size + " points", true);
        Thread thread = Thread.currentThread();
        ClassLoader caller = thread.getContextClassLoader();
        thread.setContextClassLoader(SparkEngine.class.getClassLoader());
        try {
            List<Tuple2<Long, Outcome>> pairs = context.parallelize(indices, (int) Math.min(size, slices))
                    .map(i -> new Tuple2<>(i, function.evaluate(grid.point(i)))).collect();
            Outcome[] rows = new Outcome[(int) size];
            for (Tuple2<Long, Outcome> pair : pairs) {
                int i = pair._1().intValue();
                if (rows[i] != null) {
                    throw new IllegalStateException("Spark returned point " + i + " twice");
                }
                rows[i] = pair._2();
            }
            List<Outcome> out = new ArrayList<>(Arrays.asList(rows));
            if (out.contains(null)) {
                throw new IllegalStateException("Spark returned " + pairs.size() + " rows for " + size + " points");
            }
            return out;
        } catch (RuntimeException e) {
            if (Thread.currentThread().isInterrupted()) {
                context.cancelJobGroup(group);
                throw new CancellationException("sweep was cancelled");
            }
            throw e;
        } finally {
            thread.setContextClassLoader(caller);
        }
    }

    /**
     * The executors currently registered with the driver (the driver itself not counted; in local mode
     * the embedded executor counts as one).
     *
     * @return the number of executors
     */
    public int executors() {
        int infos = context.sc().statusTracker().getExecutorInfos().length;
        return context.sc().isLocal() ? 1 : Math.max(0, infos - 1);
    }

    /**
     * The number of slices (partitions) a grid is cut into: four per default-parallelism slot.
     *
     * @return the slice count
     */
    public int slices() {
        return slices;
    }

    /** Stops Spark (the embedded engine) or releases the cluster's executors. */
    @Override
    public void close() {
        context.close();
    }
}
