package org.mdlab.kernel;

import org.dflib.jjava.jupyter.channels.JupyterConnection;
import org.dflib.jjava.jupyter.kernel.KernelConnectionProperties;
import org.dflib.jjava.jupyter.messages.Message;
import org.dflib.jjava.jupyter.messages.publish.PublishStatus;
import org.zeromq.ZMQ;

import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;

/**
 * The kernel's ZeroMQ sockets: the base library's heartbeat, stdin and IOPub channels, with shell and
 * control served by {@link RequestChannel}s. Every socket binds to the transport and IP of the
 * connection file.
 */
final class KernelConnection extends JupyterConnection {

    private final KernelConnectionProperties props;
    private final ZMQ.Context requests = ZMQ.context(1);
    private final RequestChannel shellChannel;
    private final RequestChannel controlChannel;
    private volatile boolean connected;
    private volatile boolean closed;

    KernelConnection(KernelConnectionProperties props) throws NoSuchAlgorithmException, InvalidKeyException {
        super(props);
        this.props = props;
        shell.close();
        control.close();
        this.shellChannel = new RequestChannel(requests, props.createHMACGenerator(), false, this);
        this.controlChannel = new RequestChannel(requests, props.createHMACGenerator(), true, this);
    }

    @Override
    public void connect() {
        if (connected) {
            return;
        }
        heartbeat.bind(props);
        iopub.bind(props);
        stdin.bind(props);
        controlChannel.bind(props);
        shellChannel.bind(props);
        iopub.sendMessage(new Message<>(null, PublishStatus.MESSAGE_TYPE, PublishStatus.STARTING));
        connected = true;
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        shellChannel.close();
        controlChannel.close();
        heartbeat.close();
        stdin.close();
        iopub.close();
    }

    @Override
    public void waitUntilClose() {
        shellChannel.waitUntilClose();
        controlChannel.waitUntilClose();
        heartbeat.waitUntilClose();
    }
}
