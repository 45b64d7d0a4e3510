package org.mdlab.jupyter.widgets;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;

/**
 * An area of outputs ({@code OutputModel} of {@code @jupyter-widgets/output}) whose content the kernel
 * sets through the {@code outputs} state: the frontend redraws it in place, and a saved widget state
 * keeps the last output, so a static page shows it too.
 */
public final class Output extends DomWidget {

    private static final Gson GSON = new Gson();
    private static final int TRACE_DEPTH = 8;

    private Output() {
        super("OutputModel", Modules.OUTPUT, Modules.OUTPUT_VERSION, "OutputView", null);
        define("msg_id", "");
        define("outputs", List.of());
    }

    /** An empty output area. */
    public static Output create() {
        return new Output();
    }

    /** Shows {@code value} as the kernel's renderer displays it (a table, a chart, checks, text), replacing what was there. */
    public void show(Object value) {
        showAll(List.of(value));
    }

    /** Shows each of {@code values}, one display below the other (e.g. a table and its chart), replacing what was there. */
    public void showAll(List<?> values) {
        List<Map<String, Object>> outputs = new ArrayList<>();
        for (Object value : values) {
            DisplayData data = value instanceof DisplayData d ? d : Widgets.renderer().render(value);
            JsonObject json = GSON.toJsonTree(data).getAsJsonObject();
            Map<String, Object> output = new LinkedHashMap<>();
            output.put("output_type", "display_data");
            output.put("data", json.has("data") ? json.get("data") : new JsonObject());
            output.put("metadata", json.has("metadata") && json.get("metadata").isJsonObject() ? json.get("metadata") : new JsonObject());
            outputs.add(output);
        }
        set("outputs", List.copyOf(outputs));
    }

    /** Shows {@code error} (its class, message and first stack frames) as an error output, replacing what was there. */
    public void showError(Throwable error) {
        List<String> traceback = new ArrayList<>();
        traceback.add(error.toString());
        Arrays.stream(error.getStackTrace()).limit(TRACE_DEPTH).forEach(f -> traceback.add("    at " + f));
        Map<String, Object> output = new LinkedHashMap<>();
        output.put("output_type", "error");
        output.put("ename", error.getClass().getName());
        output.put("evalue", String.valueOf(error.getMessage()));
        output.put("traceback", traceback);
        set("outputs", List.of(output));
    }

    /** Removes every output. */
    public void clear() {
        set("outputs", List.of());
    }

    /**
     * The {@code mime} representation of the first output shown (e.g. {@code "text/plain"}, or the base64 text of
     * {@code "image/png"}), or {@code ""} when nothing of that type is shown.
     */
    public String shown(String mime) {
        List<Map<String, Object>> outputs = outputs();
        if (outputs.isEmpty() || !(outputs.get(0).get("data") instanceof JsonObject data) || !data.has(mime)) {
            return "";
        }
        return data.get(mime).isJsonPrimitive() ? data.get(mime).getAsString() : data.get(mime).toString();
    }

    /** The outputs shown, as nbformat output dictionaries. */
    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> outputs() {
        return (List<Map<String, Object>>) get("outputs");
    }
}
