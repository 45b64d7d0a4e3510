package org.mdlab.cloud;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.mdlab.market.ConvexCost;

class ClosedFormCloudContractTest {

    @Test
    void twoByTwoExampleHasTheHandComputedUsageRentsAndProfit() {
        // φ_0(1) = 1 - (1/2)/((1/2)(3/4)) · 1 · (3/4 - 1/4) = 1/3, φ_0(2) = 2, φ_1 = v; c'(q) = q so q = φ.
        // Rent of signal 1: Δ (F_0(1) - F_1(1)) q_0(1) = 1 · 1/2 · 1/3 = 1/6; signal 0 gets 0.
        // Profit = Σ g f (φ q - q^2/2) = (1/2)[(3/4)(1/18) + (1/4)·2] + (1/2)[(1/4)(1/2) + (3/4)·2] = 13/12.
        CloudMechanism m = ClosedFormCloudContract.optimal(CloudInstances.TWO_BY_TWO).orElseThrow();
        assertArrayEquals(new double[] {1.0 / 3, 2}, m.usage()[0], 1e-9);
        assertArrayEquals(new double[] {1, 2}, m.usage()[1], 1e-9);
        assertArrayEquals(new double[] {0, 1.0 / 6}, m.rents(), 1e-9);
        assertEquals(13.0 / 12, m.profit(), 1e-9);
    }

    @Test
    void twoByTwoPaymentsMakeTheLowValueBuyerIndifferentDownward() {
        // Signal 1 at value 2 is indifferent between its item and value 1's item: 2·2 - t(2) = 2·1 - t(1).
        CloudMechanism m = ClosedFormCloudContract.optimal(CloudInstances.TWO_BY_TWO).orElseThrow();
        double[] t = m.payment()[1];
        assertEquals(2 * 2 - t[1], 2 * 1 - t[0], 1e-9);
    }

    @Test
    void irregularDemandHasNoClosedForm() {
        // A small middle mass makes φ_0 fall in v: f_0 = (0.45, 0.1, 0.45) against a dominant f_1.
        // φ_0(2) = 2 - (1/2)/(1/2 · 0.1) · 1 · (0.55 - 0.1) = -2.5 < φ_0(1) = 1 - 1/0.45 · (0.45 - 0.05) ≈ 0.111.
        CloudDemand d = new CloudDemand(new double[] {0.5, 0.5}, new double[] {1, 2, 3},
                new double[][] {{0.45, 0.1, 0.45}, {0.05, 0.05, 0.9}}, ConvexCost.quadratic(1, 4));
        assertEquals(Optional.empty(), ClosedFormCloudContract.optimal(d));
    }

    @Test
    void randomInstancesAreMostlyRegularSoThePropertiesBelowAreNotVacuous() {
        long regular = java.util.stream.LongStream.rangeClosed(1, 100)
                .filter(seed -> ClosedFormCloudContract.optimal(CloudInstances.random(seed)).isPresent()).count();
        assertTrue(regular >= 30, regular + " of 100 random instances are regular");
    }

    @Property(tries = 40)
    void everyClosedFormMechanismIsIncentiveCompatibleAndIndividuallyRational(@ForAll @LongRange(min = 1, max = 1_000_000) long seed) {
        ClosedFormCloudContract.optimal(CloudInstances.random(seed))
                .ifPresent(m -> assertTrue(m.audit().holds(1e-9), m.audit().toString()));
    }

    @Property(tries = 40)
    void topSignalIsServedEfficiently(@ForAll @LongRange(min = 1, max = 1_000_000) long seed) {
        // φ_I = v: no distortion at the top signal, q = argmax v q - c(q).
        CloudDemand d = CloudInstances.random(seed);
        ClosedFormCloudContract.optimal(d).ifPresent(m -> {
            int top = d.signals() - 1;
            for (int k = 0; k < d.valueCount(); k++) {
                assertEquals(d.cost().bestQuality(d.value(k)), m.usage()[top][k], 1e-9);
            }
        });
    }
}
