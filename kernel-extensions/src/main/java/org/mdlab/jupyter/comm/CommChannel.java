package org.mdlab.jupyter.comm;

import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.dflib.jjava.jupyter.channels.ReplyEnvironment;
import org.dflib.jjava.jupyter.kernel.comm.Comm;
import org.dflib.jjava.jupyter.kernel.comm.CommFactory;
import org.dflib.jjava.jupyter.kernel.comm.CommManager;
import org.dflib.jjava.jupyter.messages.ContentType;
import org.dflib.jjava.jupyter.messages.Message;
import org.dflib.jjava.jupyter.messages.MessageContext;
import org.dflib.jjava.jupyter.messages.MessageType;
import org.dflib.jjava.jupyter.messages.comm.CommCloseCommand;
import org.dflib.jjava.jupyter.messages.comm.CommMsgCommand;
import org.dflib.jjava.jupyter.messages.comm.CommOpenCommand;
import org.dflib.jjava.jupyter.messages.publish.PublishError;
import org.dflib.jjava.jupyter.messages.request.CommInfoRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Jupyter comm messages ({@code comm_open}, {@code comm_msg}, {@code comm_close},
 * {@code comm_info_request}; messaging protocol 5.3, "Custom messages") in both directions, for a
 * kernel built on jjava-jupyter.
 *
 * <p>Beyond the base {@link CommManager} it opens comms with data, metadata and binary buffers (the
 * Jupyter widgets protocol needs all three in {@code comm_open}), sends from any thread, answers
 * {@code comm_info_request} with its status, and guards every callback: a target or a comm whose
 * handler throws has the error published as an {@code error} output of the cell that opened the comm
 * (and logged), and the kernel goes on serving. Messages sent while a request is handled carry that
 * request as their parent, so a frontend can match an echo to the update that caused it.
 */
public class CommChannel extends CommManager {

    private static final Logger LOG = LoggerFactory.getLogger(CommChannel.class);
    private static final int TRACE_DEPTH = 12;

    private final Map<String, MessageContext> origins = new ConcurrentHashMap<>();
    private volatile MessageContext current;

    /** A channel with no targets; the kernel connects it to its IOPub socket. */
    public CommChannel() {
        targets = new ConcurrentHashMap<>();
        comms = new ConcurrentHashMap<>();
    }

    @Override
    public void setMessageContext(MessageContext context) {
        super.setMessageContext(context);
        current = context;
    }

    /**
     * Opens a comm from the kernel side: {@code comm_open} to {@code target} with {@code data},
     * {@code metadata} and {@code buffers}, then registers the comm made by {@code factory}.
     *
     * @return the new comm
     */
    public <T extends Comm> T open(String target, JsonObject data, Map<String, Object> metadata, List<byte[]> buffers,
                                   CommFactory<T> factory) {
        String id = UUID.randomUUID().toString().replace("-", "");
        MessageContext parent = current;
        Message<CommOpenCommand> message = new Message<>(parent, CommOpenCommand.MESSAGE_TYPE,
                new CommOpenCommand(id, target, data), blobs(buffers), new LinkedHashMap<>(metadata));
        T comm = factory.produce(this, id, target, message);
        registerComm(comm);
        if (parent != null) {
            origins.put(id, parent);
        }
        publish(message);
        return comm;
    }

    /** Sends {@code comm_msg} on {@code comm} with {@code data} and binary {@code buffers}. */
    public void send(Comm comm, JsonObject data, List<byte[]> buffers) {
        messageComm(comm.getID(), data, Map.of(), buffers);
    }

    @Override
    public void messageComm(String commID, JsonObject data, Map<String, Object> metadata, List<byte[]> blobs) {
        publish(new Message<>(current, CommMsgCommand.MESSAGE_TYPE, new CommMsgCommand(commID, data),
                blobs(blobs), metadata == null ? null : new LinkedHashMap<>(metadata)));
    }

    /**
     * The buffers of a message, {@code null} when there are none: the base library's socket sends an
     * empty list as a dangling "more" frame, which would glue the next message onto this one.
     */
    private static List<byte[]> blobs(List<byte[]> buffers) {
        return buffers == null || buffers.isEmpty() ? null : new ArrayList<>(buffers);
    }

