package org.mdlab.dynamic.revenue;

/** The {@link TypeTransitionContract} for the AR(1) with logistic innovations. */
class LogisticTransitionTest extends TypeTransitionContract {

    @Override
    protected TypeTransition kernel() {
        return TypeTransition.logisticAutoregression(0.8, 0.2);
    }

    @Override
    protected double[] currents() {
        return new double[] {-1, 0, 0.5, 2};
    }
}
