package org.mdlab.spark;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A Spark standalone cluster on 127.0.0.1 made of separate JVMs — one master and some workers, started from
 * the Spark jars on this test's class path (no download) — for tests that need a real cluster. The workers
 * need a Spark home with a {@code jars} folder, from which they build their executors' class path; it is
 * made of links to the class path's jars.
 */
final class StandaloneCluster implements AutoCloseable {

    private final Path home;
    private final int port;
    private final Process master;
    private final List<Process> workers = new ArrayList<>();

    private StandaloneCluster(Path home, int port, Process master) {
        this.home = home;
        this.port = port;
        this.master = master;
    }

    static StandaloneCluster start(Path dir, int workerCount) throws IOException, InterruptedException {
        Path home = dir.resolve("spark-home");
        Path jars = Files.createDirectories(home.resolve("jars"));
        for (String entry : classPath()) {
            Path p = Path.of(entry);
            if (entry.endsWith(".jar") && Files.isRegularFile(p) && !Files.exists(jars.resolve(p.getFileName()))) {
                Files.createSymbolicLink(jars.resolve(p.getFileName()), p.toAbsolutePath());
            }
        }
        int port = freePort();
        Process master = launch(home, dir.resolve("master.log"), "org.apache.spark.deploy.master.Master",
                "--host", "127.0.0.1", "--port", String.valueOf(port), "--webui-port", String.valueOf(freePort()));
        StandaloneCluster cluster = new StandaloneCluster(home, port, master);
        awaitPort(port, Duration.ofSeconds(60), master);
        for (int w = 0; w < workerCount; w++) {
            Path work = Files.createDirectories(dir.resolve("worker-" + w));
            cluster.workers.add(launch(home, dir.resolve("worker-" + w + ".log"), "org.apache.spark.deploy.worker.Worker",
                    "--host", "127.0.0.1", "--cores", "1", "--memory", "700m", "--webui-port", String.valueOf(freePort()),
                    "--work-dir", work.toString(), cluster.masterUrl()));
        }
        return cluster;
    }

    String masterUrl() {
        return "spark://127.0.0.1:" + port;
    }

    /** The settings a driver needs so that executors find the test's classes and stay small. */
    Map<String, String> driverSettings() {
        String dirs = classPath().stream().filter(e -> Files.isDirectory(Path.of(e)))
                .map(e -> Path.of(e).toAbsolutePath().toString()).collect(Collectors.joining(File.pathSeparator));
        return Map.of("spark.executor.extraClassPath", dirs, "spark.executor.memory", "512m", "spark.driver.host", "127.0.0.1",
                "spark.task.maxFailures", "4");
    }

    /** Kills worker {@code w} and every process it started (its executor), as a machine failure would. */
    void killWorker(int w) throws InterruptedException {
        Process worker = workers.get(w);
        List<ProcessHandle> tree = Stream.concat(worker.descendants(), Stream.of(worker.toHandle())).toList();
        tree.forEach(ProcessHandle::destroyForcibly);
        for (ProcessHandle h : tree) {
            h.onExit().join();
        }
    }

    @Override
    public void close() {
        for (Process p : workers) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
        }
        master.destroyForcibly();
    }

    private static List<String> classPath() {
        return List.of(System.getProperty("java.class.path").split(File.pathSeparator));
    }

    private static Process launch(Path home, Path log, String mainClass, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx512m");
        command.add("-Dspark.master.rest.enabled=false");
        command.addAll(List.of(System.getProperty("mdlab.spark.java.options", "").split(" ")).stream()
                .filter(s -> !s.isBlank()).toList());
        command.add("-cp");
        command.add(home.resolve("jars").toString() + File.separator + "*");
        command.add(mainClass);
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("SPARK_HOME", home.toString());
        builder.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
        // the launcher that builds executor commands reads the Scala version here when Spark is not an unpacked release
        builder.environment().put("SPARK_SCALA_VERSION", "2.13");
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        return builder.start();
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void awaitPort(int port, Duration limit, Process owner) throws InterruptedException {
        long end = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < end) {
            if (!owner.isAlive()) {
                throw new IllegalStateException("the Spark master exited with " + owner.exitValue());
            }
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress("127.0.0.1", port), 500);
                return;
            } catch (IOException e) {
                Thread.sleep(200);
            }
        }
        throw new IllegalStateException("the Spark master did not open port " + port + " within " + limit);
    }
}
