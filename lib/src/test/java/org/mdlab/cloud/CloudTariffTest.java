package org.mdlab.cloud;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mdlab.screening.Tariff;

class CloudTariffTest {

    @Test
    void twoByTwoTariffsHaveTheHandComputedFeesAndBlockPrices() {
        // Closed form (ClosedFormCloudContractTest): signal 0 uses (1/3, 2), signal 1 uses (1, 2).
        // Block prices are the values: 1 up to q(v_1), 2 from q(v_1) to q(v_2).
        // Ex-post rents rise by Δ q(v_1) = q(v_1); the fee is minus the rent u(1) at the lowest value.
        // Signal 0: U_0 = 0 = (3/4)u(1) + (1/4)(u(1) + 1/3), so u(1) = -1/12, F_0 = 1/12.
        // Signal 1: U_1 = 1/6 = u(1) + (3/4) · 1, so u(1) = -7/12, F_1 = 7/12.
        List<CloudTariff> t = CloudTariff.implementing(
                ClosedFormCloudContract.optimal(CloudInstances.TWO_BY_TWO).orElseThrow());
        assertEquals(1.0 / 12, t.get(0).fixedFee(), 1e-9);
        assertEquals(7.0 / 12, t.get(1).fixedFee(), 1e-9);
        assertEquals(1, t.get(0).marginalPrice(0.2), 1e-9);
        assertEquals(2, t.get(0).marginalPrice(0.5), 1e-9);
        assertEquals(1, t.get(1).marginalPrice(0.5), 1e-9);
        assertEquals(2, t.get(1).usage(2), 1e-12);
        assertEquals(1, t.get(1).usage(1), 1e-12);
    }

    @Test
    void chargeMustStartAtZero() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new CloudTariff(1, new Tariff(new double[] {0, 1}, new double[] {0.5, 1})));
        assertTrue(e.getMessage().contains("usage 0 with charge 0"), e.getMessage());
    }
}
