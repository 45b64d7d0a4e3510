package org.mdlab.mechanism;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MessageDrivenVcgTest {

    @Test
    void inTheImpossibilityInstanceAnInformedWinnerUnderstatesItsSignal() {
        // agent 1 at θ_1 = 2, ω = s_1 = 1 wins and pays agent 2's value 1/2 + 2·1 = 5/2, utility 3 - 5/2 = 1/2;
        // reporting s_1 = 0 still wins (θ_1 - 0 >= 1/2) and pays 1/2, utility 3 - 1/2 = 5/2: gain 2, the largest
        // (at θ_1 = 1, ω = 1 the same lie turns utility 0 into 2 - 1/2 = 3/2)
        DataDrivenEnvironment env = DataDrivenExamples.messageDrivenImpossibility();
        DataDrivenDeviation d = IncentiveAudit.exPost(env, MessageDrivenVcg.of(env));
        assertEquals(2.0, d.gain(), 1e-12);
        assertEquals(0, d.agent());
        assertEquals(1, d.types().get(0));
        assertEquals(1, d.signals().get(0));
        assertEquals(0, d.reportedSignal());
    }

    @Test
    void theWinnerPaysTheOthersPosteriorValue() {
        // type index 1 (θ_1 = 2), signal 1: agent 1 wins and pays 1/2 + 2·1
        assertEquals(-2.5, MessageDrivenVcg.clarkeTransfer(DataDrivenExamples.messageDrivenImpossibility(), 0, 1, 1), 1e-12);
    }

    @Test
    void withPrivateValuesItIsTheOrdinaryVcgAndExPostIc() {
        // one click rate known to all: values θ_i·ω are private, so the Clarke pivot is dominant-strategy IC
        DataDrivenEnvironment ads = DataDrivenExamples.perClickAuction(new double[][]{{1, 3}, {2}, {0.5, 2.5}}, new double[]{0.05});
        assertEquals(0.0, IncentiveAudit.exPost(ads, MessageDrivenVcg.of(ads)).gain(), 1e-12);
    }
}
