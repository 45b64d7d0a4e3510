package org.mdlab.kernel;

import org.dflib.jjava.jupyter.kernel.KernelConnectionProperties;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Set;

/**
 * Entry point of the kernel: {@code java -jar mdlab-kernel.jar CONNECTION_FILE}, as written into
 * {@code kernel.json}.
 *
 * <p>Binds the sockets of the connection file at once (so {@code kernel_info} is answered quickly)
 * and starts JShell in the background. Standard output and error are routed to the cells; the
 * kernel's own log goes to the original standard error at level WARN and never shows the key.
 * Started with {@value CdsTraining#ARCHIVE_PROPERTY} set (by {@code kernel.sh}), the JVM trains the
 * start-up archive instead ({@link CdsTraining}).
 */
public final class Main {

    /** Bytes of stdout and stderr a single cell may show; further output is counted and dropped. */
    static final long CELL_OUTPUT_LIMIT_BYTES = 1_000_000;
    private static final Set<String> SCHEMES = Set.of("hmac-sha256");

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        if (CdsTraining.requested()) {
            System.exit(CdsTraining.run());
        }
        if (args.length != 1) {
            System.err.println("usage: java -jar mdlab-kernel.jar CONNECTION_FILE");
            System.exit(2);
        }
        KernelConnectionProperties props;
        try {
            props = readConnection(Path.of(args[0]));
        } catch (IllegalArgumentException e) {
            System.err.println("mdlab kernel: " + e.getMessage());
            System.exit(2);
            return;
        }
        serve(props).waitUntilClose();
        System.exit(0);
    }

    /**
     * Binds a kernel to the sockets of {@code props}, routes {@code System.out}, {@code System.err}
     * and {@code System.in} to its cells and starts JShell in the background; returns at once.
     */
    static KernelConnection serve(KernelConnectionProperties props) throws GeneralSecurityException {
        LoggerFactory.getLogger(Main.class);
        PrintStream originalErr = System.err;
        CellOutput output = new CellOutput(CELL_OUTPUT_LIMIT_BYTES, originalErr);
        MdlabKernel kernel = MdlabKernel.create(version(), output);
        System.setOut(output.stream(false));
        System.setErr(output.stream(true));
        System.setIn(kernel.getIO().in);

        KernelConnection connection = new KernelConnection(props);
        kernel.becomeHandlerForConnection(connection);
        connection.connect();

        Thread startup = new Thread(() -> kernel.start(System.getProperty("java.class.path")), "mdlab-startup");
        startup.setDaemon(true);
        startup.start();
        return connection;
    }

    /**
     * Reads and checks a Jupyter connection file.
     *
     * @throws IllegalArgumentException naming the file and what is wrong with it
     */
    static KernelConnectionProperties readConnection(Path file) {
        String json;
        try {
            json = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read the connection file " + file + ": " + e.getMessage());
        }
        KernelConnectionProperties props;
        try {
            props = KernelConnectionProperties.parse(json);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("the connection file " + file + " is not valid JSON: " + e.getMessage());
        }
        if (props == null || props.getIp() == null || props.getTransport() == null) {
            throw new IllegalArgumentException("the connection file " + file + " lacks ip or transport");
        }
        boolean signed = props.getKey() != null && !props.getKey().isEmpty();
        if (signed && !SCHEMES.contains(props.getSignatureScheme())) {
            throw new IllegalArgumentException("unsupported signature_scheme '" + props.getSignatureScheme()
                    + "' in " + file + "; this kernel supports " + SCHEMES);
        }
        return props;
    }

    private static String version() {
        String version = Main.class.getPackage().getImplementationVersion();
        return version != null ? version : "dev";
    }
}
