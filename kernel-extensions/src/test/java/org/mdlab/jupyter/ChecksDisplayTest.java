package org.mdlab.jupyter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;
import org.dflib.jjava.jupyter.kernel.display.mime.MIMEType;
import org.junit.jupiter.api.Test;
import org.mdlab.repro.Check;
import org.mdlab.repro.Checks;
import org.mdlab.repro.Source;

class ChecksDisplayTest {

    private static final Check REVENUE = Check.paper("revenue <script>alert(1)</script>", "Table 2",
            4.0 / 3.0, 1.3333333333, 1e-9);
    private static final Check PRICE = Check.closedForm("price", "p* = 2", 2.0, 2.5, 0.1);
    private static final Checks CHECKS = Checks.of(REVENUE, PRICE);
    private static final Set<String> TYPES = Set.of("text/html", "text/plain", ChecksDisplay.MIME_TYPE);

    @Test
    void checksRenderAsHtmlJsonAndText() {
        Bundle bundle = Bundle.of(Bundle.renderer().render(CHECKS));
        assertEquals(TYPES, bundle.mimeTypes());
    }

    @Test
    void theJsonOutputIsAnObjectInTheChecksSchema() {
        DisplayData data = Bundle.renderer().render(CHECKS);
        assertEquals(new NullPreservingJson(CHECKS.asMap()), data.getData(MIMEType.parse(ChecksDisplay.MIME_TYPE)));

        JsonObject json = Bundle.of(data).object(ChecksDisplay.MIME_TYPE);
        assertEquals("mdlab.checks/1", json.get("schema").getAsString());
        assertEquals(1, json.get("passed").getAsInt());
        assertEquals(1, json.get("failed").getAsInt());
        JsonArray rows = json.getAsJsonArray("checks");
        assertEquals(2, rows.size());
        JsonObject first = rows.get(0).getAsJsonObject();
        assertEquals(Set.of("claim", "source", "kind", "expected", "reproduced", "tolerance", "passed"),
                first.keySet());
        assertEquals("paper, Table 2", first.get("source").getAsString());
        assertEquals(4.0 / 3.0, first.get("expected").getAsDouble());
        assertTrue(first.get("passed").getAsBoolean());
        assertEquals("closed form", rows.get(1).getAsJsonObject().get("kind").getAsString());
        assertEquals(1, json.getAsJsonObject("kinds").get("closed form").getAsInt());
    }

    @Test
    void theHtmlEscapesClaimsColoursTheStatusAndSummarises() {
        String html = ChecksDisplay.html(CHECKS);
        assertFalse(html.contains("<script>"), html);
        assertTrue(html.contains("<td>revenue &lt;script&gt;alert(1)&lt;/script&gt;</td>"), html);
        assertTrue(html.contains("<td class=\"pass\">pass</td>"), html);
        assertTrue(html.contains("<td class=\"fail\">FAIL</td>"), html);
        assertTrue(html.contains("<p class=\"note fail\">1 of 2 checks pass (1 paper, 1 closed form)</p>"), html);
        assertTrue(html.contains("<caption>Reproduction checks</caption>"), html);
    }

    @Test
    void valuesThatDifferAreShownWithEnoughDigitsToSeeTheDifference() {
        // 4/3 = 1.3333333333333333 and 1.3333333333 agree to 11 significant digits, differ at the 12th
        String html = ChecksDisplay.html(CHECKS);
        assertTrue(html.contains("<td class=\"num\">1.33333333333</td>"), html);
        assertTrue(html.contains("<td class=\"num\">1.3333333333</td>"), html);
        assertTrue(html.contains("<td class=\"num\">1e-9</td>"), html);
    }

