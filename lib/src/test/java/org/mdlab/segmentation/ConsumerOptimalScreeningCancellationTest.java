package org.mdlab.segmentation;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;
import org.mdlab.market.Market;
import org.mdlab.optimisation.SolverOptions;
import org.mdlab.market.ConvexCost;

/** The grid and zoom search polls its cancellation per candidate and per round. */
class ConsumerOptimalScreeningCancellationTest {

    @Test
    void aRequestedCancellationStopsTheGridBeforeAnyLinearProgram() {
        SolverOptions cancelled = SolverOptions.defaults().withCancellation(() -> true);
        assertThrows(CancellationException.class, () -> ConsumerOptimalScreening.solve(Market.random(4, 2),
                ConvexCost.quadratic(1, 100), 40, 8, cancelled));
    }

    @Test
    void anInterruptedThreadStopsTheSearch() {
        Thread.currentThread().interrupt();
        try {
            assertThrows(CancellationException.class, () -> ConsumerOptimalScreening.solve(Market.random(4, 2),
                    ConvexCost.quadratic(1, 100), 40));
        } finally {
            Thread.interrupted();
        }
    }
}
