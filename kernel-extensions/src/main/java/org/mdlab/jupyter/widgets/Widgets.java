package org.mdlab.jupyter.widgets;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.dflib.jjava.jupyter.kernel.BaseKernel;
import org.dflib.jjava.jupyter.kernel.comm.Comm;
import org.dflib.jjava.jupyter.kernel.comm.CommManager;
import org.dflib.jjava.jupyter.kernel.display.Renderer;
import org.dflib.jjava.jupyter.messages.Message;
import org.dflib.jjava.jupyter.messages.comm.CommCloseCommand;
import org.dflib.jjava.jupyter.messages.comm.CommMsgCommand;
import org.mdlab.jupyter.comm.CommChannel;

/**
 * The widgets of one kernel: the comm channel they talk through, the renderer {@link Output} uses,
 * the open models, and the two comm targets of the protocol — {@code jupyter.widget} (models) and
 * {@code jupyter.widget.control} (a frontend that reconnects asks for every model's state with
 * {@code request_states} and receives {@code update_states}).
 */
public final class Widgets {

    /** The comm target of widget models. */
    public static final String TARGET = "jupyter.widget";
    /** The comm target of the control channel. */
    public static final String CONTROL_TARGET = "jupyter.widget.control";
    /** The MIME type of a widget's view in a display. */
    public static final String VIEW_MIME = "application/vnd.jupyter.widget-view+json";

    private static final Map<String, Widget> MODELS = new ConcurrentHashMap<>();
    private static volatile CommChannel channel;
    private static volatile Renderer renderer;

    private Widgets() {
    }

    /**
     * Connects the widgets to {@code kernel}: its comm manager must be a {@link CommChannel} (the mdlab
     * kernel's is); returns {@code false}, doing nothing, for any other kernel.
     */
    public static boolean install(BaseKernel kernel) {
        CommManager manager = kernel.getCommManager();
        if (!(manager instanceof CommChannel comms)) {
            return false;
        }
        use(comms, kernel.getRenderer());
        return true;
    }

    /** Connects the widgets to {@code comms} and renders outputs with {@code outputRenderer}. */
    public static void use(CommChannel comms, Renderer outputRenderer) {
        MODELS.clear();
        channel = comms;
        renderer = outputRenderer;
        comms.registerTarget(CONTROL_TARGET, (manager, id, target, message) -> new ControlComm(manager, id, target));
    }

    static CommChannel channel() {
        CommChannel c = channel;
        if (c == null) {
            throw new IllegalStateException("widgets need the mdlab kernel (its comm channel is not installed)");
        }
        return c;
    }

    static Renderer renderer() {
        Renderer r = renderer;
        if (r == null) {
            throw new IllegalStateException("widgets need the mdlab kernel (no renderer installed)");
        }
        return r;
    }

    static void opened(Widget widget) {
        MODELS.put(widget.id(), widget);
    }

    static void closed(Widget widget) {
        MODELS.values().remove(widget);
    }

    static Map<String, Widget> models() {
        return MODELS;
    }

    /** Answers {@code request_states} with every open model's full state and buffers. */
    private static final class ControlComm extends Comm {
        ControlComm(CommManager manager, String id, String target) {
            super(manager, id, target);
        }

        @Override
        protected void onMessage(Message<CommMsgCommand> message) {
            JsonObject data = message.getContent().getData();
            String method = data.has("method") ? data.get("method").getAsString() : "";
            if (!method.equals("request_states")) {
                throw new IllegalArgumentException("method must be request_states (got \"" + method + "\")");
            }
            JsonObject states = new JsonObject();
            JsonArray paths = new JsonArray();
            List<byte[]> buffers = new ArrayList<>();
            for (Map.Entry<String, Widget> entry : MODELS.entrySet()) {
                WidgetState encoded = entry.getValue().encoded();
                JsonObject model = new JsonObject();
                model.add("model_name", encoded.json().get("_model_name"));
                model.add("model_module", encoded.json().get("_model_module"));
                model.add("model_module_version", encoded.json().get("_model_module_version"));
                model.add("state", encoded.json());
                states.add(entry.getKey(), model);
                for (JsonElementPath path : JsonElementPath.of(entry.getKey(), encoded.pathsJson())) {
                    paths.add(path.json());
                }
                buffers.addAll(encoded.buffers());
            }
            JsonObject reply = new JsonObject();
            reply.addProperty("method", "update_states");
            reply.add("states", states);
            reply.add("buffer_paths", paths);
            channel().send(this, reply, buffers);
        }

        @Override
        protected void onClose(Message<CommCloseCommand> message, boolean sending) {
        }
    }

    /** A buffer path of {@code update_states}: the model id, {@code "state"}, then the path inside that state. */
    private record JsonElementPath(JsonArray json) {
        static List<JsonElementPath> of(String modelId, JsonArray statePaths) {
            List<JsonElementPath> all = new ArrayList<>();
            statePaths.forEach(p -> {
                JsonArray full = new JsonArray();
                full.add(new JsonPrimitive(modelId));
                full.add(new JsonPrimitive("state"));
                full.addAll(p.getAsJsonArray());
                all.add(new JsonElementPath(full));
            });
            return all;
        }
    }
}
