package org.mdlab.kernel;

import org.dflib.jjava.jupyter.channels.JupyterSocket;
import org.dflib.jjava.jupyter.kernel.KernelConnectionProperties;
import org.dflib.jjava.jupyter.messages.HMACGenerator;
import org.dflib.jjava.jupyter.messages.Message;
import org.dflib.jjava.jupyter.messages.publish.PublishStream;
import org.slf4j.LoggerFactory;
import org.zeromq.SocketType;
import org.zeromq.ZMQ;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

/** An IOPub stand-in that records what would have been sent. */
final class CapturingSocket extends JupyterSocket {

    private static final ZMQ.Context CONTEXT = ZMQ.context(1);

    final List<Message<?>> sent = new CopyOnWriteArrayList<>();

    CapturingSocket() {
        super(CONTEXT, SocketType.PUB, HMACGenerator.NO_AUTH_INSTANCE, LoggerFactory.getLogger("test"));
    }

    @Override
    public void bind(KernelConnectionProperties props) {
    }

    @Override
    public synchronized void sendMessage(Message<?> message) {
        sent.add(message);
    }

    List<PublishStream> streams() {
        return sent.stream().map(Message::getContent).filter(PublishStream.class::isInstance)
                .map(PublishStream.class::cast).collect(Collectors.toList());
    }

    String text(PublishStream.StreamType type) {
        return streams().stream().filter(s -> s.getStreamType() == type).map(PublishStream::getText)
                .collect(Collectors.joining());
    }
}
