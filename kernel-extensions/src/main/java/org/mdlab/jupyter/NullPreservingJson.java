package org.mdlab.jupyter;

import com.google.gson.Gson;
import com.google.gson.TypeAdapter;
import com.google.gson.TypeAdapterFactory;
import com.google.gson.annotations.JsonAdapter;
import com.google.gson.reflect.TypeToken;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.util.Map;

/**
 * A JSON object model placed in a display bundle so that Gson writes its {@code null} members.
 * jjava-jupyter serialises messages with a Gson that drops null map entries; this wrapper switches
 * null serialisation on for its own subtree only, so a check whose reproduced value is not finite
 * keeps its {@code "reproduced": null} member on the wire.
 */
@JsonAdapter(NullPreservingJson.Factory.class)
record NullPreservingJson(Map<String, Object> value) {

    /** The Gson adapter factory named by {@link JsonAdapter}; instantiated by Gson. */
    static final class Factory implements TypeAdapterFactory {

        @Override
        @SuppressWarnings("unchecked")
        public <T> TypeAdapter<T> create(Gson gson, TypeToken<T> type) {
            TypeAdapter<Object> values = gson.getAdapter(Object.class);
            return (TypeAdapter<T>) new TypeAdapter<NullPreservingJson>() {
                @Override
                public void write(JsonWriter out, NullPreservingJson json) throws IOException {
                    boolean serializeNulls = out.getSerializeNulls();
                    out.setSerializeNulls(true);
                    try {
                        values.write(out, json.value());
                    } finally {
                        out.setSerializeNulls(serializeNulls);
                    }
                }

                @Override
                public NullPreservingJson read(JsonReader in) {
                    throw new UnsupportedOperationException("display data is only written");
                }
            };
        }
    }
}
