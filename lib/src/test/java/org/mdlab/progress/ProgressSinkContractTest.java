package org.mdlab.progress;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link ProgressSink} honours, run against each implementation in the library:
 * {@code active()} answers without side effects, {@code start} returns a handle, and updates and the
 * final report accept that handle for any progress from 0 to the total.
 */
abstract class ProgressSinkContractTest {

    abstract ProgressSink sink();

    @Test
    void activeAnswersTheSameTwice() {
        ProgressSink sink = sink();
        assertEquals(sink.active(), sink.active());
    }

    @Test
    void aStartedTaskAcceptsUpdatesAndAFinalReport() {
        ProgressSink sink = sink();
        Object handle = sink.start("contract", 10);
        assertNotNull(handle);
        assertDoesNotThrow(() -> {
            sink.update(handle, 0, Duration.ZERO);
            sink.update(handle, 10, Duration.ofMillis(300));
            sink.finish(handle, 7, Duration.ofSeconds(1), false);
            sink.finish(sink.start("converged", 10), 3, Duration.ofSeconds(1), true);
        });
    }

    @Test
    void progressDrivesTheSinkThroughItsLifeCycle() {
        ProgressSink sink = sink();
        assertDoesNotThrow(() -> {
            try (Progress progress = Progress.start("contract", 3, sink)) {
                progress.advance(3);
            }
        });
    }
}
