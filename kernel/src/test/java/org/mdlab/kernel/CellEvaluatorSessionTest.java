package org.mdlab.kernel;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A session whose JShell sees classes outside the cells (here the test classes), as it sees the library. */
class CellEvaluatorSessionTest {

    private static CellEvaluator evaluator;

    @BeforeAll
    static void startJShell() throws Exception {
        Path testClasses = Path.of(InterruptibleWork.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        evaluator = new CellEvaluator(new CellOutput(100_000, new PrintStream(PrintStream.nullOutputStream())),
                testClasses.toString());
    }

    @AfterAll
    static void stopJShell() {
        evaluator.close();
    }

    private static Optional<Object> eval(String code, int cell) {
        return evaluator.eval(code, SourceLabel.cell(cell));
    }

    @Test
    void theValueOfAnExpressionIsNotKeptAsAJShellVariable() {
        assertEquals(42, eval("40 + 2", 1).orElseThrow());
        CellError error = assertThrows(CellError.class, () -> eval("$1", 2));
        assertEquals("CompilationError", error.name());
        assertEquals(43, eval("int kept = 43;\nkept", 3).orElseThrow());
        assertEquals(44, eval("kept + 1", 4).orElseThrow());
    }

    @Test
    void libraryCodeThatPollsTheInterruptFlagOfItsThreadSeesTheInterrupt() throws Exception {
        CompletableFuture<Object> outcome = CompletableFuture.supplyAsync(() -> {
            try {
                return eval("org.mdlab.kernel.InterruptibleWork.spinUntilInterrupted()", 5).orElseThrow();
            } catch (CellError e) {
                return e;
            }
        });
        assertTrue(InterruptibleWork.SPINNING.await(60, TimeUnit.SECONDS), "the library call never started");
        evaluator.stop();
        Object ended = outcome.get(10, TimeUnit.SECONDS);
        assertTrue(InterruptibleWork.lastOutcome.startsWith("interrupted after "), InterruptibleWork.lastOutcome);
        if (ended instanceof CellError error) {
            assertEquals("Interrupted", error.name());
            assertFalse(error.getMessage().contains("did not stop"), error.getMessage());
        } else {
            assertEquals(InterruptibleWork.lastOutcome, ended);
        }
        assertEquals(3, eval("1 + 2", 6).orElseThrow());
    }
}
