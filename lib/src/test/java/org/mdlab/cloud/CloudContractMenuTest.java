package org.mdlab.cloud;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class CloudContractMenuTest {

    private static void assertSameOutcome(CloudMechanism expected, CloudMechanism actual) {
        for (int i = 0; i < expected.demand().signals(); i++) {
            assertArrayEquals(expected.usage()[i], actual.usage()[i], 1e-9);
            assertArrayEquals(expected.payment()[i], actual.payment()[i], 1e-9);
        }
        assertEquals(expected.profit(), actual.profit(), 1e-9);
    }

    @Test
    void twoByTwoTariffsReproduceTheClosedFormByTheBuyersOwnChoices() {
        CloudMechanism closed = ClosedFormCloudContract.optimal(CloudInstances.TWO_BY_TWO).orElseThrow();
        CloudContractMenu menu = CloudContractMenu.twoPartTariffs(closed);
        assertArrayEquals(new int[] {0, 1}, menu.choices(CloudInstances.TWO_BY_TWO));
        assertSameOutcome(closed, menu.outcome(CloudInstances.TWO_BY_TWO));
        // 13/12 from the closed form (see ClosedFormCloudContractTest).
        assertEquals(13.0 / 12, menu.outcome(CloudInstances.TWO_BY_TWO).profit(), 1e-9);
    }

    @Property(tries = 40)
    void twoPartTariffsAndCommittedSpendImplementTheSameAllocationAndProfit(
            @ForAll @LongRange(min = 1, max = 1_000_000) long seed) {
        CloudDemand d = CloudInstances.random(seed);
        ClosedFormCloudContract.optimal(d).ifPresent(closed -> {
            CloudMechanism tariffs = CloudContractMenu.twoPartTariffs(closed).outcome(d);
            CloudMechanism committed = CloudContractMenu.committedSpend(closed).outcome(d);
            assertSameOutcome(closed, tariffs);
            assertSameOutcome(closed, committed);
            assertTrue(committed.audit().holds(1e-9), committed.audit().toString());
        });
    }

    @Property(tries = 40)
    void higherSignalsPayALowerPerUnitPriceAtEveryUsage(@ForAll @LongRange(min = 1, max = 1_000_000) long seed) {
        // Usage rises with the signal at every value, so each block of a higher signal's charge ends later
        // and its price v_k applies to a smaller usage range: the marginal price is weakly lower everywhere.
        CloudDemand d = CloudInstances.random(seed);
        ClosedFormCloudContract.optimal(d).ifPresent(closed -> {
            List<CloudTariff> tariffs = CloudTariff.implementing(closed);
            for (int i = 1; i < tariffs.size(); i++) {
                double cap = Math.min(tariffs.get(i - 1).maxUsage(), tariffs.get(i).maxUsage());
                for (int s = 0; s <= 20; s++) {
                    double q = s == 20 ? cap : cap * s / 20;
                    assertTrue(tariffs.get(i).marginalPrice(q) <= tariffs.get(i - 1).marginalPrice(q) + 1e-9,
                            "signal " + i + " at usage " + q);
                }
            }
        });
    }

    @Test
    void emptyMenuIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new CloudContractMenu(List.of()));
        assertTrue(e.getMessage().contains("non-empty"));
    }
}
