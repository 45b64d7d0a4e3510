package org.mdlab.dynamic.contracts;

import org.mdlab.dynamic.BellmanOperator;
import org.mdlab.dynamic.BellmanOperatorContract;

/** The {@link BellmanOperatorContract} for the Guo–Hörner recursion on a 9-point grid. */
class PromisedUtilityBellmanTest extends BellmanOperatorContract<PromisedUtilityContract> {

    private static final PromisedUtilityProblem PROBLEM = AllocationWithoutMoney.of(0.5, 2, 1, 0.5, 0.8).problem(9);

    @Override
    protected BellmanOperator<PromisedUtilityContract> operator() {
        return PROBLEM;
    }

    @Override
    protected double scale() {
        return 1;
    }
}
