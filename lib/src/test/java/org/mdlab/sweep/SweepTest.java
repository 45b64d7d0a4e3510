package org.mdlab.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicReference;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.mdlab.optimisation.Status;
import tech.tablesaw.api.Table;

class SweepTest {

    /** A point function with randomness: the mean of 100 uniform draws from the point's own stream, times x. */
    private static final PointFunction NOISY = p -> {
        var random = p.random();
        double sum = 0;
        for (int i = 0; i < 100; i++) {
            sum += random.nextDouble();
        }
        return Outcome.of("value", p.get("x") * sum / 100).and("y2", p.get("y") * p.get("y"));
    };

    private static final Grid GRID = Grid.of(Axis.linear("x", 0, 1, 7), Axis.integers("y", 1, 5)).withSeed(42);

    @Test
    void pointsAreInRowMajorOrderWithTheLastAxisFastest() {
        // 7 x-values times 5 y-values; point 6 is (x index 1, y index 1): x = 1/6, y = 2.
        assertEquals(35, GRID.size());
        Point p = GRID.point(6);
        assertEquals(1.0 / 6, p.get("x"), 1e-15);
        assertEquals(2, p.get("y"));
        Table table = Sweep.run(GRID, NOISY, LocalEngine.withWorkers(1));
        assertEquals(35, table.rowCount());
        assertEquals(4.0, table.doubleColumn("y2").get(6));
        assertEquals(6L, table.longColumn(Sweep.POINT).get(6));
    }

    @Test
    void oneAndTwoWorkersGiveTheSameTableDrawForDraw() {
        Table one = Sweep.run(GRID, NOISY, LocalEngine.withWorkers(1));
        Table two = Sweep.run(GRID, NOISY, LocalEngine.withWorkers(2));
        Table many = Sweep.run(GRID, NOISY, LocalEngine.withWorkers(9));
        assertEquals(one.toString(), two.toString());
        assertEquals(one.toString(), many.toString());
        for (int i = 0; i < one.rowCount(); i++) {
            assertEquals(Double.doubleToLongBits(one.doubleColumn("value").get(i)),
                    Double.doubleToLongBits(two.doubleColumn("value").get(i)));
        }
    }

    @Test
    void theSeedOfAPointDependsOnTheGridSeedAndItsPositionOnly() {
        assertEquals(GRID.point(3).seed(), GRID.withSeed(42).point(3).seed());
        assertTrue(GRID.point(3).seed() != GRID.withSeed(43).point(3).seed());
        assertTrue(GRID.point(3).seed() != GRID.point(4).seed());
    }

    @Test
    void aPointThatThrowsBecomesAFailedRowAndTheOthersAreKept() {
        PointFunction f = p -> {
            if (p.index() == 2) {
                throw new ArithmeticException("division by zero at x = " + p.get("x"));
            }
            return Outcome.of("inverse", 1 / p.get("x"));
        };
        Grid grid = Grid.of(Axis.of("x", 1, 2, 0, 4));
        Table table = Sweep.run(grid, f, LocalEngine.withWorkers(2));
        assertEquals(4, table.rowCount());
        assertEquals("FAILED", table.stringColumn(Sweep.STATUS).get(2));
        assertEquals("ArithmeticException: division by zero at x = 0.0", table.stringColumn(Sweep.MESSAGE).get(2));
        assertTrue(table.doubleColumn("inverse").isMissing(2));
        assertEquals(0.25, table.doubleColumn("inverse").get(3));
        assertEquals("OPTIMAL", table.stringColumn(Sweep.STATUS).get(3));
    }

    @Test
    void anEmptyGridGivesAnEmptyTableWithItsColumns() {
        Table table = Sweep.run(Grid.of(), NOISY);
        assertEquals(0, table.rowCount());
        assertEquals(java.util.List.of(Sweep.POINT, Sweep.STATUS, Sweep.MESSAGE), table.columnNames());
    }

    @Test
    void aGridTooLargeForMemoryIsRefusedUpFrontNamingTheLimit() {
        Axis big = Axis.linear("a", 0, 1, 10_000);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Grid.of(big, Axis.linear("b", 0, 1, 10_000)));
        assertTrue(e.getMessage().contains("100000000") && e.getMessage().contains(String.valueOf(Grid.MAX_POINTS)),
                e.getMessage());
    }

    @Test
    void badAxesAndRowsNameTheRuleTheyBreak() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Grid.of(Axis.of("x", 1), Axis.of("x", 2)))
                .getMessage().contains("distinct"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Grid.of(Axis.of("status", 1)))
                .getMessage().contains("status"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Axis.of("x", Double.NaN)).getMessage()
                .contains("finite"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Axis.uniform("x", 1, 1, 3, 0)).getMessage()
                .contains("high"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Outcome.of("v", Double.POSITIVE_INFINITY))
                .getMessage().contains("finite"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Outcome.of(null, 1)).getMessage().contains("null"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> GRID.point(35)).getMessage().contains("[0, 35)"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> GRID.point(0).get("z")).getMessage()
                .contains("[x, y]"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> LocalEngine.withWorkers(0)).getMessage()
                .contains("workers"));
    }

    @Test
    void aFunctionReturningNullIsAFailedRowNotACrash() {
        Table table = Sweep.run(Grid.of(Axis.of("x", 1)), p -> null);
        assertEquals(Status.FAILED.name(), table.stringColumn(Sweep.STATUS).get(0));
    }

    @Test
    void interruptingTheCallerCancelsTheSweep() throws Exception {
        Grid grid = Grid.of(Axis.integers("i", 1, 1_000_000));
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread caller = new Thread(() -> {
            try {
                Sweep.run(grid, p -> {
                    Thread.sleep(1);
                    return Outcome.of("i", p.get("i"));
                }, LocalEngine.withWorkers(2));
            } catch (Throwable t) {
                thrown.set(t);
            }
        });
        caller.start();
        Thread.sleep(200);
        caller.interrupt();
        caller.join(10_000);
        assertTrue(!caller.isAlive(), "the sweep did not stop after an interrupt");
        assertTrue(thrown.get() instanceof CancellationException, String.valueOf(thrown.get()));
    }

    @Property(tries = 30)
    void theGridSizeIsTheProductOfTheAxisLengths(@ForAll @IntRange(min = 1, max = 20) int a,
                                                 @ForAll @IntRange(min = 1, max = 20) int b,
                                                 @ForAll @IntRange(min = 1, max = 20) int c) {
        Grid grid = Grid.of(Axis.linear("a", 0, 1, a), Axis.linear("b", 0, 1, b), Axis.linear("c", 0, 1, c));
        assertEquals((long) a * b * c, grid.size());
        // the last point is the last value of every axis
        Point last = grid.point(grid.size() - 1);
        assertEquals(a == 1 ? 0.0 : 1.0, last.get("a"), 1e-15);
        assertEquals(c == 1 ? 0.0 : 1.0, last.get("c"), 1e-15);
    }
}
