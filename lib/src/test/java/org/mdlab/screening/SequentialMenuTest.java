package org.mdlab.screening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class SequentialMenuTest {

    private static final SequentialScreening TWO_VALUES = new SequentialScreening(new double[] {0.5, 0.5},
            new double[] {0, 1}, new double[][] {{0.5, 0.5}, {0.1, 0.9}});

    @Test
    void optionContractHasAdvancePaymentAndRefund() {
        // both types: consume only at v = 1, pay 0.5 up front, get 0.5 back when not consuming.
        SequentialMenu m = new SequentialMenu(TWO_VALUES, new double[][] {{0, 1}, {0, 1}},
                new double[][] {{0, 0.5}, {0, 0.5}});
        assertEquals(0.5, m.advancePayment(0), 0);
        assertEquals(0.5, m.refund(0), 0);
        // revenue 0.5·0.5·0.5 + 0.5·0.9·0.5 = 0.35
        assertEquals(0.35, m.revenue(), 1e-15);
        assertEquals(0, m.audit().violation(), 1e-15);
    }

    @Test
    void fullExtractionOfTheHighTypeInvitesAnExAnteDeviation() {
        // type 1 pays its expected value 0.9 for sure; type 0 pays 0.5: type 1 gains 0.9 - 0.5 = 0.4 by
        // taking type 0's contract.
        SequentialMenu m = new SequentialMenu(TWO_VALUES, new double[][] {{1, 1}, {1, 1}},
                new double[][] {{0.5, 0.5}, {0.9, 0.9}});
        assertEquals(0.4, m.audit().violation(), 1e-12);
    }

    @Test
    void allocationOutsideTheUnitIntervalIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> new SequentialMenu(TWO_VALUES,
                new double[][] {{0, 1.5}, {0, 1}}, new double[][] {{0, 0}, {0, 0}}));
    }
}
