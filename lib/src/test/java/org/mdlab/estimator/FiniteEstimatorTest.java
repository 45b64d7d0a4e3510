package org.mdlab.estimator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class FiniteEstimatorTest {

    @ParameterizedTest
    @ValueSource(ints = {1, 5, 40, 300})
    void sampleMeanOfClicksIsUnbiasedWithBinomialVariance(int m) {
        // E[ω̂] = ω and Var[ω̂] = ω(1-ω)/m for the mean of m Bernoulli(ω) clicks
        FiniteEstimator e = FiniteEstimator.sampleMean(m, 0.2, 0.5, 0.9);
        for (double w : new double[]{0.2, 0.5, 0.9}) {
            assertEquals(0.0, e.bias(w), 1e-12);
            assertEquals(w * (1 - w) / m, e.expectation(w, x -> (x - w) * (x - w)), 1e-12);
        }
    }

    @Test
    void meanAbsoluteErrorRespectsTheUniformConsistencyBound() {
        // E|ω̂ - ω| <= sqrt(Var) = sqrt(ω(1-ω)/m) <= 1/(2 sqrt m)
        FiniteEstimator e = FiniteEstimator.sampleMean(100, 0.1, 0.5);
        assertTrue(e.meanAbsoluteError(0.5) <= 0.05 + 1e-12);
        assertTrue(e.meanAbsoluteError(0.1) <= 0.05 + 1e-12);
    }

    @Test
    void fullRevelationReturnsTheState() {
        FiniteEstimator e = FiniteEstimator.fullRevelation(1, 2);
        assertEquals(4.0, e.expectation(2, x -> x * x), 0.0);
    }

    @Test
    void rowsThatAreNotDistributionsAreRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new FiniteEstimator(new double[]{0}, new double[]{0, 1}, new double[][]{{0.5, 0.4}}));
        assertTrue(e.getMessage().contains("must sum to 1 (got 0.9"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> new FiniteEstimator(new double[]{0}, new double[]{0, 1}, new double[][]{{1.5, -0.5}}));
        assertThrows(IllegalArgumentException.class,
                () -> new FiniteEstimator(new double[]{Double.NaN}, new double[]{0}, new double[][]{{1}}));
        assertThrows(IllegalArgumentException.class, () -> FiniteEstimator.sampleMean(0, 0.5));
        assertThrows(IllegalArgumentException.class, () -> FiniteEstimator.sampleMean(3, 1.5));
    }

    @Test
    void anUnknownStateIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> FiniteEstimator.fullRevelation(1, 2).expectation(3, x -> x));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 5, 40})
    void smoothedSampleMeanHasTheAddOneBiasAndIsNeverZero(int m) {
        // E[(k + 1)/(m + 2)] = (mω + 1)/(m + 2), so the bias is (1 - 2ω)/(m + 2); the smallest estimate is 1/(m + 2)
        FiniteEstimator e = FiniteEstimator.smoothedSampleMean(m, 0.0, 0.3);
        for (double w : new double[]{0.0, 0.3}) {
            assertEquals((1 - 2 * w) / (m + 2), e.bias(w), 1e-12);
        }
        assertEquals(m + 2.0, e.expectation(0.0, x -> 1 / x), 1e-9);
    }
}
