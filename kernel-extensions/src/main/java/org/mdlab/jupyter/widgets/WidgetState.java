package org.mdlab.jupyter.widgets;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A widget state as the Jupyter widgets protocol (version 2) puts it on the wire: a JSON object, with
 * every {@code byte[]} value taken out into a binary buffer and replaced by its path in
 * {@code buffer_paths}, and every widget reference written as {@code "IPY_MODEL_<id>"}.
 *
 * @param json      the state without its binary values
 * @param paths     the path of each buffer inside {@code json}
 * @param buffers   the binary values, in the order of {@code paths}
 */
record WidgetState(JsonObject json, List<List<Object>> paths, List<byte[]> buffers) {

    static final String REFERENCE = "IPY_MODEL_";

    /** Encodes {@code state}; widgets it refers to are opened first, so that the frontend knows them. */
    static WidgetState encode(Map<String, Object> state) {
        List<List<Object>> paths = new ArrayList<>();
        List<byte[]> buffers = new ArrayList<>();
        JsonObject json = new JsonObject();
        state.forEach((key, value) -> json.add(key, element(value, List.of(key), paths, buffers)));
        return new WidgetState(json, paths, buffers);
    }

    /** The {@code buffer_paths} array. */
    JsonArray pathsJson() {
        JsonArray array = new JsonArray();
        for (List<Object> path : paths) {
            JsonArray one = new JsonArray();
            path.forEach(p -> one.add(p instanceof Integer i ? new JsonPrimitive(i) : new JsonPrimitive(p.toString())));
            array.add(one);
        }
        return array;
    }

    private static JsonElement element(Object value, List<Object> path, List<List<Object>> paths, List<byte[]> buffers) {
        if (value == null) {
            return JsonNull.INSTANCE;
        }
        if (value instanceof byte[] bytes) {
            paths.add(path);
            buffers.add(bytes);
            return JsonNull.INSTANCE;
        }
        if (value instanceof Widget widget) {
            widget.open();
            return new JsonPrimitive(REFERENCE + widget.id());
        }
        if (value instanceof Boolean b) {
            return new JsonPrimitive(b);
        }
        if (value instanceof Number n) {
            return new JsonPrimitive(n);
        }
        if (value instanceof String s) {
            return new JsonPrimitive(s);
        }
        if (value instanceof JsonElement e) {
            return e.deepCopy();
        }
        if (value instanceof List<?> list) {
            JsonArray array = new JsonArray();
            for (int i = 0; i < list.size(); i++) {
                array.add(element(list.get(i), append(path, i), paths, buffers));
            }
            return array;
        }
        if (value instanceof Map<?, ?> map) {
            JsonObject object = new JsonObject();
            map.forEach((k, v) -> object.add(k.toString(), element(v, append(path, k.toString()), paths, buffers)));
            return object;
        }
        throw new IllegalArgumentException("widget state value must be JSON-like, a widget or byte[] (got a "
                + value.getClass().getName() + ")");
    }

    private static List<Object> append(List<Object> path, Object step) {
        List<Object> longer = new ArrayList<>(path);
        longer.add(step);
        return longer;
    }

    /**
     * Decodes the value of one key of an incoming update to the Java type of {@code current}: an
     * {@code Integer} stays an {@code Integer}, a list of numbers keeps its element type; a binary
     * buffer placed at the key by {@code buffer_paths} comes back as {@code byte[]}.
     */
    static Object decode(JsonElement value, Object current, Map<String, Widget> models) {
        if (value == null || value.isJsonNull()) {
            return null;
        }
        if (value.isJsonArray()) {
            List<Object> list = new ArrayList<>();
            Object like = current instanceof List<?> l && !l.isEmpty() ? l.get(0) : null;
            value.getAsJsonArray().forEach(e -> list.add(decode(e, like, models)));
            return Collections.unmodifiableList(list);
        }
        if (value.isJsonObject()) {
            Map<String, Object> map = new LinkedHashMap<>();
            value.getAsJsonObject().entrySet().forEach(e -> map.put(e.getKey(), decode(e.getValue(), null, models)));
            return Collections.unmodifiableMap(map);
        }
        JsonPrimitive primitive = value.getAsJsonPrimitive();
        if (primitive.isBoolean()) {
            return primitive.getAsBoolean();
        }
        if (primitive.isNumber()) {
            if (current instanceof Integer) {
                return (int) Math.round(primitive.getAsDouble());
            }
            if (current instanceof Long) {
                return Math.round(primitive.getAsDouble());
            }
            return primitive.getAsDouble();
        }
        String text = primitive.getAsString();
        if (text.startsWith(REFERENCE) && models.containsKey(text.substring(REFERENCE.length()))) {
            return models.get(text.substring(REFERENCE.length()));
        }
        return text;
    }
}
