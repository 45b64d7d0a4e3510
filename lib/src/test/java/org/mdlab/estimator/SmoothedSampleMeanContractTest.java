package org.mdlab.estimator;

/** The add-one click-through rate after 16 impressions against the {@link Estimator} contract. */
class SmoothedSampleMeanContractTest extends EstimatorContractTest {
    @Override
    Estimator estimator() {
        return FiniteEstimator.smoothedSampleMean(16, 0, 0.25);
    }

    @Override
    double[] states() {
        return new double[] {0, 0.25};
    }
}
