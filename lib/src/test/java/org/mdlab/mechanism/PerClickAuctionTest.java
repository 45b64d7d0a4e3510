package org.mdlab.mechanism;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mdlab.estimator.FiniteEstimator;

class PerClickAuctionTest {

    /** Two advertisers, values per click {1, 2}, click-through rates {0.1, 0.2}: ties at θω = 0.1, 0.2, 0.4. */
    private static final PerClickAuction TWO = new PerClickAuction(new double[][]{{1, 2}, {1, 2}}, new double[][]{{0.1, 0.2}, {0.1, 0.2}});

    @Test
    void theAdWithTheLargestExpectedValuePerImpressionWinsAndPaysTheExternalityPerOwnClick() {
        // θω = (0.15, 0.2, 0.1): ad 2 wins although ad 1 bids most per click; externality max(0.15, 0.1) = 0.15,
        // price per click 0.15 / 0.1 = 1.5
        PerClickAuction three = new PerClickAuction(new double[][]{{3}, {2}, {2.5}}, new double[][]{{0.05}, {0.1}, {0.04}});
        double[] values = {3, 2, 2.5};
        double[] rates = {0.05, 0.1, 0.04};
        assertEquals(1, three.winner(values, rates));
        assertEquals(1.5, three.pricePerClick(1, values, rates), 1e-12);
    }

    @Test
    void withRealisedRatesThePerClickRuleIsExactlyExPostIc() {
        // ω̂ = ω: the expected payment ω_w · ext/ω_w is the Clarke externality, so only efficient wins pay off
        assertEquals(0, TWO.epsilon(FiniteEstimator.fullRevelation(0.1, 0.2)).gain(), 1e-12);
        PerClickAuction three = new PerClickAuction(new double[][]{{1, 3}, {2}, {0.5, 2.5}},
                new double[][]{{0.05, 0.1}, {0.1, 0.04}, {0.04, 0.08}});
        assertEquals(0, three.epsilon(FiniteEstimator.fullRevelation(0.04, 0.05, 0.08, 0.1)).gain(), 1e-12);
    }

    @Test
    void pricingWithReportedRatesInvitesOverstatement() {
        // advertiser 1 (θ = 2, ω = 0.1) wins the tie against worth 0.2 and pays 0.2/0.1 = 2 per click (utility 0);
        // reporting ω = 0.2 halves the price: 0.1 · (2 - 1) = 0.1. No other deviation gains more.
        DataDrivenDeviation d = TWO.epsilonWithReportedRates();
        assertEquals(0.1, d.gain(), 1e-12);
        assertEquals(0, d.agent());
        assertEquals(1, d.reportedSignal());
    }

    @Test
    void oneImpressionOfSmoothedDataGivesTheHandComputedEpsilon() {
        // ω = 1/2 for both, values per click {0, 1} and {1}; at θ = (1, 1) advertiser 1 wins the tie.
        // With one impression ω̂ ∈ {1/3, 2/3} equally likely: E[1/ω̂] = (3 + 3/2)/2 = 9/4, E[ω̂] = 1/2, so the
        // expected payment is ω E[1/ω̂] θ_2 E[ω̂] = 1/2 · 9/4 · 1/2 = 9/16 against worth 1/2: reporting
        // θ = 0 and losing gains 1/16, the largest gain over all profiles.
        PerClickAuction tie = new PerClickAuction(new double[][]{{0, 1}, {1}}, new double[][]{{0.5}, {0.5}});
        DataDrivenDeviation d = tie.epsilon(FiniteEstimator.smoothedSampleMean(1, 0.5));
        assertEquals(1.0 / 16, d.gain(), 1e-12);
        assertEquals(0, d.agent());
        assertEquals(0, d.reportedType());
    }

    @ParameterizedTest
    @ValueSource(ints = {25, 100, 400})
    void estimatedRatesGiveAnEpsilonThatShrinksLikeOneOverM(int m) {
        // the distortion at a tie is ω E[1/ω̂] θ' E[ω̂'] - θω with bias and Jensen gap both O(1/m):
        // ε_m · m stays bounded (it tends to a constant), and ε_{4m} < ε_m / 3
        FiniteEstimator e = FiniteEstimator.smoothedSampleMean(m, 0.1, 0.2);
        FiniteEstimator e4 = FiniteEstimator.smoothedSampleMean(4 * m, 0.1, 0.2);
        double eps = TWO.epsilon(e).gain();
        double eps4 = TWO.epsilon(e4).gain();
        assertTrue(eps > 0 && eps * m < 5, "ε_m = " + eps);
        assertTrue(eps4 < eps / 3, "ε_4m = " + eps4 + ", ε_m = " + eps);
    }

