package org.mdlab.jupyter.widgets;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.dflib.jjava.jupyter.kernel.comm.Comm;
import org.dflib.jjava.jupyter.messages.Message;
import org.dflib.jjava.jupyter.messages.comm.CommCloseCommand;
import org.dflib.jjava.jupyter.messages.comm.CommMsgCommand;

/**
 * A widget model of the Jupyter widgets message protocol, version 2 (the protocol of ipywidgets 8,
 * {@code jupyter-widgets/ipywidgets}, {@code packages/schema/messages.md}): a state of named values
 * kept in sync with the frontend's model over a comm of target {@code jupyter.widget}.
 *
 * <p>The comm opens when the widget is first displayed or referred to by another widget (the full
 * state goes in {@code comm_open}); before that, setters only change the local state. A value set
 * from Java is sent as an {@code update}; an {@code update} from the frontend is applied, answered
 * with an {@code echo_update} and passed to the listeners of the keys it changed. A listener that
 * throws has its error shown under the cell that displayed the widget; the kernel lives on.
 */
public abstract class Widget {

    /** The widget protocol version sent in the metadata of {@code comm_open}. */
    public static final String PROTOCOL_VERSION = "2.1.0";

    private final Map<String, Object> state = new LinkedHashMap<>();
    private final Map<String, List<Consumer<Object>>> listeners = new LinkedHashMap<>();
    private WidgetComm comm;
    private boolean closed;

    /**
     * A model of class {@code model} in the JavaScript module {@code module} at {@code version}, shown
     * by {@code view} of {@code viewModule} ({@code view} {@code null} for a model without a view).
     */
    protected Widget(String model, String module, String version, String view, String viewModule, String viewVersion) {
        state.put("_model_name", model);
        state.put("_model_module", module);
        state.put("_model_module_version", version);
        state.put("_view_name", view);
        state.put("_view_module", viewModule);
        state.put("_view_module_version", viewVersion);
        state.put("_view_count", null);
    }

    /** The model id (the comm id); opens the comm if it is not open yet. */
    public final synchronized String id() {
        open();
        return comm.getID();
    }

    /** Whether the comm is open (the frontend knows this widget). */
    public final synchronized boolean isOpen() {
        return comm != null && !closed;
    }

    /** The current value of {@code key}, as Java sees it. */
    public final synchronized Object get(String key) {
        if (!state.containsKey(key)) {
            throw new IllegalArgumentException("key must be a state key of " + state.get("_model_name") + " (got \"" + key + "\")");
        }
        return state.get(key);
    }

    /**
     * Sets {@code key} to {@code value}; when the widget is open the frontend receives an
     * {@code update}; listeners of {@code key} run when the value changed.
     */
    protected final void set(String key, Object value) {
        boolean changed;
        synchronized (this) {
            changed = !Objects.equals(state.get(key), value) || !state.containsKey(key);
            state.put(key, value);
            if (changed && isOpen()) {
                Map<String, Object> one = new LinkedHashMap<>();
                one.put(key, value);
                sendState("update", one);
            }
        }
        if (changed) {
            fire(key, value);
        }
    }

    /** Initial state of a key, before the widget opens (no message, no listener). */
    protected final synchronized void define(String key, Object value) {
        state.put(key, value);
    }

    /** Calls {@code listener} with the new value of {@code key} whenever it changes, from Java or the frontend. */
    public final synchronized void observe(String key, Consumer<Object> listener) {
        get(key);
        Objects.requireNonNull(listener, "listener");
        listeners.computeIfAbsent(key, k -> new CopyOnWriteArrayList<>()).add(listener);
    }

