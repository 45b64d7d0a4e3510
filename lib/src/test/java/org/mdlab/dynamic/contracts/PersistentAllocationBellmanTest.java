package org.mdlab.dynamic.contracts;

import org.mdlab.dynamic.BellmanOperator;
import org.mdlab.dynamic.BellmanOperatorContract;

/** The {@link BellmanOperatorContract} for the persistent-values recursion on a 3 × 3 grid per belief. */
class PersistentAllocationBellmanTest extends BellmanOperatorContract<PersistentAllocationPolicy> {

    private static final PersistentAllocationProblem PROBLEM = PersistentAllocation.symmetric(0.5, 2, 1, 0.7, 0.8).problem(3);

    @Override
    protected BellmanOperator<PersistentAllocationPolicy> operator() {
        return PROBLEM;
    }

    @Override
    protected double scale() {
        return 1;
    }
}
