package org.mdlab.mechanism;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.mdlab.estimator.FiniteEstimator;

class DataDrivenExamplesTest {

    private final DataDrivenEnvironment ads = DataDrivenExamples.perClickAuction(
            new double[][]{{1, 3}, {2}, {0.5, 2.5}}, new double[]{0.02, 0.05, 0.1});

    @Test
    void theWinnerPaysTheSecondHighestValueOnEveryClick() {
        // type profile (3, 2, 2.5): index 1 + 2*(0) + 2*1*1 = 3; ad 1 wins; Clarke transfer = -max(2, 2.5) * ω̂
        int profile = 1 + 2 * 0 + 2 * 1 * 1;
        assertEquals(0, DataDrivenVcg.efficientOutcome(ads, profile, 0));
        for (double clickRate : new double[]{0, 0.04, 0.1}) {
            assertEquals(-2.5 * clickRate, DataDrivenVcg.clarkeTransfer(ads, 0, profile, 0, clickRate), 1e-12);
            assertEquals(0.0, DataDrivenVcg.clarkeTransfer(ads, 1, profile, 0, clickRate), 1e-12);
        }
    }

    @Test
    void perClickPricingIsExactlyIncentiveCompatibleWithObservedClicks() {
        // utilities affine in ω and the click rate of m impressions is unbiased: ε = 0
        assertEquals(0.0, DataDrivenVcg.epsilon(ads, FiniteEstimator.sampleMean(40, 0.02, 0.05, 0.1)).gain(), 1e-12);
    }

    @Test
    void emptyBiddersAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> DataDrivenExamples.perClickAuction(new double[0][], new double[]{0.1}));
        assertThrows(IllegalArgumentException.class,
                () -> DataDrivenExamples.perClickAuction(new double[][]{{Double.NaN}}, new double[]{0.1}));
    }
}