    @Override
    public void closeComm(Comm comm) {
        publish(new Message<>(current, CommCloseCommand.MESSAGE_TYPE, new CommCloseCommand(comm.getID(), new JsonObject())));
        forget(comm.getID());
    }

    /** Publishes one message on IOPub; a kernel that is not connected yet has nowhere to send it. */
    protected void publish(Message<?> message) {
        if (iopub == null) {
            throw new IllegalStateException("comms need a connected kernel (no IOPub socket yet)");
        }
        iopub.sendMessage(message);
    }

    private void forget(String id) {
        unregisterComm(id);
        origins.remove(id);
    }

    @Override
    public void handleCommOpenCommand(ReplyEnvironment env, Message<CommOpenCommand> message) {
        String id = message.getContent().getCommID();
        guarded(env, message, id, () -> {
            super.handleCommOpenCommand(env, message);
            if (getCommByID(id) != null) {
                origins.put(id, message);
            }
        });
    }

    @Override
    public void handleCommMsgCommand(ReplyEnvironment env, Message<CommMsgCommand> message) {
        guarded(env, message, message.getContent().getCommID(), () -> super.handleCommMsgCommand(env, message));
    }

    @Override
    public void handleCommCloseCommand(ReplyEnvironment env, Message<CommCloseCommand> message) {
        String id = message.getContent().getCommID();
        guarded(env, message, id, () -> {
            super.handleCommCloseCommand(env, message);
            origins.remove(id);
        });
    }

    @Override
    public void handleCommInfoRequest(ReplyEnvironment env, Message<CommInfoRequest> message) {
        env.setBusyDeferIdle();
        String target = message.getContent().getTargetName();
        Map<String, Map<String, String>> open = new LinkedHashMap<>();
        for (Comm comm : this) {
            if (target == null || target.equals(comm.getTargetName())) {
                open.put(comm.getID(), Map.of("target_name", comm.getTargetName()));
            }
        }
        env.reply(new Info(open));
    }

    private void guarded(ReplyEnvironment env, Message<?> message, String commId, Runnable handler) {
        MessageContext previous = current;
        setMessageContext(message);
        try {
            handler.run();
        } catch (RuntimeException | LinkageError | AssertionError | StackOverflowError e) {
            env.setBusyDeferIdle();
            report(commId, e);
        } finally {
            setMessageContext(previous);
        }
    }

    /**
     * Reports a failed callback of comm {@code commId}: an {@code error} output whose parent is the
     * request that opened the comm (so it appears under that cell), or the current request.
     */
    public void report(String commId, Throwable error) {
        LOG.warn("A callback of comm {} failed: {}", commId, error.toString());
        MessageContext origin = commId == null ? null : origins.get(commId);
        MessageContext parent = origin != null ? origin : current;
        List<String> traceback = new ArrayList<>();
        traceback.add(error + " (in a callback of comm " + commId + ")");
        Arrays.stream(error.getStackTrace()).limit(TRACE_DEPTH).forEach(f -> traceback.add("    at " + f));
        try {
            publish(new Message<>(parent, PublishError.MESSAGE_TYPE,
                    new PublishError(error.getClass().getName(), String.valueOf(error.getMessage()), traceback)));
        } catch (RuntimeException e) {
            LOG.warn("The failure of comm {} could not be reported: {}", commId, e.toString());
        }
    }

    /** {@code comm_info_reply} with its status, which the base library's reply omits. */
    static final class Info implements ContentType<Info> {
        @SuppressWarnings("unused")
        private final String status = "ok";
        @SuppressWarnings("unused")
        private final Map<String, Map<String, String>> comms;

        Info(Map<String, Map<String, String>> comms) {
            this.comms = comms;
        }

        @Override
        @SuppressWarnings({"unchecked", "rawtypes"})
        public MessageType<Info> getType() {
            return (MessageType) MessageType.COMM_INFO_REPLY;
        }
    }
}
