package org.mdlab.jupyter;

import java.util.List;

/** A plain-text table with columns padded to a common width, numeric columns right-aligned, line breaks in cells shown as spaces. */
record TextTable(List<String> headers, List<Boolean> numeric, List<List<String>> rows) {

    private static final String GAP = "  ";

    TextTable {
        if (headers.size() != numeric.size()) {
            throw new IllegalArgumentException("numeric must have one flag per header (got "
                    + numeric.size() + " flags for " + headers.size() + " headers)");
        }
        headers = List.copyOf(headers);
        numeric = List.copyOf(numeric);
        rows = rows.stream().map(row -> row.stream().map(cell -> cell.replaceAll("\\R", " ")).toList()).toList();
    }

    String toText() {
        int[] widths = new int[headers.size()];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = width(headers.get(c));
            for (List<String> row : rows) {
                widths[c] = Math.max(widths[c], width(row.get(c)));
            }
        }
        StringBuilder text = new StringBuilder();
        appendLine(text, headers, widths);
        for (List<String> row : rows) {
            appendLine(text, row, widths);
        }
        return text.toString();
    }

    private void appendLine(StringBuilder text, List<String> cells, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < cells.size(); c++) {
            String padding = " ".repeat(widths[c] - width(cells.get(c)));
            line.append(c == 0 ? "" : GAP);
            line.append(numeric.get(c) ? padding + cells.get(c) : cells.get(c) + padding);
        }
        text.append(line.toString().stripTrailing()).append('\n');
    }

    private static int width(String s) {
        return s.codePointCount(0, s.length());
    }
}
