package org.mdlab.jupyter.widgets;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.dflib.jjava.jupyter.messages.Message;
import org.mdlab.jupyter.comm.CommChannel;

/** A comm channel that keeps what it would publish on IOPub. */
final class RecordingChannel extends CommChannel {

    final List<Message<?>> published = new CopyOnWriteArrayList<>();

    @Override
    protected void publish(Message<?> message) {
        published.add(message);
    }
}
