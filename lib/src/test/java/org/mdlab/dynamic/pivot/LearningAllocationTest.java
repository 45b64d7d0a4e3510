package org.mdlab.dynamic.pivot;

import org.mdlab.dynamic.MarkovDecisionProblem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class LearningAllocationTest {

    @Test
    void servedAgentLearnsAndTheOtherWaits() {
        // Serving agent 0 at the prior Beta(1,1): success with probability 1/2 moves it to Beta(2,1).
        BetaBernoulliBeliefs b = new BetaBernoulliBeliefs(1, 1, 4);
        LearningAllocation model = new LearningAllocation(List.of(b, b), 0.9);
        DynamicEnvironment env = model.environment();
        MarkovDecisionProblem mdp = env.socialProblem(-1);
        double[] indicator = new double[env.stateCount()];
        indicator[env.state(b.state(1, 0), 0)] = 1;
        assertEquals(0.5, mdp.expectation(model.initialState(), 0, indicator), 1e-15);
        assertEquals(0, mdp.expectation(model.initialState(), 1, indicator), 0);
        assertEquals(0.5, mdp.reward(model.initialState(), 1), 1e-15);
    }

    @Test
    void invalidArgumentsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new LearningAllocation(List.of(), 0.9));
        assertThrows(IllegalArgumentException.class, () -> new LearningAllocation(
                List.of(new BetaBernoulliBeliefs(1, 1, 3)), 0));
    }
}
