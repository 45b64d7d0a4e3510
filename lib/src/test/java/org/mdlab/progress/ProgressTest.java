package org.mdlab.progress;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProgressTest {

    /** Records every call, for checking what a computation reported. */
    private static final class Recording implements ProgressSink {
        final List<String> calls = new ArrayList<>();

        @Override
        public boolean active() {
            return true;
        }

        @Override
        public Object start(String task, long total) {
            calls.add("start " + task + " " + total);
            return task;
        }

        @Override
        public synchronized void update(Object handle, long done, Duration elapsed) {
            calls.add("update " + done);
        }

        @Override
        public void finish(Object handle, long done, Duration elapsed, boolean completed) {
            calls.add("finish " + done + (completed ? " completed" : ""));
        }
    }

    @Test
    void aQuickComputationShowsNothing() {
        Recording sink = new Recording();
        try (Progress progress = Progress.start("sum", 1000, sink)) {
            for (int i = 0; i < 1000; i++) {
                progress.advance(1);
            }
        }
        assertEquals(List.of(), sink.calls);
    }

    @Test
    void reportsComeAtMostEveryQuarterSecondEvenFromManyThreads() throws Exception {
        Recording sink = new Recording();
        long started = System.nanoTime();
        try (Progress progress = Progress.start("parallel", 4_000, sink)) {
            IntStream.range(0, 4_000).parallel().forEach(i -> {
                progress.advance(1);
                try {
                    Thread.sleep(0, 200_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            assertEquals(4_000, progress.done());
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        long updates = sink.calls.stream().filter(c -> c.startsWith("update")).count();
        assertTrue(updates <= seconds / (Progress.REPORT_MILLIS / 1000.0) + 1, updates + " updates in " + seconds + " s");
        assertEquals("start parallel 4000", sink.calls.get(0));
        assertEquals("finish 4000 completed", sink.calls.get(sink.calls.size() - 1));
    }

    @Test
    void textReportsSayTheShareDone() {
        assertEquals("MC: 45% (450 of 1,000), 3.2 s", TextProgressSink.describe("MC", 1000, 450, Duration.ofMillis(3200)));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        TextProgressSink sink = new TextProgressSink(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        sink.finish(sink.start("VI", 10), 4, Duration.ofSeconds(1), false);
        assertEquals("VI: 40% (4 of 10), 1.0 s (stopped)", bytes.toString(StandardCharsets.UTF_8).strip());
        bytes.reset();
        sink.finish(sink.start("VI", 100_000), 264, Duration.ofSeconds(1), true);
        assertEquals("VI: done in 264 steps (limit 100,000), 1.0 s", bytes.toString(StandardCharsets.UTF_8).strip());
    }

    @Test
    void badArgumentsAreRefused() {
        Recording sink = new Recording();
        assertEquals("total must be >= 0 (got -1)",
                assertThrows(IllegalArgumentException.class, () -> Progress.start("x", -1, sink)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> Progress.start(" ", 1, sink));
    }
}
