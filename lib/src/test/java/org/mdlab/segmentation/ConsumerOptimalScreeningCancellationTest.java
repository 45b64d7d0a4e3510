package org.mdlab.segmentation;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;
import org.mdlab.market.ConvexCost;
import org.mdlab.market.Market;
import org.mdlab.optimisation.SolverOptions;

/** The column generation polls its cancellation every round and every pricing step. */
class ConsumerOptimalScreeningCancellationTest {

    @Test
    void aRequestedCancellationStopsTheColumnGeneration() {
        SolverOptions cancelled = SolverOptions.defaults().withCancellation(() -> true);
        assertThrows(CancellationException.class, () -> ConsumerOptimalScreening.solve(Market.random(8, 2),
                ConvexCost.quadratic(1, 100), cancelled));
    }

    @Test
    void anInterruptedThreadStopsTheSearch() {
        Thread.currentThread().interrupt();
        try {
            assertThrows(CancellationException.class, () -> ConsumerOptimalScreening.solve(Market.random(8, 2),
                    ConvexCost.quadratic(1, 100)));
        } finally {
            Thread.interrupted();
        }
    }
}
