package org.mdlab.kernel;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.PrintStream;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CellEvaluatorTest {

    private static CellEvaluator evaluator;

    @BeforeAll
    static void startJShell() {
        evaluator = new CellEvaluator(new CellOutput(100_000, new PrintStream(PrintStream.nullOutputStream())), "");
    }

    @AfterAll
    static void stopJShell() {
        evaluator.close();
    }

    private static Optional<Object> eval(String code, int cell) {
        return evaluator.eval(code, SourceLabel.cell(cell));
    }

    @Test
    void theLastExpressionWithoutSemicolonIsTheValueAsARealObject() {
        Optional<Object> value = eval("int a = 6;\njava.util.List.of(a, a * 7)", 1);
        assertEquals(java.util.List.of(6, 42), value.orElseThrow());
    }

    @Test
    void aClosingSemicolonOrADeclarationShowsNothing() {
        assertTrue(eval("6 * 7;", 2).isEmpty());
        assertTrue(eval("int shownNothing = 3", 3).isEmpty());
        assertTrue(eval("System.out.println(1)", 4).isEmpty());
    }

    @Test
    void aCompileErrorNamesTheCellLineAndMarksTheSpan() {
        CellError error = assertThrows(CellError.class, () -> eval("int fine = 1;\n\nint bad = \"a\";", 5));
        assertEquals("CompilationError", error.name());
        assertTrue(error.getMessage().contains("incompatible types"), error.getMessage());
        assertEquals("cell [5], line 3: incompatible types: java.lang.String cannot be converted to int",
                error.traceback().get(0));
        assertEquals("    int bad = \"a\";", error.traceback().get(1));
        assertEquals("              ^^^", error.traceback().get(2));
    }

    @Test
    void aRuntimeExceptionShowsOnlyUserFramesWithCellLines() {
        eval("int boom(int[] xs) {\n    return xs[2];\n}", 6);
        CellError error = assertThrows(CellError.class, () -> eval("int[] xs = new int[1];\n\nboom(xs)", 7));
        assertEquals("java.lang.ArrayIndexOutOfBoundsException", error.name());
        assertEquals("Index 2 out of bounds for length 1", error.getMessage());
        assertEquals("    at boom (cell [6], line 2)", error.traceback().get(1));
        assertEquals("    at cell [7], line 3", error.traceback().get(2));
        assertEquals(3, error.traceback().size(), String.join("\n", error.traceback()));
        assertFalse(String.join("\n", error.traceback()).contains("jdk.jshell"));
    }

    @Test
    void libraryFramesAboveTheUserFrameAreKept() {
        CellError error = assertThrows(CellError.class, () -> eval("Integer.parseInt(\"x\")", 8));
        assertEquals("java.lang.NumberFormatException", error.name());
        String trace = String.join("\n", error.traceback());
        assertTrue(trace.contains("java.lang.Integer.parseInt"), trace);
        assertTrue(trace.endsWith("at cell [8], line 1"), trace);
    }

    @Test
    void systemExitIsBlockedAndTheSessionGoesOn() {
        CellError error = assertThrows(CellError.class, () -> eval("System.exit(3);", 9));
        assertEquals("SystemExit", error.name());
        assertTrue(error.getMessage().contains("System.exit(3)"), error.getMessage());
        assertThrows(CellError.class, () -> eval("Runtime.getRuntime().halt(1);", 10));
        assertEquals(2, eval("1 + 1", 11).orElseThrow());
    }

    @Test
    void aBusyLoopStopsOnInterrupt() throws Exception {
        CompletableFuture<CellError> outcome = CompletableFuture.supplyAsync(() ->
                assertThrows(CellError.class, () -> eval("long spins = 0;\nwhile (true) { spins++; }", 12)));
        Thread.sleep(300);
        evaluator.stop();
        CellError error = outcome.get(5, TimeUnit.SECONDS);
        assertEquals("Interrupted", error.name());
        assertEquals(3, eval("1 + 2", 13).orElseThrow());
    }

    @Test
    void aSleepingCellStopsOnInterrupt() throws Exception {
        CompletableFuture<CellError> outcome = CompletableFuture.supplyAsync(() ->
                assertThrows(CellError.class, () -> eval("Thread.sleep(60_000);", 14)));
        Thread.sleep(300);
        evaluator.stop();
        assertEquals("Interrupted", outcome.get(5, TimeUnit.SECONDS).name());
    }

    @Test
    void aCellThatIgnoresInterruptsIsAbandonedAndTheNextCellRuns() throws Exception {
        String stubborn = "while (true) { try { Thread.sleep(10); } catch (Throwable t) { } }";
        CompletableFuture<CellError> outcome = CompletableFuture.supplyAsync(() ->
                assertThrows(CellError.class, () -> eval(stubborn, 15)));
        Thread.sleep(300);
        evaluator.stop();
        CellError error = outcome.get(10, TimeUnit.SECONDS);
        assertEquals("Interrupted", error.name());
        assertEquals(4, eval("2 + 2", 16).orElseThrow());
    }

    @Test
    void anIncompleteCellIsACompileError() {
        CellError error = assertThrows(CellError.class, () -> eval("for (int i = 0; i < 3; i++) {", 17));
        assertEquals("CompilationError", error.name());
        assertTrue(error.traceback().get(0).startsWith("cell [17], line 1"), error.traceback().get(0));
    }

    @Test
    void callingAMethodThatUsesAnUndeclaredNameSaysWhatIsMissing() {
        eval("void usesMissing() { missing(); }", 18);
        CellError error = assertThrows(CellError.class, () -> eval("usesMissing();", 19));
        assertEquals("UnresolvedReference", error.name());
        assertEquals("method usesMissing() cannot run until method missing() is declared", error.getMessage());
    }
}
