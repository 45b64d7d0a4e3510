package org.mdlab.estimator;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Monte Carlo loops stop at the next draw once the caller's thread is interrupted or cancellation is requested. */
class MonteCarloCancellationTest {

    @Test
    void anInterruptedCallerStopsTheLoopBeforeTheFirstDraw() {
        AtomicLong draws = new AtomicLong();
        Thread.currentThread().interrupt();
        try {
            assertThrows(CancellationException.class, () -> MonteCarlo.mean(1, 4, 1_000_000, 1, r -> draws.incrementAndGet()));
        } finally {
            Thread.interrupted();
        }
        assertTrue(draws.get() == 0, () -> draws.get() + " draws after the interrupt");
    }

    @Test
    void workerThreadsObserveTheCancellationWithinOneDraw() {
        AtomicLong draws = new AtomicLong();
        // cancellation requested after 1,000 draws: each of 2 workers stops at its next poll
        assertThrows(CancellationException.class, () -> MonteCarlo.mean(1, 8, 1_000_000, 2, r -> draws.incrementAndGet(),
                () -> draws.get() >= 1_000));
        assertTrue(draws.get() < 1_000 + 8, () -> draws.get() + " draws");
    }

    @Test
    void sampledEstimatorsStopOnInterrupt() {
        SampledEstimator estimator = SampledEstimator.gaussian(1, 3, 10_000_000);
        Thread.currentThread().interrupt();
        try {
            assertThrows(CancellationException.class, () -> estimator.expectation(0, w -> w));
        } finally {
            Thread.interrupted();
        }
    }
}
