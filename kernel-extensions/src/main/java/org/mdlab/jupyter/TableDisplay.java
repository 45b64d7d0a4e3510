package org.mdlab.jupyter;

import java.util.ArrayList;
import java.util.List;
import org.dflib.jjava.jupyter.kernel.display.RenderContext;
import org.dflib.jjava.jupyter.kernel.display.Renderer;
import org.dflib.jjava.jupyter.kernel.display.mime.MIMEType;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.FloatColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/** Displays a Tablesaw {@link Table} as a styled HTML table and as Tablesaw's plain-text print, both capped. */
final class TableDisplay {

    static final int MAX_ROWS = 200;

    private TableDisplay() {
    }

    static void register(Renderer renderer) {
        renderer.createRegistration(Table.class)
                .preferring(MIMEType.TEXT_HTML)
                .register(TableDisplay::render);
    }

    private static void render(Table table, RenderContext context) {
        context.renderIfRequested(MIMEType.TEXT_HTML, () -> html(table));
        context.renderIfRequested(MIMEType.TEXT_PLAIN, () -> table.print(MAX_ROWS));
    }

    static String html(Table table) {
        List<Column<?>> columns = table.columns();
        int shown = Math.min(table.rowCount(), MAX_ROWS);
        List<List<HtmlTable.Cell>> rows = new ArrayList<>(shown);
        for (int r = 0; r < shown; r++) {
            List<HtmlTable.Cell> row = new ArrayList<>(columns.size());
            for (Column<?> column : columns) {
                row.add(HtmlTable.Cell.of(cellText(column, r)));
            }
            rows.add(row);
        }
        int hidden = table.rowCount() - shown;
        List<HtmlTable.Cell> notes = hidden > 0
                ? List.of(HtmlTable.Cell.of("… " + hidden + " more row" + (hidden == 1 ? "" : "s")))
                : List.of();
        String title = table.name() == null ? "" : table.name();
        return new HtmlTable(title, table.columnNames(),
                columns.stream().map(c -> c instanceof NumericColumn<?>).toList(), rows, notes).toHtml();
    }

    private static String cellText(Column<?> column, int row) {
        if (column instanceof DoubleColumn || column instanceof FloatColumn) {
            return NumberText.format(((NumericColumn<?>) column).getDouble(row));
        }
        if (column.isMissing(row)) {
            return "";
        }
        if (column instanceof NumericColumn<?>) {
            return String.valueOf(column.get(row));
        }
        return column.getString(row);
    }
}
