package org.mdlab.cloud;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.mdlab.screening.Tariff;

class CommittedSpendContractTest {

    // List charge: 1 per unit up to 1, then 2 per unit up to 2: P(1) = 1, P(2) = 3.
    private static final Tariff CHARGE = new Tariff(new double[] {0, 1, 2}, new double[] {0, 1, 3});

    @Test
    void unusedCommitmentIsPaidAnyway() {
        CommittedSpendContract c = new CommittedSpendContract(1, 1.5, CHARGE);
        assertEquals(1.5, c.payment(0), 1e-12);
        assertEquals(1.5, c.payment(1), 1e-12);
        // 1.5 + P(2) - P(1) = 3.5
        assertEquals(3.5, c.payment(2), 1e-12);
    }

    @Test
    void buyersNeverUseLessThanTheCommitment() {
        // At value 0.5 usage beyond 1 costs 2 per unit: the buyer stays at the free committed usage.
        assertEquals(1, new CommittedSpendContract(1, 1.5, CHARGE).usage(0.5), 1e-12);
        assertEquals(2, new CommittedSpendContract(1, 1.5, CHARGE).usage(2.5), 1e-12);
    }

    @Test
    void fromATwoPartTariffCommitsTheLowestUsageAtItsPayment() {
        // F = 0.5: the lowest value 1.5 buys up to 1 (block price 1 < 1.5 < 2); B = 0.5 + P(1) = 1.5.
        CommittedSpendContract c = CommittedSpendContract.from(new CloudTariff(0.5, CHARGE), 1.5);
        assertEquals(1, c.commitment(), 1e-12);
        assertEquals(1.5, c.basePayment(), 1e-12);
    }

    @Test
    void commitmentOutsideTheChargeIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> new CommittedSpendContract(3, 1, CHARGE));
    }
}
