package org.mdlab.kernel;

import org.dflib.jjava.jupyter.channels.JupyterSocket;
import org.dflib.jjava.jupyter.kernel.KernelConnectionProperties;
import org.dflib.jjava.jupyter.messages.Header;
import org.dflib.jjava.jupyter.messages.KernelTimestamp;
import org.dflib.jjava.jupyter.messages.Message;
import org.dflib.jjava.jupyter.messages.MessageType;
import org.dflib.jjava.jupyter.messages.request.ExecuteRequest;
import org.dflib.jjava.jupyter.messages.request.KernelInfoRequest;
import org.slf4j.LoggerFactory;
import org.zeromq.SocketType;
import org.zeromq.ZMQ;

import javax.management.JMException;
import javax.management.ObjectName;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * Trains the kernel's start-up archive (AppCDS: the classes that a start and the first cells load,
 * parsed and verified ahead of time) for one kernelspec location and one JDK.
 *
 * <p>A kernel is served on loopback sockets in this JVM and a client in the same JVM sends it
 * {@code kernel_info} and the {@link #CELLS} over ZeroMQ, exactly as Jupyter would; then the JVM
 * writes the classes it has loaded ({@code jcmd VM.cds dynamic_dump}, available from JDK 17 when
 * the JVM runs with {@code -XX:+RecordDynamicDumpInfo}) to a temporary file, checks that a fresh JVM
 * maps it, renames it over the archive and writes the key it was trained for next to it ({@code ARCHIVE.key}). An archive is
 * only ever replaced by a rename, so a kernel that has it mapped is never disturbed.
 *
 * <p>{@code kernel.sh} starts it: in the background, at low priority, when a kernel starts at a
 * location whose archive is missing or was trained for another location, JDK or jar; in the
 * foreground for {@code ./mdlab build}. One training per archive runs at a time (a file lock on
 * {@code ARCHIVE.lock}, released by the operating system if the trainer dies).
 */
final class CdsTraining {

    /** The archive to train; its presence makes {@link Main} train instead of serving a kernel. */
    static final String ARCHIVE_PROPERTY = "mdlab.cds.archive";
    /** The key of the location and JDK the archive is for, as {@code kernel.sh} computes it. */
    static final String KEY_PROPERTY = "mdlab.cds.key";
    /** {@code true}: wait for a training that is already running (the build); else leave it to it. */
    static final String WAIT_PROPERTY = "mdlab.cds.wait";

    /** What a typical first session runs: a value, output, a table, a chart, checks and both kinds of error. */
    static final List<String> CELLS = List.of(
            "1+1",
            "System.out.println(\"x\");",
            "tech.tablesaw.api.Table.create(\"t\", tech.tablesaw.api.DoubleColumn.create(\"x\", 1, 2))",
            "var chart = new org.knowm.xchart.XYChartBuilder().width(400).height(300).build();\n"
                    + "chart.addSeries(\"s\", new double[] {1, 2, 3}, new double[] {1, 4, 9});\n"
                    + "chart",
            "org.mdlab.repro.Checks.of(org.mdlab.repro.Check.closedForm(\"one plus one\", \"1 + 1\", 2, 1 + 1, 1e-12))",
            "double half(double x) { return x / 2; }\nhalf(3)",
            "int[] none = new int[0];\nnone[1]",
            "undefinedName + 1");

    private static final long REPLY_TIMEOUT_MILLIS = 60_000;
    private static final long TRAINING_LIMIT_MILLIS = 300_000;

    private CdsTraining() {
    }

    static boolean requested() {
        return System.getProperty(ARCHIVE_PROPERTY) != null;
    }

    /**
     * Trains the archive named by {@value #ARCHIVE_PROPERTY} unless it is current; prints one line
     * saying what happened. Returns the exit status: 0 when the archive is current afterwards (or
     * another training is making it so), 1 when the training failed.
     */
    static int run() {
        PrintStream out = System.out;
        Path archive = Path.of(System.getProperty(ARCHIVE_PROPERTY)).toAbsolutePath();
        String key = System.getProperty(KEY_PROPERTY, "");
        Path jar = Path.of(System.getProperty("java.class.path")).toAbsolutePath();
        limitDuration();
        try {
            Files.createDirectories(archive.getParent());
            try (FileChannel channel = FileChannel.open(sibling(archive, ".lock"), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
                 FileLock lock = Boolean.getBoolean(WAIT_PROPERTY) ? channel.lock() : channel.tryLock()) {
                if (lock == null) {
                    out.println("AppCDS archive " + archive + " is being trained by another process");
                    return 0;
                }
                if (current(archive, key, jar)) {
                    out.println("AppCDS archive up to date (" + archive + ")");
                    return 0;
                }
                long started = System.nanoTime();
                exercise();
                Path partial = sibling(archive, "." + ProcessHandle.current().pid() + ".tmp");
                dump(partial);
                verify(partial, jar);
                Files.move(partial, archive, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                Path keyFile = sibling(archive, ".key");
                Path partialKey = sibling(archive, ".key." + ProcessHandle.current().pid() + ".tmp");
                Files.writeString(partialKey, key + "\n", StandardCharsets.UTF_8);
                Files.move(partialKey, keyFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                out.printf("AppCDS archive trained in %.1f s (%d MB): %s%n", (System.nanoTime() - started) / 1e9,
                        Files.size(archive) >> 20, archive);
                return 0;
            }
        } catch (IOException | GeneralSecurityException | JMException | RuntimeException e) {
            out.println("AppCDS training failed (" + e + "); the kernel runs without the archive, only slower");
            return 1;
        }
    }

    /** The archive exists, was trained for {@code key} and is newer than the kernel's jar. */
    static boolean current(Path archive, String key, Path jar) throws IOException {
        Path keyFile = sibling(archive, ".key");
        return Files.isRegularFile(archive) && Files.isRegularFile(keyFile)
                && Files.readString(keyFile, StandardCharsets.UTF_8).strip().equals(key.strip())
                && Files.getLastModifiedTime(archive).compareTo(Files.getLastModifiedTime(jar)) > 0;
    }

    private static Path sibling(Path archive, String suffix) {
        return archive.resolveSibling(archive.getFileName() + suffix);
    }

    private static void limitDuration() {
        Thread watchdog = new Thread(() -> {
            try {
                Thread.sleep(TRAINING_LIMIT_MILLIS);
                Runtime.getRuntime().halt(1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "mdlab-cds-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
    }

    private static void exercise() throws IOException, GeneralSecurityException {
        KernelConnectionProperties props = KernelConnectionProperties.parse(loopbackConnection());
        Main.serve(props);
        ZMQ.Context context = ZMQ.context(1);
        try (Client client = new Client(context, props)) {
            client.request(KernelInfoRequest.MESSAGE_TYPE, new KernelInfoRequest());
            for (String cell : CELLS) {
                client.request(ExecuteRequest.MESSAGE_TYPE, new ExecuteRequest(cell, false, true, Map.of(), false, false));
            }
        } finally {
            context.term();
        }
    }

    private static String loopbackConnection() throws IOException {
        List<ServerSocket> probes = new ArrayList<>();
        try {
            for (int i = 0; i < 5; i++) {
                probes.add(new ServerSocket(0));
            }
        } finally {
            for (ServerSocket probe : probes) {
                probe.close();
            }
        }
        return "{\"ip\":\"127.0.0.1\",\"transport\":\"tcp\",\"signature_scheme\":\"hmac-sha256\",\"key\":\""
                + UUID.randomUUID() + "\",\"shell_port\":" + probes.get(0).getLocalPort()
                + ",\"iopub_port\":" + probes.get(1).getLocalPort() + ",\"stdin_port\":" + probes.get(2).getLocalPort()
                + ",\"control_port\":" + probes.get(3).getLocalPort() + ",\"hb_port\":" + probes.get(4).getLocalPort() + "}";
    }

    private static void dump(Path file) throws JMException {
        ManagementFactory.getPlatformMBeanServer().invoke(new ObjectName("com.sun.management:type=DiagnosticCommand"),
                "vmCds", new Object[]{new String[]{"dynamic_dump", file.toString()}},
                new String[]{String[].class.getName()});
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("the JVM wrote no archive (is -XX:+RecordDynamicDumpInfo set?)");
        }
    }

    /**
     * Starts a JVM with the same options that must map {@code partial} ({@code -Xshare:on}) and fails
     * unless it does: an archive cut short (a full disk) would crash every later start instead of
     * being ignored.
     */
    private static void verify(Path partial, Path jar) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        for (String option : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (!option.equals("-XX:+RecordDynamicDumpInfo") && !option.startsWith("-Dmdlab.cds.")) {
                command.add(option);
            }
        }
        command.addAll(List.of("-XX:SharedArchiveFile=" + partial, "-Xshare:on", "-Xlog:disable",
                "-XX:-CreateCoredumpOnCrash", "-XX:ErrorFile=/dev/null", "-cp", jar.toString(), "-version"));
        Process check = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            if (!check.waitFor(REPLY_TIMEOUT_MILLIS, TimeUnit.MILLISECONDS) || check.exitValue() != 0) {
                check.destroyForcibly();
                Files.deleteIfExists(partial);
                throw new IllegalStateException("the archive written does not load in a fresh JVM");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while checking the archive", e);
        }
    }

    /** A Jupyter client's shell socket: sends a request and waits for the reply to it (content unread). */
    private static final class Client extends JupyterSocket {

        private final String session = UUID.randomUUID().toString();

        Client(ZMQ.Context context, KernelConnectionProperties props) throws GeneralSecurityException {
            super(context, SocketType.DEALER, props.createHMACGenerator(), LoggerFactory.getLogger(CdsTraining.class));
            setReceiveTimeOut((int) REPLY_TIMEOUT_MILLIS);
            setLinger(0);
            connect(formatAddress(props.getTransport(), props.getIp(), props.getShellPort()));
        }

        @Override
        public void bind(KernelConnectionProperties props) {
            throw new UnsupportedOperationException("a client connects; it does not bind");
        }

        <T> void request(MessageType<T> type, T content) {
            Header<T> header = new Header<>(UUID.randomUUID().toString(), "mdlab-training", session,
                    KernelTimestamp.now(), type, Header.PROTOCOL_VERISON);
            Message<T> request = new Message<>(header, content);
            sendMessage(request);
            String id = request.getHeader().getId();
            while (true) {
                List<byte[]> frames = MessageReader.receiveFrames(this);
                if (frames.get(0) == null) {
                    throw new IllegalStateException("no reply to " + type.getName() + " within " + REPLY_TIMEOUT_MILLIS + " ms");
                }
                int parent = frames.size() - 3;
                if (parent >= 0 && new String(frames.get(parent), StandardCharsets.UTF_8).contains(id)) {
                    return;
                }
            }
        }
    }
}
