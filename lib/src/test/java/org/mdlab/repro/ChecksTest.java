package org.mdlab.repro;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class ChecksTest {

    private static final Check REVENUE = Check.paper("revenue", "Table 2", 4.0 / 3.0, 1.3333333333, 1e-9);
    private static final Check PRICE = Check.closedForm("price", "p* = 2", 2.0, 2.5, 0.1);

    @Test
    void countsPassedAndFailedChecks() {
        // |4/3 - 1.3333333333| ≈ 3.3e-11 <= 1e-9 passes; |2 - 2.5| = 0.5 > 0.1 fails
        Checks checks = Checks.of(REVENUE, PRICE);
        assertEquals(1, checks.passedCount());
        assertEquals(1, checks.failedCount());
        assertFalse(checks.allPassed());
        assertTrue(Checks.of(REVENUE).allPassed());
    }

    @Test
    void keepsTheOrderGivenAndIsImmutable() {
        List<Check> source = new ArrayList<>(List.of(PRICE, REVENUE));
        Checks checks = Checks.of(source);
        source.clear();
        assertEquals(List.of(PRICE, REVENUE), checks.checks());
        assertThrows(UnsupportedOperationException.class, () -> checks.checks().add(PRICE));
    }

    @Test
    void anEmptyListIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, Checks::of);
        assertEquals("checks must be a non-empty list (got [])", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Checks.of((List<Check>) null));
        assertThrows(IllegalArgumentException.class, () -> Checks.of((Check[]) null));
    }

    @Test
    void aNullCheckIsRejectedNamingItsIndex() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Checks.of(Arrays.asList(REVENUE, null)));
        assertEquals("checks must not contain null (got null at index 1)", e.getMessage());
    }

    @Test
    void tableHasOneRowPerCheckAndTheDocumentedColumns() {
        Table table = Checks.of(REVENUE, PRICE).toTable();
        assertEquals("Reproduction checks", table.name());
        assertEquals(List.of("claim", "source", "expected value", "reproduced value", "tolerance", "status"),
                table.columnNames());
        assertEquals(2, table.rowCount());
        assertEquals("paper, Table 2", table.stringColumn("source").get(0));
        assertEquals("closed form: p* = 2", table.stringColumn("source").get(1));
        assertEquals(4.0 / 3.0, table.doubleColumn("expected value").get(0));
        assertEquals(2.5, table.doubleColumn("reproduced value").get(1));
        assertEquals(List.of("pass", "FAIL"), table.stringColumn("status").asList());
    }

    @Test
    void jsonFollowsTheSchemaExactly() {
        String expected = "{\"schema\":\"mdlab.checks/1\",\"passed\":1,\"failed\":1,"
                + "\"kinds\":{\"paper\":1,\"closed form\":1},\"checks\":["
                + "{\"claim\":\"revenue\",\"source\":\"paper, Table 2\",\"kind\":\"paper\","
                + "\"expected\":1.3333333333333333,\"reproduced\":1.3333333333,\"tolerance\":1.0E-9,\"passed\":true},"
                + "{\"claim\":\"price\",\"source\":\"closed form: p* = 2\",\"kind\":\"closed form\","
                + "\"expected\":2.0,\"reproduced\":2.5,\"tolerance\":0.1,\"passed\":false}]}";
        assertEquals(expected, Checks.of(REVENUE, PRICE).toJson());
    }

    @Test
    void aNonFiniteReproducedValueIsWrittenAsNull() {
        Checks checks = Checks.of(Check.paper("revenue", "Table 2", 1.0, Double.NaN, 0.1));
        assertTrue(checks.toJson().contains("\"reproduced\":null,"), checks.toJson());
        Map<?, ?> row = (Map<?, ?>) ((List<?>) checks.asMap().get("checks")).get(0);
        assertTrue(row.containsKey("reproduced"));
        assertEquals(null, row.get("reproduced"));
        assertEquals(false, row.get("passed"));
    }

    @Test
    void claimsAreEscapedSoThatAJsonParserReadsThemBack() {
        String claim = "a \"quoted\" \\ back\nslash\ttab\u0001 π≥ 😀 \u2028";
        String json = Checks.of(Check.paper(claim, "Table \"1\"", 1.0, 1.0, 0.0)).toJson();
        assertTrue(json.contains("\"claim\":\"a \\\"quoted\\\" \\\\ back\\nslash\\ttab\\u0001 π≥ 😀 \\u2028\""), json);
        JsonObject parsed = JsonParser.parseString(json).getAsJsonObject();
        JsonObject row = parsed.getAsJsonArray("checks").get(0).getAsJsonObject();
        assertEquals(claim, row.get("claim").getAsString());
        assertEquals("paper, Table \"1\"", row.get("source").getAsString());
    }

    @Test
    void asMapHasTheSchemaStructureAndIsUnmodifiable() {
        Map<String, Object> map = Checks.of(REVENUE, PRICE).asMap();
        assertEquals(List.of("schema", "passed", "failed", "kinds", "checks"), List.copyOf(map.keySet()));
        assertEquals("mdlab.checks/1", map.get("schema"));
        assertEquals(1, map.get("passed"));
        List<?> rows = (List<?>) map.get("checks");
        Map<?, ?> first = (Map<?, ?>) rows.get(0);
        assertEquals(List.of("claim", "source", "kind", "expected", "reproduced", "tolerance", "passed"),
                List.copyOf(first.keySet()));
        assertEquals(4.0 / 3.0, first.get("expected"));
        assertThrows(UnsupportedOperationException.class, () -> map.put("x", 1));
        assertThrows(UnsupportedOperationException.class, () -> rows.remove(0));
    }

    @Property
    void passedPlusFailedIsTheNumberOfChecks(@ForAll @Size(min = 1, max = 20) List<Double> deviations) {
        List<Check> list = deviations.stream()
                .map(d -> Check.closedForm("c", "x = 0", 0.0, d, 1.0))
                .toList();
        Checks checks = Checks.of(list);
        assertEquals(list.size(), checks.passedCount() + checks.failedCount());
        assertEquals(checks.failedCount() == 0, checks.allPassed());
    }

    @Property
    void jsonNumbersRoundTripExactly(@ForAll double expected, @ForAll double reproduced) {
        if (!Double.isFinite(expected)) {
            return;
        }
        String json = Checks.of(Check.paper("c", "Table 1", expected, reproduced, 0.0)).toJson();
        JsonObject row = JsonParser.parseString(json).getAsJsonObject()
                .getAsJsonArray("checks").get(0).getAsJsonObject();
        assertEquals(expected, row.get("expected").getAsDouble());
        if (Double.isFinite(reproduced)) {
            assertEquals(reproduced, row.get("reproduced").getAsDouble());
        } else {
            assertTrue(row.get("reproduced").isJsonNull());
        }
    }
}
