package org.mdlab.estimator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SampledEstimatorTest {

    @Test
    void gaussianEstimatorIsUnbiasedWithinSamplingError() {
        // E[ω + σZ] = ω; with σ = 1 and 40,000 draws the standard error is 0.005, so 0.025 is 5 standard errors
        SampledEstimator e = SampledEstimator.gaussian(1, 3L, 40_000);
        assertEquals(0.0, e.bias(2.0), 0.025);
        // E[(σZ)^2] = 1 with standard error sqrt(2/40000) ≈ 0.007
        assertEquals(1.0, e.expectation(2.0, x -> (x - 2) * (x - 2)), 0.035);
    }

    @Test
    void theSameSeedGivesTheSameExpectation() {
        SampledEstimator e = SampledEstimator.gaussian(0.5, 9L, 100);
        assertEquals(e.expectation(1, Math::exp), e.expectation(1, Math::exp), 0.0);
    }

    @Test
    void badParametersAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> SampledEstimator.gaussian(Double.NaN, 1L, 10));
        assertThrows(IllegalArgumentException.class, () -> SampledEstimator.gaussian(1, 1L, 0));
        assertThrows(IllegalArgumentException.class, () -> SampledEstimator.gaussian(1, 1L, 10).expectation(0, x -> 1 / 0.0));
    }

    @Test
    void aSamplerThatDrawsNoNumberIsRejected() {
        // a "distribution" of ω̂ that puts mass on NaN is not a distribution on the reals
        SampledEstimator broken = new SampledEstimator((w, r) -> r.nextDouble() < 0.5 ? w : Double.NaN, 1L, 100);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> broken.expectation(0.3, x -> 1.0));
        assertTrue(e.getMessage().contains("finite estimates"), e.getMessage());
    }
}
