package org.mdlab.dynamic;

import java.util.SplittableRandom;

/** The {@link BellmanOperatorContract} for a random six-state, three-action {@link MarkovDecisionProblem}. */
class MarkovDecisionProblemBellmanTest extends BellmanOperatorContract<StationaryPolicy> {

    private static final MarkovDecisionProblem PROBLEM = MarkovDecisionProblemTest.random(new SplittableRandom(12), 6, 3, 0.85);

    @Override
    protected BellmanOperator<StationaryPolicy> operator() {
        return PROBLEM;
    }

    @Override
    protected double scale() {
        return 5 / (1 - 0.85);
    }
}
