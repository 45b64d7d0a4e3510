package org.mdlab.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mdlab.sweep.Axis;
import org.mdlab.sweep.Grid;
import org.mdlab.sweep.LocalEngine;
import org.mdlab.sweep.Sweep;
import tech.tablesaw.api.Table;

class SparkEngineTest {

    private static SparkEngine spark;

    @BeforeAll
    static void start() {
        spark = SparkEngine.local(2);
    }

    @AfterAll
    static void stop() {
        spark.close();
    }

    static void assertSameTable(Table expected, Table actual) {
        assertEquals(expected.columnNames(), actual.columnNames());
        assertEquals(expected.rowCount(), actual.rowCount());
        for (String name : expected.columnNames()) {
            for (int i = 0; i < expected.rowCount(); i++) {
                Object a = expected.column(name).get(i);
                Object b = actual.column(name).get(i);
                if (a instanceof Double x && b instanceof Double y) {
                    assertEquals(Double.doubleToLongBits(x), Double.doubleToLongBits(y), name + " at row " + i);
                } else {
                    assertEquals(a, b, name + " at row " + i);
                }
            }
        }
    }

    @Test
    void embeddedSparkGivesTheLocalEnginesTableBitForBit() {
        Grid grid = SweepFunctions.grid(200);
        Table one = Sweep.run(grid, SweepFunctions.REVENUE, LocalEngine.withWorkers(1));
        Table two = Sweep.run(grid, SweepFunctions.REVENUE, LocalEngine.withWorkers(2));
        Table onSpark = Sweep.run(grid, SweepFunctions.REVENUE, spark);
        assertSameTable(one, two);
        assertSameTable(one, onSpark);
        assertEquals("FAILED", onSpark.stringColumn(Sweep.STATUS).get(5));
        assertEquals("IllegalStateException: point 5 fails on purpose", onSpark.stringColumn(Sweep.MESSAGE).get(5));
    }

    @Test
    void anEmptyGridIsAnEmptyTableWithoutAJob() {
        assertEquals(0, Sweep.run(Grid.of(), SweepFunctions.REVENUE, spark).rowCount());
    }

    @Test
    void aJShellStyleLambdaRunsEmbedded() {
        Table t = Sweep.run(Grid.of(Axis.integers("k", 1, 10)), p -> org.mdlab.sweep.Outcome.of("k2", p.get("k") * p.get("k")), spark);
        assertEquals(100.0, t.doubleColumn("k2").get(9));
    }

    @Test
    void submittedOutsideSparkSubmitSaysHowToRun() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, SparkEngine::submitted);
        assertTrue(e.getMessage().contains("spark-submit"), e.getMessage());
    }

    @Test
    void aBlankMasterUrlIsRefused() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> SparkEngine.connect(" ")).getMessage()
                .contains("masterUrl"));
    }
}
