package org.mdlab.kernel;

import org.dflib.jjava.jupyter.messages.publish.PublishStream;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CellOutputTest {

    private final ByteArrayOutputStream fallbackBytes = new ByteArrayOutputStream();
    private final PrintStream fallback = new PrintStream(fallbackBytes, true, StandardCharsets.UTF_8);

    @Test
    void manyLinesAreBatchedIntoFewMessages() {
        CellOutput output = new CellOutput(10_000_000, fallback);
        CapturingSocket iopub = new CapturingSocket();
        PrintStream out = output.stream(false);
        CellOutput.Routing cell = output.open(iopub, null);
        for (int i = 0; i < 100_000; i++) {
            out.println(i);
        }
        output.close(cell);
        StringBuilder expected = new StringBuilder();
        for (int i = 0; i < 100_000; i++) {
            expected.append(i).append(System.lineSeparator());
        }
        assertEquals(expected.toString(), iopub.text(PublishStream.StreamType.OUT));
        // 588,890 bytes in 64 KiB batches: about ten messages, never one per line
        assertTrue(iopub.streams().size() < 100, "messages: " + iopub.streams().size());
    }

    @Test
    void outputBeyondTheLimitIsDroppedWithANote() {
        CellOutput output = new CellOutput(1_000, fallback);
        CapturingSocket iopub = new CapturingSocket();
        PrintStream out = output.stream(false);
        CellOutput.Routing cell = output.open(iopub, null);
        for (int i = 0; i < 1_000; i++) {
            out.print("0123456789");
        }
        output.close(cell);
        assertEquals(1_000, iopub.text(PublishStream.StreamType.OUT).length());
        String note = iopub.text(PublishStream.StreamType.ERR);
        assertTrue(note.contains("output truncated: 9,000 more bytes"), note);
        assertTrue(note.contains("at most 1,000 bytes"), note);
    }

    @Test
    void stdoutAndStderrKeepTheirOrder() {
        CellOutput output = new CellOutput(10_000, fallback);
        CapturingSocket iopub = new CapturingSocket();
        PrintStream out = output.stream(false);
        PrintStream err = output.stream(true);
        CellOutput.Routing cell = output.open(iopub, null);
        out.print("a");
        err.print("b");
        out.print("c");
        output.close(cell);
        assertEquals(3, iopub.streams().size());
        assertEquals("a", iopub.streams().get(0).getText());
        assertEquals(PublishStream.StreamType.ERR, iopub.streams().get(1).getStreamType());
        assertEquals("c", iopub.streams().get(2).getText());
    }

    @Test
    void aThreadStartedByACellWritesToThatCellAfterTheNextCellOpens() throws Exception {
        CellOutput output = new CellOutput(10_000, fallback);
        CapturingSocket first = new CapturingSocket();
        CapturingSocket second = new CapturingSocket();
        PrintStream out = output.stream(false);
        CellOutput.Routing cell = output.open(first, null);
        Thread background = new Thread(() -> {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            out.print("late");
        });
        background.start();
        output.close(cell);
        CellOutput.Routing next = output.open(second, null);
        background.join();
        cell.flush();
        output.close(next);
        assertEquals("late", first.text(PublishStream.StreamType.OUT));
        assertEquals("", second.text(PublishStream.StreamType.OUT));
    }

    @Test
    void outputOutsideACellGoesToTheFallbackStream() {
        CellOutput output = new CellOutput(10_000, fallback);
        output.stream(false).print("startup");
        output.stream(false).flush();
        assertEquals("startup", fallbackBytes.toString(StandardCharsets.UTF_8));
    }
}
