package org.mdlab.jupyter;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An HTML table with a caption, right-aligned numeric columns, optional CSS classes per cell and
 * footnotes, styled by a {@code <style>} element scoped to a class unique to the kernel session.
 */
record HtmlTable(String title, List<String> headers, List<Boolean> numeric, List<List<Cell>> rows, List<Cell> footnotes) {

    /** A cell's text and its CSS class ({@code ""} for none). */
    record Cell(String text, String cssClass) {

        static Cell of(String text) {
            return new Cell(text, "");
        }
    }

    private static final AtomicLong SERIAL = new AtomicLong();

    private static final String STYLE = """
            .%1$s table{border-collapse:collapse;font-size:13px;margin:0}
            .%1$s caption{caption-side:top;text-align:left;font-weight:600;padding:0 0 6px}
            .%1$s th,.%1$s td{padding:3px 10px;border:none;border-bottom:1px solid #ddd;text-align:left;vertical-align:top}
            .%1$s th{border-bottom:2px solid #999}
            .%1$s .num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
            .%1$s .pass{color:#1a7f37;font-weight:600}
            .%1$s .fail{color:#cf222e;font-weight:600}
            .%1$s .note{color:#666;margin:4px 0 0}
            """;

    HtmlTable {
        if (headers.size() != numeric.size()) {
            throw new IllegalArgumentException("numeric must have one flag per header (got "
                    + numeric.size() + " flags for " + headers.size() + " headers)");
        }
        headers = List.copyOf(headers);
        numeric = List.copyOf(numeric);
        rows = rows.stream().map(List::copyOf).toList();
        footnotes = List.copyOf(footnotes);
    }

    String toHtml() {
        String scope = "mdlab-t" + SERIAL.incrementAndGet();
        StringBuilder html = new StringBuilder();
        html.append("<div class=\"mdlab-table ").append(scope).append("\">\n<style>\n")
                .append(String.format(STYLE, scope)).append("</style>\n<table>\n");
        if (!title.isBlank()) {
            html.append("<caption>").append(escape(title)).append("</caption>\n");
        }
        html.append("<thead><tr>");
        for (int c = 0; c < headers.size(); c++) {
            html.append(open("th", numeric.get(c) ? "num" : "")).append(escape(headers.get(c))).append("</th>");
        }
        html.append("</tr></thead>\n<tbody>\n");
        for (List<Cell> row : rows) {
            html.append("<tr>");
            for (int c = 0; c < row.size(); c++) {
                Cell cell = row.get(c);
                String cssClass = ((numeric.get(c) ? "num " : "") + cell.cssClass()).trim();
                html.append(open("td", cssClass)).append(escape(cell.text())).append("</td>");
            }
            html.append("</tr>\n");
        }
        html.append("</tbody>\n</table>\n");
        for (Cell note : footnotes) {
            html.append(open("p", ("note " + note.cssClass()).trim())).append(escape(note.text())).append("</p>\n");
        }
        return html.append("</div>").toString();
    }

    private static String open(String tag, String cssClass) {
        return cssClass.isEmpty() ? "<" + tag + ">" : "<" + tag + " class=\"" + cssClass + "\">";
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