    @Test
    void theTextIsAnAlignedTableWithASummary() {
        String text = ChecksDisplay.text(Checks.of(Check.paper("revenue", "Table 2", 4.0 / 3.0, 4.0 / 3.0, 1e-9),
                Check.closedForm("price", "p* = 2", 2.0, 2.5, 0.1)));
        List<String> lines = text.lines().toList();
        assertEquals("Reproduction checks: 1 of 2 checks pass (1 paper, 1 closed form)", lines.get(0));
        assertEquals("claim    source               expected  reproduced  tolerance  status", lines.get(1));
        assertEquals("revenue  paper, Table 2        1.33333     1.33333       1e-9  pass", lines.get(2));
        assertEquals("price    closed form: p* = 2         2         2.5        0.1  FAIL", lines.get(3));
    }

    @Test
    void aNonFiniteReproducedValueIsSentAsJsonNullThoughGsonDropsNullsElsewhere() {
        Checks failed = Checks.of(Check.paper("revenue", "Table 2", 1.0, Double.POSITIVE_INFINITY, 0.1));
        Bundle bundle = Bundle.of(Bundle.renderer().render(failed));
        JsonObject row = bundle.object(ChecksDisplay.MIME_TYPE).getAsJsonArray("checks").get(0).getAsJsonObject();
        assertTrue(row.has("reproduced"), row.toString());
        assertTrue(row.get("reproduced").isJsonNull());
        // control: the same Gson drops a null member of a plain map
        assertEquals("{}", new Gson().toJson(Collections.singletonMap("absent", null)));
    }

    @Test
    void aPropertyShowsOnHowManyInstancesItHeldNotAFakeNumber() {
        String text = ChecksDisplay.text(Checks.of(Check.property("IC on random menus", "Theorem 2", 1e-9,
                new double[] {0, 2e-12, 5e-10})));
        assertTrue(text.contains("holds on all"), text);
        assertTrue(text.contains("held on 3 of 3, largest violation 5e-10"), text);
        assertTrue(text.contains("property: Theorem 2"), text);
    }

    @Test
    void aConvergenceCheckShowsTheFittedRateAndTheErrorsAtBothEnds() {
        String text = ChecksDisplay.text(Checks.of(Check.convergence("grid error", "O(n^-1)", 1.0, 0.1,
                new double[] {10, 100}, new double[] {0.1, 0.01})));
        assertTrue(text.contains("rate 1 over 2 sizes (error 0.1 → 0.01)"), text);
    }

    @Test
    void aSimulationShowsItsStandardErrorDrawsAndTheToleranceInStandardErrors() {
        String text = ChecksDisplay.text(Checks.of(Check.simulation("profit", Source.closedForm("1/12"),
                0.0833, 0.0835, 0.001, 100_000)));
        assertTrue(text.contains("0.0835 ± 0.001 (SE, 100,000 draws)"), text);
        assertTrue(text.contains("(3.29 SE)"), text);
    }

    @Test
    void aNaNReproducedValueIsShownAsAFailure() {
        Checks failed = Checks.of(Check.paper("revenue", "Table 2", 1.0, Double.NaN, 0.1));
        assertTrue(ChecksDisplay.text(failed).contains("NaN"));
        assertTrue(ChecksDisplay.html(failed).contains("<td class=\"num\">NaN</td>"));
        assertTrue(ChecksDisplay.html(failed).contains("0 of 1 checks pass"));
    }

    @Test
    void aSingleCheckRendersAsAListOfOne() {
        Bundle single = Bundle.of(Bundle.renderer().render(PRICE));
        Bundle list = Bundle.of(Bundle.renderer().render(Checks.of(PRICE)));
        assertEquals(TYPES, single.mimeTypes());
        assertEquals(list.object(ChecksDisplay.MIME_TYPE), single.object(ChecksDisplay.MIME_TYPE));
        assertEquals(list.text("text/plain"), single.text("text/plain"));
        assertEquals(withoutScope(list.text("text/html")), withoutScope(single.text("text/html")));
    }

    private static String withoutScope(String html) {
        return html.replaceAll("mdlab-t\\d+", "mdlab-t");
    }
}
