package org.mdlab.cloud;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.mdlab.screening.Tariff;

class CommittedSpendContractTest {

    // List charge: 1 per unit up to 1, then 2 per unit up to 2: P(1) = 1, P(2) = 3.
    private static final Tariff CHARGE = new Tariff(new double[] {0, 1, 2}, new double[] {0, 1, 3});

    @Test
    void unusedCommitmentIsPaidAnywayUnderAListCharge() {
        CommittedSpendContract c = CommittedSpendContract.withListCharge(1, 1.5, CHARGE);
        assertEquals(1.5, c.payment(0), 1e-12);
        assertEquals(1.5, c.payment(1), 1e-12);
        // 1.5 + P(2) - P(1) = 3.5
        assertEquals(3.5, c.payment(2), 1e-12);
        assertEquals(2, c.maxUsage(), 0);
    }

    @Test
    void unitPriceBillsEveryUnitBeyondTheCommitment() {
        CommittedSpendContract c = CommittedSpendContract.withUnitPrice(0.5, 2, 3);
        assertEquals(2, c.payment(0.2), 1e-12);
        assertEquals(2, c.payment(0.5), 1e-12);
        // 2 + 3 · (0.9 - 0.5) = 3.2; usage is unbounded: 2 + 3 · (10 - 0.5) = 30.5
        assertEquals(3.2, c.payment(0.9), 1e-12);
        assertEquals(30.5, c.payment(10), 1e-12);
        assertEquals(3, c.unitPrice(), 0);
    }

    @Test
    void postedPriceAndTwoPartTariffAreUnitPriceContracts() {
        assertEquals(0.7 * 0.4, CommittedSpendContract.postedPrice(0.7).payment(0.4), 1e-12);
        // F + p q = 0.3 + 0.5 · 0.8
        assertEquals(0.7, CommittedSpendContract.twoPartTariff(0.3, 0.5).payment(0.8), 1e-12);
    }

    @Test
    void buyersNeverUseLessThanTheCommitment() {
        // At value 0.5 usage beyond 1 costs 2 per unit: the buyer stays at the free committed usage.
        assertEquals(1, CommittedSpendContract.withListCharge(1, 1.5, CHARGE).usage(0.5), 1e-12);
        assertEquals(2, CommittedSpendContract.withListCharge(1, 1.5, CHARGE).usage(2.5), 1e-12);
        // Below the unit price the buyer uses his commitment and no more.
        assertEquals(0.5, CommittedSpendContract.withUnitPrice(0.5, 2, 3).usage(2.9), 1e-12);
    }

    @Test
    void unboundedUsageHasNoBestChoiceAboveTheUnitPrice() {
        CommittedSpendContract c = CommittedSpendContract.withUnitPrice(0.5, 2, 3);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> c.usage(3)).getMessage().contains("unit price"));
    }

    @Test
    void fromATwoPartTariffCommitsTheLowestUsageAtItsPayment() {
        // F = 0.5: the lowest value 1.5 buys up to 1 (block price 1 < 1.5 < 2); B = 0.5 + P(1) = 1.5.
        CommittedSpendContract c = CommittedSpendContract.from(new CloudTariff(0.5, CHARGE), 1.5);
        assertEquals(1, c.commitment(), 1e-12);
        assertEquals(1.5, c.basePayment(), 1e-12);
        assertTrue(assertThrows(IllegalArgumentException.class, c::unitPrice).getMessage().contains("list charge"));
    }

    @Test
    void badTermsAreRejectedWithTheirName() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> CommittedSpendContract.withListCharge(3, 1, CHARGE))
                .getMessage().contains("commitment"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> CommittedSpendContract.withUnitPrice(-0.1, 0, 0))
                .getMessage().contains("commitment"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> CommittedSpendContract.withUnitPrice(0, Double.NaN, 0))
                .getMessage().contains("basePayment"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> CommittedSpendContract.withUnitPrice(0, 0, -1))
                .getMessage().contains("price"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new CommittedSpendContract(0, 0, null))
                .getMessage().contains("overage"));
    }
}
