package org.mdlab.repro;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {

    @Test
    void writesNestedObjectsAndArraysCompactlyInOrder() {
        Map<String, Object> inner = new LinkedHashMap<>();
        inner.put("b", true);
        inner.put("a", null);
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("n", 3);
        root.put("x", 0.1);
        root.put("list", Arrays.asList(inner, "s", List.of()));
        assertEquals("{\"n\":3,\"x\":0.1,\"list\":[{\"b\":true,\"a\":null},\"s\",[]]}", Json.write(root));
    }

    @Test
    void escapesQuotesBackslashesAndControlCharacters() {
        assertEquals("\"\\\"\\\\\\n\\r\\t\\b\\f\\u001f\"", Json.write("\"\\\n\r\t\b\f\u001f"));
    }

    @Test
    void keepsUnicodeButEscapesLineSeparatorsAndLoneSurrogates() {
        assertEquals("\"π Σ 😀\"", Json.write("π Σ 😀"));
        assertEquals("\"\\u2028\\u2029\"", Json.write("\u2028\u2029"));
        assertEquals("\"\\ud83d-\\ude00\"", Json.write("\ud83d-\ude00"));
    }

    @Test
    void writesDoublesSoThatTheyRoundTrip() {
        assertEquals("1.0E-9", Json.write(1e-9));
        assertEquals("0.30000000000000004", Json.write(0.1 + 0.2));
        assertEquals("-0.0", Json.write(-0.0));
    }

    @Test
    void rejectsNonFiniteDoublesAndUnknownTypes() {
        assertThrows(IllegalArgumentException.class, () -> Json.write(Double.NaN));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Json.write(new Object()));
        assertEquals("value must be a JSON model type (got java.lang.Object)", e.getMessage());
    }
}
