package org.mdlab.cloud;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CloudMechanismTest {

    private static final CloudDemand D = CloudInstances.TWO_BY_TWO;

    @Test
    void sellingTheSameBundleToEveryoneAtItsLowestValuationPassesTheAudit() {
        // Usage 1 for a payment of 1 everywhere: payoffs v - 1 >= 0, no report changes the outcome.
        double[][] q = {{1, 1}, {1, 1}};
        double[][] t = {{1, 1}, {1, 1}};
        double[][] c = {{0.5, 0.5}, {0.5, 0.5}};
        CloudMechanism m = new CloudMechanism(D, q, c, t);
        assertTrue(m.audit().holds(0));
        // profit = 1 - 1/2 = 1/2 per buyer; surplus = E v - 1/2 = (1/2)(1.25) + (1/2)(1.75) - 1/2 = 1.
        assertEquals(0.5, m.profit(), 1e-12);
        assertEquals(1, m.surplus(), 1e-12);
    }

    @Test
    void auditFindsTheGainFromTakingTheCheaperContract() {
        // Contract 1 charges 1.5 for the same usage as contract 0 at 1: signal 1 gains 0.5 by taking contract 0,
        // and its ex-ante rent (1/4)(1 - 1.5) + (3/4)(2 - 1.5) = 0.25 stays positive.
        double[][] q = {{1, 1}, {1, 1}};
        double[][] t = {{1, 1}, {1.5, 1.5}};
        CloudMechanism m = new CloudMechanism(D, q, new double[2][2], t);
        assertEquals(0.5, m.audit().maxExAnteIcViolation(), 1e-12);
        assertEquals(0, m.audit().maxExPostIcViolation(), 1e-12);
    }

    @Test
    void auditFindsAnExPostMisreport() {
        // Value 2 of signal 0 prefers value 1's item: 2·2 - 3.5 = 0.5 < 2·1 - 1 = 1.
        double[][] q = {{1, 2}, {1, 2}};
        double[][] t = {{1, 3.5}, {1, 3}};
        CloudMechanism m = new CloudMechanism(D, q, new double[2][2], t);
        assertEquals(0.5, m.audit().maxExPostIcViolation(), 1e-12);
    }

    @Test
    void negativeUsageIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new CloudMechanism(D, new double[][] {{-1, 0}, {0, 0}}, new double[2][2], new double[2][2]));
        assertTrue(e.getMessage().contains("usage must be finite and >= 0"), e.getMessage());
    }
}
