package org.mdlab.sweep;

import org.mdlab.market.Arguments;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A parameter sweep: evaluate a {@link PointFunction} at every point of a {@link Grid} on an {@link Engine}
 * and collect the rows into one Tablesaw table in grid order. The table is the same for every engine and
 * every number of workers: its columns are {@value #POINT} (the position), one per axis, {@value #STATUS}
 * and {@value #MESSAGE}, then one per result name in the order results first appear; a row without a
 * result has a missing value there.
 *
 * <pre>{@code
 * Grid grid = Grid.of(Axis.linear("delta", 0.05, 0.95, 200), Axis.linear("mu", 0.01, 0.99, 200));
 * Table table = Sweep.run(grid, p -> Outcome.of("revenue", revenue(p.get("delta"), p.get("mu"))));
 * }</pre>
 */
public final class Sweep {

    /** The column holding each row's position in grid order. */
    public static final String POINT = "point";

    /** The column holding each row's {@link org.mdlab.optimisation.Status}. */
    public static final String STATUS = "status";

    /** The column holding each row's message. */
    public static final String MESSAGE = "message";

    private Sweep() {
    }

    /**
     * Runs the sweep on all cores of this machine ({@link LocalEngine#allCores()}).
     *
     * @param grid     the grid
     * @param function the computation per point
     * @return the table, one row per point in grid order
     */
    public static Table run(Grid grid, PointFunction function) {
        return run(grid, function, LocalEngine.allCores());
    }

    /**
     * Runs the sweep on the given engine.
     *
     * @param grid     the grid
     * @param function the computation per point
     * @param engine   where to evaluate the points
     * @return the table, one row per point in grid order
     */
    public static Table run(Grid grid, PointFunction function, Engine engine) {
        Arguments.notNull("grid", grid);
        Arguments.notNull("function", function);
        Arguments.notNull("engine", engine);
        List<Outcome> rows = engine.evaluate(grid, function);
        if (rows.size() != grid.size()) {
            throw new IllegalStateException("engine " + engine.description() + " returned " + rows.size()
                    + " rows for " + grid.size() + " points");
        }
        return table(grid, rows);
    }

    /**
     * The sweep table of rows already computed, one per point of the grid in grid order.
     *
     * @param grid the grid
     * @param rows its rows
     * @return the table
     */
    public static Table table(Grid grid, List<Outcome> rows) {
        Arguments.notNull("grid", grid);
        Arguments.notNull("rows", rows);
        if (rows.size() != grid.size()) {
            throw new IllegalArgumentException("rows must hold one row per point (got " + rows.size() + " rows for "
                    + grid.size() + " points)");
        }
        int n = rows.size();
        Set<String> results = new LinkedHashSet<>();
        for (Outcome row : rows) {
            results.addAll(Arguments.notNull("row", row).values().keySet());
        }
        Table table = Table.create("sweep");
        long[] index = new long[n];
        for (int i = 0; i < n; i++) {
            index[i] = i;
        }
        table.addColumns(LongColumn.create(POINT, index));
        List<Axis> axes = grid.axes();
        double[][] columns = new double[axes.size()][n];
        for (int i = 0; i < n; i++) {
            double[] values = grid.point(i).values();
            for (int a = 0; a < values.length; a++) {
                columns[a][i] = values[a];
            }
        }
        for (int a = 0; a < axes.size(); a++) {
            table.addColumns(DoubleColumn.create(axes.get(a).name(), columns[a]));
        }
        table.addColumns(StringColumn.create(STATUS, rows.stream().map(r -> r.status().name()).toArray(String[]::new)),
                StringColumn.create(MESSAGE, rows.stream().map(Outcome::message).toArray(String[]::new)));
        for (String name : results) {
            table.addColumns(DoubleColumn.create(name, rows.stream().mapToDouble(r -> r.get(name)).toArray()));
        }
        return table;
    }
}
