package org.mdlab.jupyter;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.Set;
import java.util.TreeSet;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;
import org.dflib.jjava.jupyter.kernel.display.Renderer;

/** A rendered display bundle as the kernel sends it: written to JSON text by a default Gson, then parsed. */
record Bundle(JsonObject json) {

    static Renderer renderer() {
        Renderer renderer = new Renderer();
        MdlabRenderers.registerAll(renderer);
        return renderer;
    }

    static Bundle of(DisplayData data) {
        return new Bundle(JsonParser.parseString(new Gson().toJson(data)).getAsJsonObject());
    }

    Set<String> mimeTypes() {
        return new TreeSet<>(json.getAsJsonObject("data").keySet());
    }

    String text(String mimeType) {
        return json.getAsJsonObject("data").get(mimeType).getAsString();
    }

    JsonObject object(String mimeType) {
        return json.getAsJsonObject("data").getAsJsonObject(mimeType);
    }

    JsonObject metadata(String mimeType) {
        return json.getAsJsonObject("metadata").getAsJsonObject(mimeType);
    }
}
