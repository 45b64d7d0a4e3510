package org.mdlab.kernel;

import org.dflib.jjava.jupyter.channels.JupyterConnection;
import org.dflib.jjava.jupyter.channels.ShellChannel;
import org.dflib.jjava.jupyter.channels.ShellHandler;
import org.dflib.jjava.jupyter.channels.ShellReplyEnvironment;
import org.dflib.jjava.jupyter.kernel.KernelConnectionProperties;
import org.dflib.jjava.jupyter.messages.HMACGenerator;
import org.dflib.jjava.jupyter.messages.Message;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zeromq.ZMQ;

/**
 * A shell or control socket served by a thread that blocks in a ZeroMQ poll, so a request is
 * handled as soon as it arrives (the base library's loop polls without waiting and then sleeps
 * 50 ms, which puts a 50 ms floor under every round trip).
 *
 * <p>Each message is read whole and authenticated by {@link MessageReader}; one that is unsigned,
 * wrongly signed, truncated or malformed is dropped and logged (never with the key), and the
 * channel goes on serving.
 */
final class RequestChannel extends ShellChannel {

    private static final Logger LOG = LoggerFactory.getLogger(RequestChannel.class);
    private static final int POLL_MILLIS = 200;

    private final boolean control;
    private final JupyterConnection connection;
    private final MessageReader reader;
    private volatile boolean serving;
    private Thread loop;

    RequestChannel(ZMQ.Context context, HMACGenerator hmac, boolean control, JupyterConnection connection) {
        super(context, hmac, control, connection);
        this.control = control;
        this.connection = connection;
        this.reader = new MessageReader(hmac);
    }

    @Override
    public void bind(KernelConnectionProperties props) {
        int port = control ? props.getControlPort() : props.getShellPort();
        super.bind(formatAddress(props.getTransport(), props.getIp(), port));
        serving = true;
        loop = new Thread(this::serve, control ? "mdlab-control" : "mdlab-shell");
        loop.setDaemon(true);
        loop.start();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void serve() {
        ZMQ.Poller poller = ctx.poller(1);
        poller.register(this, ZMQ.Poller.POLLIN);
        while (serving) {
            if (poller.poll(POLL_MILLIS) <= 0 || !serving) {
                continue;
            }
            Message<?> message;
            try {
                message = reader.parse(MessageReader.receiveFrames(this));
            } catch (MessageReader.Rejected e) {
                LOG.warn("Dropped a message on the {} channel: {}", control ? "control" : "shell", e.getMessage());
                continue;
            }
            ShellHandler handler = connection.getHandler(message.getHeader().getType());
            if (handler == null) {
                LOG.warn("No handler for {}", message.getHeader().getType().getName());
                continue;
            }
            ShellReplyEnvironment env = connection.prepareReplyEnv(this, message);
            try {
                handler.handle(env, message);
            } catch (RuntimeException e) {
                LOG.warn("Failed to handle {}: {}", message.getHeader().getType().getName(), e.toString());
            } finally {
                env.resolveDeferrals();
            }
            if (env.isMarkedForShutdown()) {
                connection.close();
            }
        }
        poller.close();
        closeSocket();
    }

    /** Stops serving; the socket is closed by its own thread, as ZeroMQ sockets are not thread-safe. */
    @Override
    public void close() {
        serving = false;
        if (loop == null || Thread.currentThread() == loop) {
            closeSocket();
        }
    }

    private synchronized void closeSocket() {
        if (!closed) {
            super.close();
        }
    }

    @Override
    public void waitUntilClose() {
        Thread thread = loop;
        if (thread != null && thread != Thread.currentThread()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
