package org.mdlab.mechanism;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mdlab.estimator.FiniteEstimator;
import org.mdlab.estimator.SampledEstimator;
import org.mdlab.optimisation.Status;

class DataDrivenVcgTest {

    @Test
    void efficientAllocationOfTheImpossibilityInstanceFollowsThetaMinusSignal() {
        // agent 1 wins iff θ_1 - s_1 >= 1/2: profiles (type index, signal) -> (0,0) win, (0,1) lose, (1,0) win, (1,1) win
        DataDrivenEnvironment env = DataDrivenExamples.messageDrivenImpossibility();
        assertEquals(0, DataDrivenVcg.efficientOutcome(env, 0, 0));
        assertEquals(1, DataDrivenVcg.efficientOutcome(env, 0, 1));
        assertEquals(0, DataDrivenVcg.efficientOutcome(env, 1, 0));
        assertEquals(0, DataDrivenVcg.efficientOutcome(env, 1, 1));
    }

    @Test
    void noMessageDrivenTransfersImplementTheEfficientAllocation() {
        // value θ_1 + s_1 = 2 wins at (2, 0) and loses at (1, 1): no threshold rule, so the LP is infeasible
        assertEquals(Status.INFEASIBLE, MessageDrivenLp.solve(DataDrivenExamples.messageDrivenImpossibility()).status());
    }

    @Test
    void withoutTheOffendingProfileMessageDrivenTransfersExist() {
        // the same model with agent 2 valuing the item at 1/2 + ω: efficient iff θ_1 >= 1/2, always agent 1; t = 0 works
        DataDrivenEnvironment env = new DataDrivenEnvironment(List.of("1", "2"), new double[]{0, 1}, new int[]{2, 1},
                new int[]{2, 1}, new double[][]{{0.5, 0}, {0, 0.5}},
                (i, type, x, w) -> i == 0 ? (x == 0 ? type + 1 + w : 0) : (x == 1 ? 0.5 + w : 0));
        assertEquals(Status.OPTIMAL, MessageDrivenLp.solve(env).status());
    }

    @Test
    void fullRevelationMakesDataDrivenVcgExPostIc() {
        // Theorem "Full revelation of the state": ε = 0
        DataDrivenDeviation d = DataDrivenVcg.epsilon(DataDrivenExamples.messageDrivenImpossibility(),
                FiniteEstimator.fullRevelation(0, 1));
        assertEquals(0.0, d.gain(), 1e-12);
    }

    @Test
    void anUnbiasedEstimatorWithAffineUtilitiesGivesExactImplementation() {
        // utilities of the impossibility instance are affine in ω; ω̂ = ω ± 1/2 with equal probability is unbiased
        FiniteEstimator noisy = new FiniteEstimator(new double[]{0, 1}, new double[]{-0.5, 0.5, 1.5},
                new double[][]{{0.5, 0.5, 0}, {0, 0.5, 0.5}});
        assertEquals(0.0, DataDrivenVcg.epsilon(DataDrivenExamples.messageDrivenImpossibility(), noisy).gain(), 1e-12);
    }

    @Test
    void aGaussianUnbiasedEstimatorIsExactUpToSimulationNoise() {
        // affine utilities: the gain is b · σ · (mean of the common normals), |b| <= 2, so below 2σ·4/sqrt(draws)
        SampledEstimator gaussian = SampledEstimator.gaussian(0.3, 11L, 4000);
        double gain = DataDrivenVcg.epsilon(DataDrivenExamples.messageDrivenImpossibility(), gaussian).gain();
        assertTrue(gain >= 0 && gain < 2 * 0.3 * 4 / Math.sqrt(4000), "gain " + gain);
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 10, 64, 200})
    void epsilonOfTheKinkedInstanceIsTwiceTheBinomialMeanAbsoluteDeviation(int m) {
        // ε_m = 2 E|X/m - 1/2| with X ~ Bin(m, 1/2); De Moivre: E|X - m/2| = 2 (1/2)^{m+1} (m/2 + 1) C(m, m/2 + 1) for even m
        BigInteger c = binomial(m, m / 2 + 1);
        double mad = new BigDecimal(c.multiply(BigInteger.valueOf(m / 2 + 1)).multiply(BigInteger.TWO))
                .divide(new BigDecimal(BigInteger.TWO.pow(m + 1)), MathContext.DECIMAL64).doubleValue();
        double expected = 2 * mad / m;
        DataDrivenDeviation d = DataDrivenVcg.epsilon(DataDrivenExamples.kinkedClickThrough(),
                FiniteEstimator.sampleMean(m, 0.3, 0.5, 0.7));
        assertEquals(expected, d.gain(), 1e-12);
        assertEquals(List.of(1, 0), d.signals());
        assertTrue(d.gain() <= 2 / Math.sqrt(m));
    }

    @Test
    void epsilonShrinksAtTheSquareRootRate() {
        // log ε_m against log m for m = 16, 32, ..., 1024: least-squares slope close to -1/2
        int points = 7;
        double[] x = new double[points];
        double[] y = new double[points];
        for (int k = 0; k < points; k++) {
            int m = 16 << k;
            x[k] = Math.log(m);
            y[k] = Math.log(DataDrivenVcg.epsilon(DataDrivenExamples.kinkedClickThrough(),
                    FiniteEstimator.sampleMean(m, 0.3, 0.5, 0.7)).gain());
        }
        double mx = java.util.Arrays.stream(x).average().orElseThrow();
        double my = java.util.Arrays.stream(y).average().orElseThrow();
        double sxy = 0;
        double sxx = 0;
        for (int k = 0; k < points; k++) {
            sxy += (x[k] - mx) * (y[k] - my);
            sxx += (x[k] - mx) * (x[k] - mx);
        }
        assertEquals(-0.5, sxy / sxx, 0.02);
    }

    @Test
    void clarkeTransferChargesTheWinnerTheOthersEstimatedValue() {
        // impossibility instance, θ_1 = 2, s_1 = 0: agent 1 wins and pays agent 2's value at ω̂ = 1: 0.5 + 2 = 2.5
        assertEquals(-2.5, DataDrivenVcg.clarkeTransfer(DataDrivenExamples.messageDrivenImpossibility(), 0, 1, 0, 1.0), 1e-12);
    }

    private static BigInteger binomial(int n, int k) {
        BigInteger r = BigInteger.ONE;
        for (int j = 1; j <= k; j++) {
            r = r.multiply(BigInteger.valueOf(n - k + j)).divide(BigInteger.valueOf(j));
        }
        return r;
    }
}
