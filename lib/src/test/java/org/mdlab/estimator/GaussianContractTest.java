package org.mdlab.estimator;

/** The seeded Gaussian estimator (500 common draws) against the {@link Estimator} contract. */
class GaussianContractTest extends EstimatorContractTest {
    @Override
    Estimator estimator() {
        return SampledEstimator.gaussian(0.2, 7, 500);
    }

    @Override
    double[] states() {
        return new double[] {-1, 0, 2.5};
    }
}
