package org.mdlab.cloud;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class UsageCommitmentTest {

    @Test
    void paymentIsTheBasePaymentUpToTheCommitmentThenLinear() {
        UsageCommitment c = new UsageCommitment(0.5, 2, 3);
        assertEquals(2, c.payment(0.2), 1e-12);
        assertEquals(2, c.payment(0.5), 1e-12);
        // 2 + 3 · (0.9 - 0.5) = 3.2
        assertEquals(3.2, c.payment(0.9), 1e-12);
    }

    @Test
    void postedPriceChargesEveryUnit() {
        assertEquals(0.7 * 0.4, UsageCommitment.postedPrice(0.7).payment(0.4), 1e-12);
    }

    @Test
    void badTermsAreRejectedWithTheirName() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new UsageCommitment(1.5, 0, 0))
                .getMessage().contains("minimumUsage"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new UsageCommitment(0, -1, 0))
                .getMessage().contains("basePayment"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new UsageCommitment(0, 0, Double.NaN))
                .getMessage().contains("marginalPrice"));
    }
}
