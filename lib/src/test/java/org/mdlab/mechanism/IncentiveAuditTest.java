package org.mdlab.mechanism;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.mdlab.market.Market;
import org.junit.jupiter.api.Test;

class IncentiveAuditTest {

    /** One buyer with value 1 or 2 (probability 1/2 each) who always gets the item and pays {@code price[report]}. */
    private static DirectMechanism payYourReport(double low, double high) {
        Environment env = Environment.singleItem(List.of(Market.uniform(1, 2)));
        return new DirectMechanism(env, new double[][]{{0, 1}, {0, 1}}, new double[][]{{low}, {high}});
    }

    @Test
    void payYourBidLetsTheHighTypeGainOneByShadingToTheLowReport() {
        // type 2 paying 2 gets 0; reporting type 1 it pays 1 and gets 2 - 1 = 1
        Misreport m = IncentiveAudit.dominantStrategy(payYourReport(1, 2));
        assertEquals(new Misreport(1.0, 0, 1, 0, List.of()), m);
        assertEquals(1.0, IncentiveAudit.bayesian(payYourReport(1, 2)).gain(), 1e-12);
    }

    @Test
    void aPostedPriceHasNoProfitableMisreport() {
        Misreport m = IncentiveAudit.dominantStrategy(payYourReport(1, 1));
        assertEquals(0.0, m.gain(), 0.0);
        assertEquals(m.trueType(), m.report());
    }

    @Test
    void participationShortfallIsTheLowTypesLossAtAnExcessivePrice() {
        // price 3 always: type 1 loses 3 - 1 = 2, type 2 loses 1
        ParticipationShortfall s = IncentiveAudit.expostParticipation(payYourReport(3, 3));
        assertEquals(2.0, s.shortfall(), 1e-12);
        assertEquals(0, s.type());
        assertEquals(2.0, IncentiveAudit.interimParticipation(payYourReport(3, 3)).shortfall(), 1e-12);
    }

    @Test
    void interimGainAveragesOverTheOthersTypes() {
        // two bidders, values {0, 2} with probability 1/2; bidder 1 always gets the item and pays 2 if it reports
        // high and the other is high, else 0... so a high type reporting low gains 2 * 1/2 = 1 in expectation,
        // but 2 ex post when the other is high
        Environment env = Environment.singleItem(List.of(Market.uniform(0, 2), Market.uniform(0, 2)));
        double[][] allocation = new double[4][];
        double[][] payments = new double[4][];
        for (int r = 0; r < 4; r++) {
            int[] t = env.profile(r);
            allocation[r] = new double[]{0, 1, 0};
            payments[r] = new double[]{t[0] == 1 && t[1] == 1 ? 2 : 0, 0};
        }
        DirectMechanism m = new DirectMechanism(env, allocation, payments);
        assertEquals(2.0, IncentiveAudit.dominantStrategy(m).gain(), 1e-12);
        assertEquals(List.of(1), IncentiveAudit.dominantStrategy(m).othersTypes());
        assertEquals(1.0, IncentiveAudit.bayesian(m).gain(), 1e-12);
    }

    @Test
    void aThresholdInTheOwnValueIsExPostIcEvenWithInterdependentValues() {
        // impossibility instance: agent 1 buys at price 5/2 iff its own value θ_1 + s_1 >= 5/2 (no transfers
        // otherwise). Any report only changes whether it buys at 5/2, and it buys exactly when that pays: gain 0
        DataDrivenEnvironment env = DataDrivenExamples.messageDrivenImpossibility();
        MessageDrivenMechanism posted = new MessageDrivenMechanism() {
            public int outcome(int typeProfile, int signalProfile) {
                return typeProfile + 1 + signalProfile >= 2.5 ? 0 : 1;
            }

            public double transfer(int agent, int typeProfile, int signalProfile) {
                return agent == 0 && outcome(typeProfile, signalProfile) == 0 ? -2.5 : 0;
            }
        };
        assertEquals(0.0, IncentiveAudit.exPost(env, posted).gain(), 1e-12);
    }

    @Test
    void aPriceThatFallsWithTheReportedSignalIsNotExPostIc() {
        // the same allocation at price 5/2 - s_1 (only (θ_1, s_1) = (2, 1) buys, at 3/2). At θ_1 = 2, s_1 = 0
        // agent 1 (value 2) loses; reporting s_1 = 1 it buys at 3/2: gain 1/2. At θ_1 = 1, s_1 = 1 reporting
        // θ_1 = 2 gains 1/2 as well; at θ_1 = 1, s_1 = 0 buying loses 1/2. The largest gain is 1/2, first
        // found at signal 0 (signal profiles are scanned in order)
        DataDrivenEnvironment env = DataDrivenExamples.messageDrivenImpossibility();
        MessageDrivenMechanism discount = new MessageDrivenMechanism() {
            public int outcome(int typeProfile, int signalProfile) {
                return typeProfile + 1 + signalProfile >= 2.5 ? 0 : 1;
            }

            public double transfer(int agent, int typeProfile, int signalProfile) {
                return agent == 0 && outcome(typeProfile, signalProfile) == 0 ? -(2.5 - signalProfile) : 0;
            }
        };
        DataDrivenDeviation d = IncentiveAudit.exPost(env, discount);
        assertEquals(0.5, d.gain(), 1e-12);
        assertEquals(0, d.signals().get(0));
        assertEquals(1, d.reportedSignal());
    }
}