    @Test
    void anEstimateOfZeroLeavesNoPerClickPrice() {
        // the plain sample mean is 0 with positive probability, so E[1/ω̂] = ∞
        assertThrows(IllegalArgumentException.class, () -> TWO.epsilon(FiniteEstimator.sampleMean(10, 0.1, 0.2)));
    }

    @Test
    void badTypeSpacesAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new PerClickAuction(new double[][]{{1}}, new double[][]{{0}}));
        assertThrows(IllegalArgumentException.class, () -> new PerClickAuction(new double[][]{{1}}, new double[][]{{0.1}, {0.2}}));
        assertThrows(IllegalArgumentException.class, () -> new PerClickAuction(new double[][]{{Double.NaN}}, new double[][]{{0.1}}));
        assertThrows(IllegalArgumentException.class, () -> new PerClickAuction(new double[][]{{}}, new double[][]{{0.1}}));
        assertThrows(IllegalArgumentException.class, () -> TWO.winner(new double[]{1}, new double[]{0.1}));
    }

    @Test
    void perClickPaymentsWithRealisedRatesAreTheClarkeDataDrivenTransfer() {
        // advertiser 1 knows its rate ω ∈ {0.1, 0.2} (the state, s_1 = ω), advertiser 2's rate is 0.15 and
        // known; values per click {1, 2} and {1}. The per-click payment ω_w · p_w must equal minus
        // DataDrivenVcg's Clarke transfer at ω̂ = ω, computed from the generic environment
        DataDrivenEnvironment env = new DataDrivenEnvironment(List.of("ad 1", "ad 2"), new double[]{0.1, 0.2},
                new int[]{2, 1}, new int[]{2, 1}, new double[][]{{0.5, 0}, {0, 0.5}},
                (i, type, x, w) -> i == 0 ? (x == 0 ? (type + 1) * w : 0) : (x == 1 ? 0.15 : 0));
        PerClickAuction auction = new PerClickAuction(new double[][]{{1, 2}, {1}}, new double[][]{{0.1, 0.2}, {0.15}});
        for (int type = 0; type < 2; type++) {
            for (int signal = 0; signal < 2; signal++) {
                double omega = signal == 0 ? 0.1 : 0.2;
                double[] values = {type + 1, 1};
                double[] rates = {omega, 0.15};
                int winner = auction.winner(values, rates);
                assertEquals(winner, DataDrivenVcg.efficientOutcome(env, type, signal));
                double perClick = rates[winner] * auction.pricePerClick(winner, values, rates);
                assertEquals(-DataDrivenVcg.clarkeTransfer(env, winner, type, signal, omega), perClick, 1e-12);
            }
        }
    }

    @Property(tries = 40)
    void realisedRatesGiveExactImplementationOnRandomInstances(@ForAll @LongRange(min = 0, max = 1_000_000) long seed,
                                                               @ForAll @IntRange(min = 1, max = 3) int advertisers) {
        // ω̂ = ω: the winner's expected payment is its externality, so no report beats the truth (ε = 0)
        SplittableRandom random = new SplittableRandom(seed);
        double[][] values = new double[advertisers][2];
        double[][] rates = new double[advertisers][2];
        TreeSet<Double> all = new TreeSet<>();
        for (int i = 0; i < advertisers; i++) {
            for (int k = 0; k < 2; k++) {
                values[i][k] = Math.round(random.nextDouble() * 40) / 10.0;
                rates[i][k] = (1 + Math.round(random.nextDouble() * 19)) / 100.0;
                all.add(rates[i][k]);
            }
        }
        PerClickAuction auction = new PerClickAuction(values, rates);
        double[] states = all.stream().mapToDouble(Double::doubleValue).toArray();
        assertEquals(0, auction.epsilon(FiniteEstimator.fullRevelation(states)).gain(), 1e-12);
    }
}
