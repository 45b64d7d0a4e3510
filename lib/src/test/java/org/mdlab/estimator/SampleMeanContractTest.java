package org.mdlab.estimator;

/** The sample mean of 64 Bernoulli clicks against the {@link Estimator} contract. */
class SampleMeanContractTest extends EstimatorContractTest {
    @Override
    Estimator estimator() {
        return FiniteEstimator.sampleMean(64, 0.1, 0.5, 1);
    }

    @Override
    double[] states() {
        return new double[] {0.1, 0.5, 1};
    }
}
