package org.mdlab.jupyter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class TableDisplayTest {

    private static final Table PRICES = Table.create("Prices <b>&</b>",
            StringColumn.create("segment", "low", "<script>alert(1)</script>", "high"),
            IntColumn.create("buyers", 3, 12, 7),
            DoubleColumn.create("price", 1.0, 1.0 / 3.0, Double.NaN));

    @Test
    void aTableRendersAsHtmlAndPlainText() {
        Bundle bundle = Bundle.of(Bundle.renderer().render(PRICES));
        assertEquals(Set.of("text/html", "text/plain"), bundle.mimeTypes());
        assertEquals(PRICES.print(TableDisplay.MAX_ROWS), bundle.text("text/plain"));
    }

    @Test
    void everyCellAndTheTitleAreHtmlEscaped() {
        String html = TableDisplay.html(PRICES);
        assertFalse(html.contains("<script>"), html);
        assertTrue(html.contains("<td>&lt;script&gt;alert(1)&lt;/script&gt;</td>"), html);
        assertTrue(html.contains("<caption>Prices &lt;b&gt;&amp;&lt;/b&gt;</caption>"), html);
    }

    @Test
    void numericColumnsAreRightAlignedAndRounded() {
        String html = TableDisplay.html(PRICES);
        assertTrue(html.contains("<th class=\"num\">price</th>"), html);
        assertTrue(html.contains("<th>segment</th>"), html);
        assertTrue(html.contains("<td class=\"num\">12</td>"), html);
        assertTrue(html.contains("<td class=\"num\">1</td>"), html);
        assertTrue(html.contains("<td class=\"num\">0.333333</td>"), html);
        assertTrue(html.contains("<td class=\"num\">NaN</td>"), html);
    }

    @Test
    void theStyleIsScopedToAClassUniqueToEachTable() {
        String first = scope(TableDisplay.html(PRICES));
        String second = scope(TableDisplay.html(PRICES));
        assertFalse(first.equals(second));
    }

    @Test
    void longTablesAreCutAtTheRowCapWithANote() {
        int rows = TableDisplay.MAX_ROWS + 50;
        Table table = Table.create("long", IntColumn.create("i", IntStream.range(0, rows).toArray()));
        String html = TableDisplay.html(table);
        assertEquals(TableDisplay.MAX_ROWS, count(html, "<tr><td"));
        assertTrue(html.contains("<p class=\"note\">… 50 more rows</p>"), html);
        assertFalse(html.contains(">" + (rows - 1) + "<"));
        assertFalse(TableDisplay.html(PRICES).contains("more row"));
    }

    @Test
    void anUnnamedTableHasNoCaption() {
        Table table = Table.create(IntColumn.create("i", 1, 2));
        assertFalse(TableDisplay.html(table).contains("<caption>"));
    }

    private static String scope(String html) {
        Matcher m = Pattern.compile("class=\"mdlab-table (mdlab-t\\d+)\"").matcher(html);
        assertTrue(m.find(), html);
        assertTrue(html.contains("." + m.group(1) + " td"), html);
        return m.group(1);
    }

    private static int count(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }
}