    private void fire(String key, Object value) {
        List<Consumer<Object>> list;
        synchronized (this) {
            list = listeners.getOrDefault(key, List.of());
        }
        RuntimeException first = null;
        for (Consumer<Object> listener : list) {
            try {
                listener.accept(value);
            } catch (RuntimeException e) {
                if (first == null) {
                    first = e;
                } else {
                    first.addSuppressed(e);
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }

    /** Opens the comm, sending the full state, unless it is open already. */
    final synchronized void open() {
        if (comm != null) {
            return;
        }
        if (closed) {
            throw new IllegalStateException("widget " + state.get("_model_name") + " was closed");
        }
        WidgetState encoded = WidgetState.encode(state);
        JsonObject data = new JsonObject();
        data.add("state", encoded.json());
        data.add("buffer_paths", encoded.pathsJson());
        comm = Widgets.channel().open(Widgets.TARGET, data, Map.of("version", PROTOCOL_VERSION), encoded.buffers(),
                (manager, id, target, message) -> new WidgetComm(manager, id, target, this));
        Widgets.opened(this);
    }

    /** Closes the comm: the frontend forgets the model and its views disappear. */
    public final void close() {
        Comm open;
        synchronized (this) {
            open = comm;
            closed = true;
        }
        Widgets.closed(this);
        if (open != null) {
            open.close();
        }
    }

    /** The full state as the {@code jupyter.widget.control} target's {@code update_states} carries it. */
    final synchronized WidgetState encoded() {
        return WidgetState.encode(state);
    }

    private void sendState(String method, Map<String, Object> values) {
        WidgetState encoded = WidgetState.encode(values);
        JsonObject data = new JsonObject();
        data.addProperty("method", method);
        data.add("state", encoded.json());
        data.add("buffer_paths", encoded.pathsJson());
        Widgets.channel().send(comm, data, encoded.buffers());
    }

    void receive(Message<CommMsgCommand> message) {
        JsonObject data = message.getContent().getData();
        String method = data.has("method") ? data.get("method").getAsString() : "";
        switch (method) {
            case "update" -> update(data.getAsJsonObject("state"), data.getAsJsonArray("buffer_paths"), message.getBlobs());
            case "request_state" -> {
                synchronized (this) {
                    sendState("update", state);
                }
            }
            case "custom" -> custom(data.getAsJsonObject("content"));
            default -> throw new IllegalArgumentException("method must be update, request_state or custom (got \"" + method + "\")");
        }
    }

    private void update(JsonObject incoming, JsonArray bufferPaths, List<byte[]> buffers) {
        Map<String, Object> changed = new LinkedHashMap<>();
        Map<String, Object> received = new LinkedHashMap<>();
        synchronized (this) {
            Map<String, Widget> models = Widgets.models();
            for (Map.Entry<String, JsonElement> e : incoming.entrySet()) {
                Object value = WidgetState.decode(e.getValue(), state.get(e.getKey()), models);
                received.put(e.getKey(), value);
            }
            if (bufferPaths != null && buffers != null) {
                for (int i = 0; i < bufferPaths.size() && i < buffers.size(); i++) {
                    JsonArray path = bufferPaths.get(i).getAsJsonArray();
                    if (path.size() != 1) {
                        throw new IllegalArgumentException("buffer_paths must name top-level keys (got " + path + ")");
                    }
                    received.put(path.get(0).getAsString(), buffers.get(i));
                }
            }
            for (Map.Entry<String, Object> e : received.entrySet()) {
                if (!Objects.equals(state.get(e.getKey()), e.getValue())) {
                    changed.put(e.getKey(), e.getValue());
                }
                state.put(e.getKey(), e.getValue());
            }
            sendState("echo_update", received);
        }
        List<RuntimeException> failures = new ArrayList<>();
        changed.forEach((key, value) -> {
            try {
                fire(key, value);
            } catch (RuntimeException e) {
                failures.add(e);
            }
        });
        if (!failures.isEmpty()) {
            RuntimeException first = failures.get(0);
            failures.subList(1, failures.size()).forEach(first::addSuppressed);
            throw first;
        }
    }

    /** A custom message from the frontend (a button's click); ignored unless a widget handles it. */
    protected void custom(JsonObject content) {
    }

    synchronized void closedByFrontend() {
        closed = true;
        Widgets.closed(this);
    }

    @Override
    public String toString() {
        return state.get("_model_name") + (comm == null ? "" : "(" + comm.getID() + ")");
    }

    /** The comm of one widget: messages from the frontend go to the widget. */
    private static final class WidgetComm extends Comm {
        private final Widget widget;

        WidgetComm(org.dflib.jjava.jupyter.kernel.comm.CommManager manager, String id, String target, Widget widget) {
            super(manager, id, target);
            this.widget = widget;
        }

        @Override
        protected void onMessage(Message<CommMsgCommand> message) {
            widget.receive(message);
        }

        @Override
        protected void onClose(Message<CommCloseCommand> message, boolean sending) {
            if (!sending) {
                widget.closedByFrontend();
            }
        }
    }
}
