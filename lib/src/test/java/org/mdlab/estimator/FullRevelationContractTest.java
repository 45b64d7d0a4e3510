package org.mdlab.estimator;

/** Full revelation (ω̂ = ω) against the {@link Estimator} contract. */
class FullRevelationContractTest extends EstimatorContractTest {
    @Override
    Estimator estimator() {
        return FiniteEstimator.fullRevelation(0.3, 0.5, 0.7);
    }

    @Override
    double[] states() {
        return new double[] {0.3, 0.5, 0.7};
    }
}
