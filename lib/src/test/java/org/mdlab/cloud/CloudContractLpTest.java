package org.mdlab.cloud;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.mdlab.optimisation.Solution;
import org.mdlab.optimisation.Status;

class CloudContractLpTest {

    @Test
    void lpOnAGridThroughTheClosedFormUsageReproducesItsProfit() {
        // Levels of 1/3 on [0, 3] contain the closed-form usage {1/3, 1, 2}; the LP's interpolated cost
        // is >= c and equals c there, so its optimum is the closed-form profit 13/12.
        Solution<CloudMechanism> r = CloudContractLp.solve(CloudInstances.TWO_BY_TWO, 9);
        assertEquals(Status.OPTIMAL, r.status());
        assertEquals(13.0 / 12, r.value().profit(), 1e-7);
        assertEquals(1.0 / 3, r.value().usage()[0][0], 1e-6);
    }

    @Property(tries = 15)
    void lpProfitIsBracketedByTheClosedFormAndItsInterpolationError(
            @ForAll @LongRange(min = 1, max = 1_000_000) long seed) {
        // Ĉ >= c gives LP <= closed form; the closed form's usage as a lottery on adjacent levels is
        // feasible with cost error at most k h^2 / 8 per cell (quadratic c = k q^2/2, step h), so
        // LP >= closed form - k h^2 / 8.
        CloudDemand d = CloudInstances.random(seed);
        int levels = 60;
        double h = d.cost().maxQuality() / levels;
        double k = d.cost().marginal(1) - d.cost().marginal(0);
        ClosedFormCloudContract.optimal(d).ifPresent(closed -> {
            CloudMechanism lp = CloudContractLp.solve(d, levels).value();
            assertTrue(lp.profit() <= closed.profit() + 1e-6, lp.profit() + " > " + closed.profit());
            assertTrue(lp.profit() >= closed.profit() - k * h * h / 8 - 1e-6, lp.profit() + " << " + closed.profit());
        });
    }

    @Property(tries = 15)
    void everyLpMechanismIsIncentiveCompatibleAndIndividuallyRational(
            @ForAll @LongRange(min = 1, max = 1_000_000) long seed) {
        CloudMechanism lp = CloudContractLp.solve(CloudInstances.random(seed), 30).value();
        assertTrue(lp.audit().holds(1e-6), lp.audit().toString());
    }

    @Test
    void zeroLevelsAreRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CloudContractLp.solve(CloudInstances.TWO_BY_TWO, 0));
        assertTrue(e.getMessage().contains("levels"));
    }
}
