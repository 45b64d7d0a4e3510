package org.mdlab.kernel;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.reflect.TypeToken;
import org.dflib.jjava.jupyter.kernel.ExpressionValue;
import org.dflib.jjava.jupyter.kernel.history.HistoryEntry;
import org.dflib.jjava.jupyter.messages.HMACGenerator;
import org.dflib.jjava.jupyter.messages.Header;
import org.dflib.jjava.jupyter.messages.KernelTimestamp;
import org.dflib.jjava.jupyter.messages.Message;
import org.dflib.jjava.jupyter.messages.MessageType;
import org.dflib.jjava.jupyter.messages.ReplyType;
import org.dflib.jjava.jupyter.messages.adapters.ExpressionValueAdapter;
import org.dflib.jjava.jupyter.messages.adapters.HeaderAdapter;
import org.dflib.jjava.jupyter.messages.adapters.HistoryEntryAdapter;
import org.dflib.jjava.jupyter.messages.adapters.HistoryRequestAdapter;
import org.dflib.jjava.jupyter.messages.adapters.KernelTimestampAdapter;
import org.dflib.jjava.jupyter.messages.adapters.MessageTypeAdapter;
import org.dflib.jjava.jupyter.messages.adapters.PublishStatusAdapter;
import org.dflib.jjava.jupyter.messages.adapters.ReplyTypeAdapter;
import org.dflib.jjava.jupyter.messages.publish.PublishStatus;
import org.dflib.jjava.jupyter.messages.request.HistoryRequest;
import org.zeromq.ZMQ;

import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Reads one request from a ROUTER socket the way the Jupyter wire protocol (v5.3) lays it out —
 * identities, {@code <IDS|MSG>}, HMAC signature, header, parent header, metadata, content, buffers —
 * but always consumes the whole multipart message first, so a truncated or forged message can
 * neither block the socket nor swallow the frames of the next one.
 *
 * <p>The signature is checked in constant time against the connection's key; an unsigned, wrongly
 * signed or malformed message is rejected with a {@link Rejected} that says why (never quoting the
 * key or the signature).
 */
final class MessageReader {

    private static final byte[] DELIMITER = "<IDS|MSG>".getBytes(StandardCharsets.US_ASCII);
    private static final int SIGNED_PARTS = 5;
    private static final Gson REPLY_GSON = new GsonBuilder()
            .registerTypeAdapter(HistoryEntry.class, HistoryEntryAdapter.INSTANCE)
            .registerTypeAdapter(ExpressionValue.class, ExpressionValueAdapter.INSTANCE)
            .create();
    private static final Gson GSON = new GsonBuilder()
            .registerTypeAdapter(KernelTimestamp.class, KernelTimestampAdapter.INSTANCE)
            .registerTypeAdapter(Header.class, HeaderAdapter.INSTANCE)
            .registerTypeAdapter(MessageType.class, MessageTypeAdapter.INSTANCE)
            .registerTypeAdapter(PublishStatus.class, PublishStatusAdapter.INSTANCE)
            .registerTypeAdapter(HistoryRequest.class, HistoryRequestAdapter.INSTANCE)
            .registerTypeHierarchyAdapter(ReplyType.class, new ReplyTypeAdapter(REPLY_GSON))
            .create();
    private static final Type METADATA = new TypeToken<Map<String, Object>>() {
    }.getType();

    private final HMACGenerator hmac;

    MessageReader(HMACGenerator hmac) {
        this.hmac = hmac;
    }

    /** Receives every frame of the next multipart message on {@code socket}. */
    static List<byte[]> receiveFrames(ZMQ.Socket socket) {
        List<byte[]> frames = new ArrayList<>();
        do {
            frames.add(socket.recv());
        } while (socket.hasReceiveMore());
        return frames;
    }

    /** Parses and authenticates the frames of one message. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    Message<?> parse(List<byte[]> frames) {
        int delimiter = indexOfDelimiter(frames);
        if (delimiter < 0) {
            throw new Rejected("no <IDS|MSG> delimiter among " + frames.size() + " frames");
        }
        if (frames.size() < delimiter + 1 + SIGNED_PARTS) {
            throw new Rejected("only " + (frames.size() - delimiter - 1) + " frames after the delimiter, "
                    + SIGNED_PARTS + " required");
        }
        byte[] signature = frames.get(delimiter + 1);
        byte[] header = frames.get(delimiter + 2);
        byte[] parent = frames.get(delimiter + 3);
        byte[] metadata = frames.get(delimiter + 4);
        byte[] content = frames.get(delimiter + 5);
        String expected = hmac.calculateSignature(header, parent, metadata, content);
        if (expected != null && !MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII), signature)) {
            throw new Rejected(signature.length == 0 ? "unsigned message" : "wrong signature");
        }
        try {
            Header<?> head = GSON.fromJson(utf8(header), Header.class);
            if (head == null || head.getType() == null) {
                throw new Rejected("header without msg_type");
            }
            JsonElement parentJson = JsonParser.parseString(utf8(parent));
            Header<?> parentHeader = parentJson.isJsonObject() && !parentJson.getAsJsonObject().isEmpty()
                    ? GSON.fromJson(parentJson, Header.class)
                    : null;
            Map<String, Object> meta = GSON.fromJson(utf8(metadata), METADATA);
            Object body = GSON.fromJson(utf8(content), head.getType().getContentType());
            List<byte[]> identities = new ArrayList<>(frames.subList(0, delimiter));
            List<byte[]> buffers = new ArrayList<>(frames.subList(delimiter + 1 + SIGNED_PARTS, frames.size()));
            return new Message(identities, head, parentHeader, meta, body, buffers);
        } catch (JsonParseException | IllegalStateException | IllegalArgumentException | NullPointerException e) {
            throw new Rejected("malformed JSON (" + e.getClass().getSimpleName() + ")");
        }
    }

    private static int indexOfDelimiter(List<byte[]> frames) {
        for (int i = 0; i < frames.size(); i++) {
            if (Arrays.equals(DELIMITER, frames.get(i))) {
                return i;
            }
        }
        return -1;
    }

    private static String utf8(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** A message the kernel does not act on, with the reason. */
    static final class Rejected extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Rejected(String reason) {
            super(reason, null, false, false);
        }
    }
}
