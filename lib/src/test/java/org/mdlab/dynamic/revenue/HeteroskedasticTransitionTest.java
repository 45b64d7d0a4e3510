package org.mdlab.dynamic.revenue;

/** The {@link TypeTransitionContract} for the heteroskedastic logistic process with curvature 1. */
class HeteroskedasticTransitionTest extends TypeTransitionContract {

    @Override
    protected TypeTransition kernel() {
        return TypeTransition.heteroskedasticLogistic(0.8, 0.2, 1);
    }

    @Override
    protected double[] currents() {
        return new double[] {-1, 0, 0.5, 2};
    }
}
